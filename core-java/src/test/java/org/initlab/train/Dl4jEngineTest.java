package org.initlab.train;

import com.fasterxml.jackson.databind.JsonNode;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Dataset;
import org.initlab.net.CourseNetworks;
import org.initlab.spec.DropoutMode;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.initlab.testing.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Dl4jEngineTest {
    private static final JsonNode TRACES = Reference.json("cost_traces.json");
    private static final ExperimentSpec HE = ExperimentSpec.builder().engine(EngineKind.DL4J).build();

    private static void assertCostsClose(double[] expected, List<CostPoint> actual, long every, double rel) {
        assertEquals(expected.length, actual.size(), "number of costs");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(i * every, actual.get(i).iteration());
            assertEquals(expected[i], actual.get(i).cost(), rel * Math.abs(expected[i]), "cost at iteration " + i * every);
        }
    }

    @Test
    void heCostsMatchTheCourseForTheFirstTenIterations() {
        ExperimentSpec spec = HE.toBuilder().iterations(10).printEvery(1).build();
        RunResult r = Trainer.run(spec, CourseData.circles());
        assertEquals("dl4j", r.engine());
        assertCostsClose(Reference.doubles(TRACES.get("circles_he_first10")), r.costs(), 1, 1e-12);
    }

    @Test
    void heCostsMatchTheCourseEveryThousandIterationsUpTo3000() {
        RunResult r = Trainer.run(HE.toBuilder().iterations(3001).build(), CourseData.circles());
        double[] every1000 = Reference.doubles(TRACES.get("circles_he_every1000"));
        assertCostsClose(java.util.Arrays.copyOf(every1000, 4), r.costs(), 1000, 1e-12);
    }

    /** E3 in full: 15 000 DL4J iterations, 35–60 s on a 2-core machine; run with {@code -Dinitlab.longTests=true}. */
    @Test
    @EnabledIfSystemProperty(named = "initlab.longTests", matches = "true")
    void heFullRunMatchesTheCourseEveryThousandIterationsAndItsAccuracies() {
        RunResult r = Trainer.run(HE, CourseData.circles());
        assertCostsClose(Reference.doubles(TRACES.get("circles_he_every1000")), r.costs(), 1000, 1e-12);
        assertEquals(0.9933333333333333, r.trainAccuracy(), 0.0);
        assertEquals(0.96, r.testAccuracy(), 0.0);
        System.out.println("E3 on the dl4j engine: 15 000 iterations in " + r.trainingSeconds() + " s");
    }

    @Test
    void zerosCostIsLogTwoAtEveryPrintAndPredictsAllZeros() {
        ExperimentSpec spec = HE.toBuilder().init(InitScheme.ZEROS).iterations(2001).build();
        RunResult r = Trainer.run(spec, CourseData.circles());
        for (CostPoint p : r.costs()) {
            assertEquals(0.6931471805599453, p.cost(), 0.0, "iteration " + p.iteration());
        }
        assertEquals(3, r.costs().size());
        assertEquals(0.5, r.trainAccuracy(), 0.0);
        assertEquals(0.5, r.testAccuracy(), 0.0);
        int[] predicted = Predictions.classes(NetworkPredictor.of(r.network()).output(r.dataset().train().x()));
        assertEquals(0, java.util.Arrays.stream(predicted).sum());
    }

    @Test
    void largeRandomInitStartsAtInfiniteCostWithoutDiverging() {
        ExperimentSpec spec = HE.toBuilder().init(InitScheme.RANDOM).iterations(3).printEvery(1).build();
        RunResult r = Trainer.run(spec, CourseData.circles());
        assertEquals(Double.POSITIVE_INFINITY, r.costs().get(0).cost());
    }

    @Test
    void footballWithoutRegularizationMatchesTheCourse() {
        Dataset football = CourseData.football();
        ExperimentSpec spec = football(HE).iterations(5).printEvery(1).build();
        assertCostsClose(Reference.doubles(TRACES.get("football_none_first5")), Trainer.run(spec, football).costs(), 1,
                1e-12);
    }

    @Test
    void l2WithLambdaOverMMatchesTheCourse() {
        assertFootballTraces(football(HE).lambda(0.7), "football_l2_0.7", 1e-12);
    }

    @Test
    void faithfulDropoutMatchesTheCourse() {
        assertFootballTraces(football(HE).keepProb(0.86), "football_dropout_0.86_faithful", 1e-9);
    }

    /** The course's costs {@code KEY_first5} (iterations 0–4) and the first three of {@code KEY_every1000}. */
    private static void assertFootballTraces(ExperimentSpec.Builder arm, String key, double rel) {
        Dataset football = CourseData.football();
        ExperimentSpec spec = arm.build();
        assertCostsClose(Reference.doubles(TRACES.get(key + "_first5")),
                Trainer.run(spec.toBuilder().iterations(5).printEvery(1).build(), football).costs(), 1, rel);
        double[] every1000 = Reference.doubles(TRACES.get(key + "_every1000"));
        assertCostsClose(java.util.Arrays.copyOf(every1000, 3),
                Trainer.run(spec.toBuilder().iterations(2001).printEvery(1000).build(), football).costs(), 1000, rel);
    }

    @Test
    void freshDropoutDrawsNewMasksFromTheRunStream() {
        Dataset football = CourseData.football();
        ExperimentSpec faithful = football(HE).keepProb(0.86).iterations(3).printEvery(1).build();
        ExperimentSpec fresh = faithful.toBuilder().dropoutMode(DropoutMode.FRESH).build();
        List<CostPoint> a = Trainer.run(fresh, football).costs();
        List<CostPoint> b = Trainer.run(fresh, football).costs();
        List<CostPoint> c = Trainer.run(faithful, football).costs();
        assertEquals(a, b);
        assertTrue(a.get(0).cost() != c.get(0).cost());
    }

    @Test
    void miniBatchEpochsShuffleWithTheRunStreamAndReportEachEpoch() {
        ExperimentSpec spec = HE.toBuilder().epochs(3, 64).printEvery(1).build();
        List<Integer> epochs = new ArrayList<>();
        RunResult r = Trainer.run(spec, CourseData.circles(), new Progress() {
            @Override
            public void epochEnd(int epoch, Predictor model) {
                epochs.add(epoch);
            }
        });
        assertEquals(List.of(0, 1, 2), epochs);
        assertEquals(3 * 5, r.costs().size());
        assertEquals(3, r.testCorrectPerEpoch().size());
        assertEquals(r.costs(), Trainer.run(spec, CourseData.circles()).costs());
    }

    @Test
    void fullBatchEpochEqualsOneIterationOnShuffledExamples() {
        ExperimentSpec epoch = HE.toBuilder().epochs(10, 0).printEvery(1).build();
        List<CostPoint> costs = Trainer.run(epoch, CourseData.circles()).costs();
        assertCostsClose(Reference.doubles(TRACES.get("circles_he_first10")), costs, 1, 1e-12);
    }

    @Test
    void nonFiniteParametersStopTrainingNamingTheIteration() {
        ExperimentSpec spec = HE.toBuilder().init(InitScheme.RANDOM).learningRate(1e306).iterations(50).printEvery(1)
                .build();
        DivergedException e = assertThrows(DivergedException.class, () -> Trainer.run(spec, CourseData.circles()));
        assertTrue(e.iteration() < 50);
        assertTrue(e.getMessage().contains("iteration " + e.iteration()), e.getMessage());
    }

    @Test
    void scoreIsThatOfTheForwardPassBeforeTheUpdate() {
        MultiLayerNetwork net = CourseNetworks.build(HE, 300);
        Dataset circles = CourseData.circles();
        var x = org.initlab.net.Matrices.toNd(circles.train().x());
        var y = org.initlab.net.Matrices.toNd(circles.train().y());
        double before = net.score(new org.nd4j.linalg.dataset.DataSet(x, y), false);
        net.fit(x, y);
        assertEquals(before, net.score(), 0.0);
        assertEquals(Reference.doubles(TRACES.get("circles_he_first10"))[0], before, 1e-12 * before);
    }

    private static ExperimentSpec.Builder football(ExperimentSpec base) {
        return base.toBuilder().name("football").dataset("football").layers(2, 20, 3, 1).init(InitScheme.XAVIER)
                .learningRate(0.3);
    }
}
