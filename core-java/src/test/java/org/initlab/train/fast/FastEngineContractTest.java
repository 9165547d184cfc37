package org.initlab.train.fast;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Matrix;
import org.initlab.data.Split;
import org.initlab.spec.Activation;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.Output;
import org.initlab.train.FastEngine;
import org.initlab.train.Predictor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What callers of the fast engine can rely on: progress reports, the model at epoch ends, bad input. */
class FastEngineContractTest {
    @Test
    void reportsCostsEveryPrintEveryIterationsAndEachStep() {
        NumpyCase c = NumpyCase.named("minibatch_quadratic_sigmoid_b10");
        ExperimentSpec spec = c.spec().toBuilder().epochs(2, 7).printEvery(10).build();
        RecordingProgress progress = new RecordingProgress();
        new FastEngine().train(spec, c.data(), c.network(), progress);

        long total = 2L * ((300 + 6) / 7);
        assertEquals(total, progress.steps);
        assertEquals(total, progress.lastDone);
        assertEquals(total, progress.lastTotal);
        assertEquals(List.of(0L, 10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L), List.copyOf(progress.costs.keySet()));
        assertEquals(List.of(0, 1), progress.epochs);

        RecordingProgress silent = new RecordingProgress();
        new FastEngine().train(spec.toBuilder().printEvery(0).build(), c.data(), c.network(), silent);
        assertTrue(silent.costs.isEmpty());
    }

    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void modelAtTheLastEpochEndIsTheTrainedDl4jNetwork(LayoutKind kind) {
        NumpyCase c = NumpyCase.named("tanh_softmax_fresh_l2_b50");
        MultiLayerNetwork net = c.network();
        List<Matrix> outputs = new ArrayList<>();
        Matrix x = c.data().x();
        FastTraining.train(c.spec(), c.data(), net, new RecordingProgress((Predictor m) -> outputs.add(m.output(x))), kind);

        double[] dl4j = net.output(Nd4j.create(x.data(), new long[]{x.rows(), x.cols()}, DataType.DOUBLE))
                .ravel().toDoubleVector();
        Matrix last = outputs.get(outputs.size() - 1);
        assertEquals(c.spec().epochs(), outputs.size());
        assertEquals(x.rows(), last.rows());
        assertEquals(2, last.cols());
        for (int i = 0; i < dl4j.length; i++) {
            assertEquals(dl4j[i], last.data()[i], 1e-12, "output " + i);
        }
    }

    @Test
    void rejectsDataOrNetworksOfAnotherShape() {
        NumpyCase c = NumpyCase.named("relu_fresh_dropout");
        ExperimentSpec spec = c.spec();
        Split threeInputs = new Split(Matrix.zeros(5, 3), Matrix.zeros(5, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new FastEngine().train(spec, threeInputs, c.network(), new RecordingProgress()));

        MultiLayerNetwork shallow = TestNets.dense(new int[]{2, 1}, Activation.RELU, Output.SIGMOID);
        assertThrows(IllegalArgumentException.class,
                () -> new FastEngine().train(spec, c.data(), shallow, new RecordingProgress()));
    }

    @Test
    void rejectsSinglePrecisionNetworks() {
        MultiLayerNetwork floats = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .dataType(DataType.FLOAT).list()
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(2).nOut(1)
                        .activation(org.nd4j.linalg.activations.Activation.SIGMOID).build())
                .build());
        floats.init();
        ExperimentSpec spec = ExperimentSpec.builder().layers(2, 1).iterations(3).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FastEngine().train(spec, TestNets.circles(true), floats, new RecordingProgress()));
        assertTrue(e.getMessage().contains("FLOAT"), e.getMessage());
    }
}
