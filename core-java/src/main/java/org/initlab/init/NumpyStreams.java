package org.initlab.init;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SeparableConvolution2D;

/**
 * One numpy stream for a whole DL4J network, as numpy's reference draws it: seeded once, layers in order.
 */
public final class NumpyStreams {
    private NumpyStreams() {
    }

    /**
     * A copy of {@code conf} whose catalogue initializers ({@link CatalogInit}) draw one numpy stream seeded with
     * {@code seed}, layer after layer: each layer's initializer starts where the previous catalogue layer's draws
     * ended. Layers with other initializers draw nothing from it. Dense and output layers are numpy matrices
     * {@code (nOut, nIn)}, convolutions {@code (nOut, nIn·kH·kW)} ({@link WeightShape}).
     *
     * @throws IllegalArgumentException for a catalogue initializer on a layer of another kind, or without its
     *                                  {@code nIn} (set the input type)
     */
    public static MultiLayerConfiguration position(MultiLayerConfiguration conf, long seed) {
        MultiLayerConfiguration copy = conf.clone();
        StreamPosition at = StreamPosition.start(seed);
        for (int i = 0; i < copy.getConfs().size(); i++) {
            if (!(copy.getConf(i).getLayer() instanceof BaseLayer layer)
                    || !(layer.getWeightInitFn() instanceof CatalogInit init)) {
                continue;
            }
            WeightShape shape = shape(i, layer);
            layer.setWeightInitFn(init.at(at));
            at = at.after(init, shape);
        }
        return copy;
    }

    private static WeightShape shape(int i, BaseLayer layer) {
        String what = "layer " + i + " (" + layer.getClass().getSimpleName() + ")";
        if (layer instanceof Deconvolution2D || layer instanceof SeparableConvolution2D
                || layer instanceof DepthwiseConvolution2D) {
            throw new IllegalArgumentException(what + ": catalogue initializers are positioned in dense, output and "
                    + "convolution layers only");
        }
        if (layer instanceof ConvolutionLayer c) {
            return WeightShape.convolution(Math.toIntExact(need(what, c.getNIn())), Math.toIntExact(c.getNOut()),
                    java.util.Arrays.stream(c.getKernelSize()).asLongStream().toArray());
        }
        if (layer instanceof DenseLayer || layer instanceof OutputLayer) {
            org.deeplearning4j.nn.conf.layers.FeedForwardLayer f = (org.deeplearning4j.nn.conf.layers.FeedForwardLayer) layer;
            return WeightShape.dense(Math.toIntExact(need(what, f.getNIn())), Math.toIntExact(f.getNOut()));
        }
        throw new IllegalArgumentException(what + ": catalogue initializers are positioned in dense, output and "
                + "convolution layers only");
    }

    private static long need(String what, long nIn) {
        if (nIn <= 0) {
            throw new IllegalArgumentException(what + ": nIn is not set (give the configuration an input type)");
        }
        return nIn;
    }
}
