package org.initlab.analysis;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseRecurrentLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.conf.layers.Convolution2D;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.LocalResponseNormalization;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnLossLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.conf.layers.ZeroPaddingLayer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayer;
import org.deeplearning4j.nn.conf.layers.wrapper.BaseWrapperLayer;

import java.util.List;
import java.util.Map;

/**
 * The layers the {@link Doctor} reads, by the class of their DL4J configuration, and what it calls them. It reads
 * layers whose activations are {@code [examples, units]} or {@code [examples, channels, height, width]} and whose
 * weights, if any, are a dense {@code [n_in, n_out]} matrix or a 2-D convolution's {@code [out, in, kh, kw]} filters:
 * dense, output and loss layers, 2-D convolution and pooling, batch normalization, activation, dropout, global
 * pooling, zero padding, up-sampling and local response normalization. Any other layer (recurrent, 1-D or 3-D,
 * separable or depthwise convolution, wrappers such as frozen layers, attention, capsules, variational autoencoders,
 * custom layers) is named once and skipped; the forward and backward passes still run through it.
 */
final class LayerKinds {
    private static final Map<Class<? extends Layer>, String> KINDS = Map.ofEntries(
            Map.entry(DenseLayer.class, "dense"),
            Map.entry(OutputLayer.class, "output"),
            Map.entry(LossLayer.class, "loss"),
            Map.entry(CnnLossLayer.class, "loss"),
            Map.entry(ConvolutionLayer.class, "convolution"),
            Map.entry(Convolution2D.class, "convolution"),
            Map.entry(SubsamplingLayer.class, "pooling"),
            Map.entry(GlobalPoolingLayer.class, "global-pooling"),
            Map.entry(BatchNormalization.class, "batch-norm"),
            Map.entry(ActivationLayer.class, "activation"),
            Map.entry(DropoutLayer.class, "dropout"),
            Map.entry(ZeroPaddingLayer.class, "zero-padding"),
            Map.entry(Upsampling2D.class, "upsampling"),
            Map.entry(LocalResponseNormalization.class, "lrn"));

    /** The kinds it reads, for messages. */
    static final List<String> READ = List.of("dense", "output", "convolution", "pooling", "batch-norm", "activation",
            "dropout");

    private LayerKinds() {
    }

    /** The doctor's name of a layer it reads, or null for one it skips. */
    static String kind(Layer conf) {
        return KINDS.get(conf.getClass());
    }

    /** Why a layer is skipped, in words. */
    static String reason(Layer conf) {
        String type = conf.getClass().getName();
        if (!type.startsWith("org.deeplearning4j.nn.conf.layers.")) {
            return "a layer type of its own, outside DL4J";
        }
        if (conf instanceof BaseRecurrentLayer || conf instanceof RnnOutputLayer || conf instanceof RnnLossLayer
                || type.contains(".recurrent.")) {
            return "a recurrent layer: its activations carry a time axis";
        }
        if (conf instanceof BaseWrapperLayer || conf instanceof FrozenLayer) {
            return "a wrapper around another layer";
        }
        return "the doctor reads only " + String.join(", ", READ) + " layers and their kin";
    }

    /** The channel axis of a layer's 4-D activations: 3 for NHWC, else 1 (DL4J's default NCHW). */
    static int channelAxis(Layer conf) {
        CNN2DFormat format = null;
        if (conf instanceof ConvolutionLayer c) {
            format = c.getCnn2dDataFormat();
        } else if (conf instanceof SubsamplingLayer s) {
            format = s.getCnn2dDataFormat();
        } else if (conf instanceof BatchNormalization b) {
            format = b.getCnn2DFormat();
        }
        return format == CNN2DFormat.NHWC ? 3 : 1;
    }
}
