package org.initlab.analysis;

import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Matrix;
import org.initlab.numpy.Histogram;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

/**
 * "What do my activations look like at initialization?" for any DL4J {@link MultiLayerNetwork} and input batch: the
 * inference-mode forward pass {@code net.feedForward(input, false)} (no dropout), and per layer the
 * {@link LayerStats} of all its output values, read in C order ({@code a.flatten()}, examples by units for dense
 * layers) and summarized in double precision. The experiment of Saito, "Deep Learning from Scratch", §6.2.2, and the
 * reason for Xavier (Glorot &amp; Bengio 2010) and He (He et al. 2015) initialization.
 */
public final class ActivationStats {
    /** Bins of the histograms, as in Saito's {@code plt.hist(a.flatten(), 30, range=(0, 1))}. */
    public static final int BINS = 30;

    private ActivationStats() {
    }

    /**
     * Each layer's statistics, histograms of {@link #BINS} bins over the activation's output range when it is bounded
     * ({@code (0, 1)} for sigmoid, {@code (−1, 1)} for tanh) and over the layer's own {@code [min, max]} otherwise.
     */
    public static List<LayerStats> of(MultiLayerNetwork net, INDArray input) {
        List<double[]> values = activations(net, input);
        List<LayerStats> out = new ArrayList<>(values.size());
        for (int l = 0; l < values.size(); l++) {
            ActivationProfile p = profile(net, l);
            out.add(LayerStats.of(l + 1, p, values.get(l), p.histogram(values.get(l), BINS)));
        }
        return out;
    }

    /** {@link #of(MultiLayerNetwork, INDArray)} of a row-major batch (rows are examples). */
    public static List<LayerStats> of(MultiLayerNetwork net, Matrix input) {
        return of(net, toArray(input));
    }

    /** Each layer's statistics with histograms of {@code bins} bins over the same {@code [lo, hi]} for every layer. */
    public static List<LayerStats> of(MultiLayerNetwork net, INDArray input, int bins, double lo, double hi) {
        List<double[]> values = activations(net, input);
        List<LayerStats> out = new ArrayList<>(values.size());
        for (int l = 0; l < values.size(); l++) {
            double[] v = values.get(l);
            out.add(LayerStats.of(l + 1, profile(net, l), v, Histogram.of(v, bins, lo, hi)));
        }
        return out;
    }

    /**
     * The output of every layer of {@code net} for {@code input} (cast to the network's data type), in layer order,
     * each flattened in C order to doubles; the input itself is not included.
     */
    public static List<double[]> activations(MultiLayerNetwork net, INDArray input) {
        DataType type = net.getLayerWiseConfigurations().getDataType();
        INDArray x = input.dataType() == type ? input : input.castTo(type);
        List<INDArray> all = net.feedForward(x, false);
        List<double[]> out = new ArrayList<>(all.size() - 1);
        for (INDArray a : all.subList(1, all.size())) {
            out.add(Nd4j.toFlattened('c', a.castTo(DataType.DOUBLE)).toDoubleVector());
        }
        return out;
    }

    /** The profile of layer {@code layer}'s (0-based) activation function; {@code unknown} for layers without one. */
    public static ActivationProfile profile(MultiLayerNetwork net, int layer) {
        Layer conf = net.getLayer(layer).conf().getLayer();
        if (conf instanceof BaseLayer b) {
            return ActivationProfile.of(b.getActivationFn());
        }
        if (conf instanceof ActivationLayer a) {
            return ActivationProfile.of(a.getActivationFn());
        }
        return ActivationProfile.unknown(conf.getClass().getSimpleName());
    }

    /** A double-precision {@code [rows, cols]} array of a row-major matrix. */
    public static INDArray toArray(Matrix m) {
        return Nd4j.createFromArray(m.data()).reshape('c', m.rows(), m.cols());
    }
}
