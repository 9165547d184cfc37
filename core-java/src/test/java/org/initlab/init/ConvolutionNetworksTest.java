package org.initlab.init;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every initializer of the catalogue in a DL4J network that is not the course's: a 3 × 3 convolution with 4 filters
 * on 6 × 6 images, a dense layer and a softmax output, positioned on one numpy stream ({@link NumpyStreams}). Each
 * trains without error; the convolution's weights are numpy's matrix {@code (nOut, nIn·kH·kW)} with
 * {@code fan_in = nIn·kH·kW}, as DL4J passes it; the network survives its JSON and {@code ModelSerializer}.
 */
class ConvolutionNetworksTest {
    private static final long SEED = 7;

    @TempDir
    Path dir;

    static List<String> names() {
        return Catalog.names();
    }

    static MultiLayerConfiguration configuration(IWeightInit init) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .seed(SEED)
                .updater(new Sgd(0.05))
                .list()
                .layer(new ConvolutionLayer.Builder(3, 3).nIn(2).nOut(4).activation(Activation.RELU).weightInit(init)
                        .build())
                .layer(new DenseLayer.Builder().nOut(8).activation(Activation.RELU).weightInit(init).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3).activation(Activation.SOFTMAX)
                        .weightInit(init).build())
                .setInputType(InputType.convolutional(6, 6, 2))
                .build();
        return NumpyStreams.position(conf, SEED);
    }

    static INDArray features() {
        Nd4j.getRandom().setSeed(1);
        return Nd4j.rand(DataType.DOUBLE, 16, 2, 6, 6);
    }

    static INDArray labels() {
        INDArray y = Nd4j.zeros(DataType.DOUBLE, 16, 3);
        for (int i = 0; i < 16; i++) {
            y.putScalar(i, i % 3, 1.0);
        }
        return y;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void trainsAConvolutionalNetwork(String name) throws Exception {
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(Catalog.parse(name)));
        net.init();
        INDArray x = features();
        if (name.equals("lsuv")) {
            List<FittedLsuv.LayerFit> fits = LsuvFit.fit(net, x);
            assertEquals(3, fits.size());
            for (FittedLsuv.LayerFit f : fits) {
                assertEquals(1.0, f.varianceAfter(), 0.1 + 1e-9, "LSUV brings Var(Z) within tol of 1");
            }
        }
        INDArray before = net.params().dup();
        for (int i = 0; i < 5; i++) {
            net.fit(x, labels());
        }
        assertTrue(Double.isFinite(net.score()), name + ": score " + net.score());
        for (double v : net.params().data().asDouble()) {
            assertTrue(Double.isFinite(v), name + ": a parameter is not finite");
        }
        assertNotEquals(before, net.params(), name + ": training changed nothing");

        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        assertEquals(conf, MultiLayerConfiguration.fromJson(conf.toJson()));
        MultiLayerNetwork rebuilt = new MultiLayerNetwork(MultiLayerConfiguration.fromJson(conf.toJson()));
        rebuilt.init();
        assertArrayEquals(before.toDoubleVector(), rebuilt.params().toDoubleVector(), 0.0,
                name + ": the configuration alone rebuilds the initial weights");
        File file = dir.resolve(name + ".zip").toFile();
        ModelSerializer.writeModel(net, file, false);
        assertArrayEquals(net.params().toDoubleVector(),
                ModelSerializer.restoreMultiLayerNetwork(file, false).params().toDoubleVector(), 0.0);
    }

    @Test
    void dl4jHandsAConvolutionItsFiltersAsNOutByNInByKernelWithFanInNInTimesTheKernel() {
        List<Object[]> calls = new ArrayList<>();
        IWeightInit spy = new RecordingInit(calls);
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE)
                .list()
                .layer(new ConvolutionLayer.Builder(3, 2).nIn(2).nOut(4).stride(2, 1).weightInit(spy).build())
                .setInputType(InputType.convolutional(6, 6, 2))
                .build());
        net.init();
        Object[] call = calls.get(0);
        assertEquals(2.0 * 3 * 2, (double) call[0], "DL4J's fanIn = nIn·kH·kW");
        assertEquals(4.0 * 3 * 2 / 2, (double) call[1], "DL4J's fanOut = nOut·kH·kW / strides");
        assertArrayEquals(new long[]{4, 2, 3, 2}, (long[]) call[2]);
        assertEquals('c', (char) call[3]);
        WeightShape shape = WeightShape.ofDl4j((long[]) call[2]);
        assertEquals(new WeightShape(4, 12, 6), shape);
        assertEquals((double) call[0], shape.fanIn(), 0.0);
        assertEquals(4.0 * 6, shape.fanOut(), 0.0, "Keras's and PyTorch's fan_out = nOut·kH·kW");
    }

    @Test
    void theConvolutionsFiltersAreNumpysMatrixAndLaterLayersContinueTheStream() {
        CatalogInit init = new HeUniform();
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(init));
        net.init();
        WeightShape conv = new WeightShape(4, 18, 9);
        org.initlab.numpy.NumpyRandomState rng = new org.initlab.numpy.NumpyRandomState(SEED);
        double[] filters = init.weights(rng, conv);
        assertArrayEquals(filters, net.getLayer(0).getParam("W").dup('c').data().asDouble(), 0.0);
        double bound = Math.sqrt(6.0 / 18);
        for (double w : filters) {
            assertTrue(Math.abs(w) <= bound, "He uniform bound √(6 / fan_in) with fan_in = 2·3·3");
        }
        double[] dense = init.weights(rng, WeightShape.dense(4 * 4 * 4, 8));
        assertArrayEquals(dense, net.getLayer(1).getParam("W").dup('f').data().asDouble(), 0.0);
        double[] output = init.weights(rng, WeightShape.dense(8, 3));
        assertArrayEquals(output, net.getLayer(2).getParam("W").dup('f').data().asDouble(), 0.0);
    }

    @Test
    void lsuvOnADl4jNetworkIsReproducedFromItsSavedConfiguration() {
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(new Lsuv(0.01, 20, 0)));
        net.init();
        List<FittedLsuv.LayerFit> fits = LsuvFit.fit(net, features());
        assertEquals(3, fits.size(), "a fit per layer");
        for (FittedLsuv.LayerFit f : fits) {
            assertEquals(1.0, f.varianceAfter(), 0.01, "within its tol of 1 before its 20 iterations: " + f);
            assertTrue(f.iterations() >= 1 && f.iterations() < 20,
                    "the orthogonal start is not already at unit variance, and the fit converged: " + f);
        }
        MultiLayerNetwork rebuilt = new MultiLayerNetwork(
                MultiLayerConfiguration.fromJson(net.getLayerWiseConfigurations().toJson()));
        rebuilt.init();
        assertArrayEquals(net.params().toDoubleVector(), rebuilt.params().toDoubleVector(), 0.0);
    }

    @Test
    void lsuvOnADl4jNetworkTakesTheFirstBatchExamples() {
        INDArray x = features();
        MultiLayerNetwork onBatch = new MultiLayerNetwork(configuration(new Lsuv(0.1, 10, 4)));
        onBatch.init();
        MultiLayerNetwork onHead = new MultiLayerNetwork(configuration(new Lsuv(0.1, 10, 0)));
        onHead.init();
        List<FittedLsuv.LayerFit> batch = LsuvFit.fit(onBatch, x);
        List<FittedLsuv.LayerFit> head = LsuvFit.fit(onHead, x.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 4),
                org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.all()).dup());
        assertEquals(head, batch);
        assertArrayEquals(onHead.params().toDoubleVector(), onBatch.params().toDoubleVector(), 0.0);
    }

    /** An initializer that records what DL4J passes it and fills nothing. */
    static final class RecordingInit implements IWeightInit {
        private static final long serialVersionUID = 1L;
        private final transient List<Object[]> calls;

        RecordingInit(List<Object[]> calls) {
            this.calls = calls;
        }

        @Override
        public INDArray init(double fanIn, double fanOut, long[] shape, char order, INDArray paramView) {
            calls.add(new Object[]{fanIn, fanOut, shape.clone(), order});
            return paramView.reshape(order, shape);
        }
    }
}
