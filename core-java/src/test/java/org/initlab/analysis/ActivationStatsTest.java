package org.initlab.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Matrix;
import org.initlab.numpy.NumpyRandomState;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link ActivationStats} on plain DL4J networks (dense layers with zero biases, an output layer), whose weights are
 * set to numpy's, against numpy's statistics of the same forward pass ({@code activations_small.json}, written by
 * {@code src/test/resources/stats/generate_references.py}): {@code np.random.seed(0); x = randn(20, 10)}; three
 * layers {@code w = randn(10, 10) * scale; x = act(x @ w)}; per layer {@code a.mean()}, {@code a.std()}, the share
 * within 0.1 of the flat points and {@code np.histogram(a, 30, range=…)} and {@code np.histogram(a, 30)}.
 */
class ActivationStatsTest {

    private static INDArray input() {
        return Nd4j.createFromArray(new NumpyRandomState(0).randn(20, 10)).reshape('c', 20, 10);
    }

    /** A network of three 10-unit layers with numpy's weights; the last an output layer when {@code output}. */
    private static MultiLayerNetwork network(JsonNode config, Activation act, DataType type, boolean output) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().dataType(type).list();
        for (int l = 0; l < 3; l++) {
            list.layer(l, output && l == 2
                    ? new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(10).nOut(10).activation(act).build()
                    : new DenseLayer.Builder().nIn(10).nOut(10).activation(act).build());
        }
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        for (int l = 0; l < 3; l++) {
            JsonNode w = config.get("weights").get(l);
            double[][] rows = new double[10][];
            for (int i = 0; i < 10; i++) {
                rows[i] = SmallCase.doubles(w.get(i));
            }
            net.getLayer(l).getParam("W").assign(Nd4j.createFromArray(rows).castTo(type));
        }
        return net;
    }

    private static void assertMatches(JsonNode expected, List<LayerStats> actual, String histogram) {
        assertEquals(3, actual.size());
        for (int l = 0; l < 3; l++) {
            JsonNode e = expected.get("layers").get(l);
            LayerStats a = actual.get(l);
            String at = "layer " + (l + 1);
            assertEquals(l + 1, a.layer());
            assertEquals(200, a.count());
            assertEquals(e.get("mean").asDouble(), a.mean(), 1e-12, at + " mean");
            assertEquals(e.get("std").asDouble(), a.std(), 1e-12, at + " std");
            assertEquals(e.get("saturated").asDouble(), a.saturated(), 1e-12, at + " saturated");
            assertArrayEquals(SmallCase.longs(e.get(histogram).get("counts")), a.histogram().counts(), at + " counts");
            assertArrayEquals(SmallCase.doubles(e.get(histogram).get("edges")), a.histogram().edges(), 1e-12,
                    at + " edges");
        }
    }

    @Test
    void sigmoidLayersMatchNumpyWithHistogramsOverZeroToOne() {
        JsonNode c = SmallCase.config("sigmoid/std-1");
        List<LayerStats> stats = ActivationStats.of(network(c, Activation.SIGMOID, DataType.DOUBLE, false), input());
        assertMatches(c, stats, "histogram");
        assertEquals("sigmoid", stats.get(0).activation());
    }

    @Test
    void reluLayersMatchNumpyWithHistogramsOverEachLayersOwnRange() {
        JsonNode c = SmallCase.config("relu/he");
        assertMatches(c, ActivationStats.of(network(c, Activation.RELU, DataType.DOUBLE, false), input()),
                "own_range_histogram");
    }

    @Test
    void reluLayersMatchNumpyOverAGivenCommonRange() {
        JsonNode c = SmallCase.config("relu/he");
        double[] range = SmallCase.doubles(c.get("range"));
        assertMatches(c, ActivationStats.of(network(c, Activation.RELU, DataType.DOUBLE, false), input(), 30,
                range[0], range[1]), "histogram");
    }

    @Test
    void includesAnOutputLayerAndBinsTanhOverMinusOneToOne() {
        JsonNode c = SmallCase.config("tanh/xavier");
        assertMatches(c, ActivationStats.of(network(c, Activation.TANH, DataType.DOUBLE, true), input()), "histogram");
    }

    @Test
    void aRowMajorMatrixInputGivesTheSameStatistics() {
        JsonNode c = SmallCase.config("sigmoid/std-1");
        MultiLayerNetwork net = network(c, Activation.SIGMOID, DataType.DOUBLE, false);
        Matrix m = new Matrix(20, 10, new NumpyRandomState(0).randn(20, 10));
        assertEquals(ActivationStats.of(net, input()), ActivationStats.of(net, m));
    }

    @Test
    void aSinglePrecisionNetworkIsSummarizedInDoublePrecisionCloseToNumpy() {
        JsonNode c = SmallCase.config("sigmoid/std-1");
        List<LayerStats> stats = ActivationStats.of(network(c, Activation.SIGMOID, DataType.FLOAT, false), input());
        for (int l = 0; l < 3; l++) {
            JsonNode e = c.get("layers").get(l);
            assertEquals(e.get("mean").asDouble(), stats.get(l).mean(), 1e-6);
            assertEquals(e.get("std").asDouble(), stats.get(l).std(), 1e-6);
        }
    }
}
