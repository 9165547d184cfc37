package org.initlab.examples;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.weights.WeightInitNormal;
import org.initlab.data.Split;
import org.initlab.net.CourseNetworks;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitSpec;
import org.initlab.train.RunResult;
import org.initlab.train.Trainer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user-written {@code IWeightInit} in Java, used from the core's Java API (the README's example). */
class LeCunNormalInitTest {
    /** The course's E3 network on circles, initialized by the user's class instead of He, shortened. */
    private static ExperimentSpec spec(InitSpec init) {
        return ExperimentSpec.builder()
                .name("lecun")
                .dataset("circles")
                .layers(2, 10, 5, 1)
                .init(init)
                .seed(3)
                .learningRate(0.01)
                .iterations(2_000)
                .printEvery(1_000)
                .build();
    }

    @Test
    void trainsTheCourseNetworkFromTheJavaApi() {
        RunResult r = Trainer.run(spec(new InitSpec.Custom(new LeCunNormalInit(), "lecun")));
        assertEquals("lecun", r.spec().describe().get("init"));
        assertEquals(2, r.costs().size());
        assertTrue(r.costs().get(1).cost() < r.costs().get(0).cost(), "the cost falls");
        for (Split split : List.of(r.dataset().train(), r.dataset().test())) {
            double[] a = r.network().output(Nd4j.create(split.x().data(), new long[]{split.size(), 2}, DataType.DOUBLE))
                    .toDoubleVector();
            int right = 0;
            for (int i = 0; i < a.length; i++) {
                right += (a[i] > 0.5 ? 1 : 0) == split.labels()[i] ? 1 : 0;
            }
            double accuracy = split == r.dataset().train() ? r.trainAccuracy() : r.testAccuracy();
            assertEquals((double) right / a.length, accuracy, "the share of the trained network's right predictions");
        }
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        InitSpec lecun = new InitSpec.Custom(new LeCunNormalInit(), "lecun");
        assertEquals(Trainer.run(spec(lecun)).costs(), Trainer.run(spec(lecun)).costs());
    }

    @Test
    void drawsAsDl4jsOwnLeCunNormal() {
        RunResult mine = Trainer.run(spec(new InitSpec.Custom(new LeCunNormalInit(), "lecun")));
        RunResult dl4j = Trainer.run(spec(new InitSpec.Custom(new WeightInitNormal(), "dl4j-normal")));
        assertEquals(dl4j.costs(), mine.costs());
    }

    @Test
    void weightsHaveStandardDeviationOneOverSqrtFanIn() {
        ExperimentSpec wide = spec(new InitSpec.Custom(new LeCunNormalInit(), "lecun")).toBuilder()
                .layers(2, 400, 300, 1).build();
        INDArray w = CourseNetworks.build(wide, 300).getLayer(1).getParam("W");
        assertEquals(1 / Math.sqrt(400), w.stdNumber().doubleValue(), 0.05 / Math.sqrt(400));
        assertEquals(0.0, CourseNetworks.build(wide, 300).getLayer(1).getParam("b").sumNumber().doubleValue(), 0.0);
    }

    @Test
    void theConfigurationSurvivesJson() {
        MultiLayerConfiguration conf = CourseNetworks.configuration(
                spec(new InitSpec.Custom(new LeCunNormalInit(), "lecun")), 300);
        assertEquals(conf, MultiLayerConfiguration.fromJson(conf.toJson()));
    }
}
