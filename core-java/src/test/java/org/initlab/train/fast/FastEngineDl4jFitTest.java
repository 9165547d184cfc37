package org.initlab.train.fast;

import com.fasterxml.jackson.databind.JsonNode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Split;
import org.initlab.spec.ExperimentSpec;
import org.initlab.testing.Reference;
import org.initlab.train.FastEngine;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast engine against DL4J's own {@code fit} where DL4J computes the course's numbers by itself: E3's network
 * (ReLU, ReLU, sigmoid) with {@code LossBinaryXENT(0.0)} (no clipping; its gradient {@code (a−y)/(a(1−a))·σ'(z)} is
 * {@code a − y} up to rounding) and {@code Sgd(0.01)}, full batch, from the course's He weights.
 */
class FastEngineDl4jFitTest {
    private static final int ITERATIONS = 300;

    private static MultiLayerNetwork dl4jCourseNetwork() {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .updater(new Sgd(0.01))
                .list()
                .layer(new DenseLayer.Builder().nIn(2).nOut(10).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nIn(10).nOut(5).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(new LossBinaryXENT(0.0)).nIn(5).nOut(1)
                        .activation(Activation.SIGMOID).build())
                .build());
        net.init();
        JsonNode he = Reference.json("initializers.json").get("he_2-10-5-1_seed3");
        for (int l = 1; l <= 3; l++) {
            double[][] w = TestNets.matrix(he.get("W" + l));
            TestNets.setCourse(net, l, w, new double[w.length]);
        }
        return net;
    }

    @Test
    void fastEngineAndDl4jFitAgreeOnCostsAndParameters() {
        Split circles = TestNets.circles(true);
        MultiLayerNetwork dl4j = dl4jCourseNetwork();
        MultiLayerNetwork fast = dl4jCourseNetwork();
        INDArray x = Nd4j.create(circles.x().data(), new long[]{circles.size(), 2}, DataType.DOUBLE);
        INDArray y = Nd4j.create(circles.y().data(), new long[]{circles.size(), 1}, DataType.DOUBLE);
        List<Double> dl4jScores = new ArrayList<>();
        for (int t = 0; t < ITERATIONS; t++) {
            dl4j.fit(x, y);
            dl4jScores.add(dl4j.score());
        }
        RecordingProgress progress = new RecordingProgress();
        new FastEngine().train(ExperimentSpec.builder().iterations(ITERATIONS).printEvery(1).build(), circles, fast,
                progress);

        for (int t = 0; t < ITERATIONS; t++) {
            double d = TestNets.relative(dl4jScores.get(t), progress.costs.get((long) t));
            assertTrue(d <= 1e-12, "cost at " + t + ": DL4J " + dl4jScores.get(t) + ", fast "
                    + progress.costs.get((long) t));
        }
        double[] pd = dl4j.params().toDoubleVector();
        double[] pf = fast.params().toDoubleVector();
        for (int i = 0; i < pd.length; i++) {
            assertTrue(Math.abs(pd[i] - pf[i]) <= 1e-12 * Math.max(1.0, Math.abs(pd[i])),
                    "parameter " + i + ": DL4J " + pd[i] + ", fast " + pf[i]);
        }
    }
}
