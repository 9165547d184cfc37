package org.initlab.experiment;

import org.initlab.data.Dataset;
import org.initlab.data.Datasets;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.CostPoint;
import org.initlab.train.RunResult;
import org.initlab.train.Trainer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalog's experiments on the real data files, shortened where the full run is long. */
class CourseExperimentsTest {
    private static final Path DATA = Path.of("../datasets");

    /**
     * E9's costs at iterations 0 and 100, from the course's numpy code ({@code course_numpy.train} on the cat data,
     * {@code [12288, 20, 7, 5, 1]}, xavier seed 1, lr 0.0075): {@code [0.7717493284237686, 0.6720534400822913]}.
     */
    @Test
    void deepCatCostsAtIterations0And100MatchTheCourseWithin1eMinus9() {
        ExperimentSpec spec = Experiments.get("deep-cat").toBuilder().dataDir(DATA).iterations(101).build();
        RunResult r = Trainer.run(spec);
        List<CostPoint> costs = r.costs();
        assertEquals(2, costs.size());
        assertEquals(0.7717493284237686, costs.get(0).cost(), 1e-9 * 0.7717493284237686);
        assertEquals(100, costs.get(1).iteration());
        assertEquals(0.6720534400822913, costs.get(1).cost(), 1e-9 * 0.6720534400822913);
    }

    @Test
    void aShortMnistRunWithScaledWeightsReachesASensibleAccuracy() {
        Dataset mnist = Datasets.load("mnist", DATA);
        ExperimentSpec spec = Experiments.get("mnist-scaled").toBuilder().trainSize(20_000).epochs(1, 10).build();
        RunResult r = Trainer.run(spec, mnist);
        assertEquals(1, r.testCorrectPerEpoch().size());
        int correct = r.testCorrectPerEpoch().get(0);
        assertTrue(correct > 8_800, "2 000 steps of 10 images: " + correct + " / 10000");
    }

    @Test
    void theMnistArmsDifferOnlyInTheirInitializer() {
        ExperimentSpec large = Experiments.get("mnist-large");
        ExperimentSpec scaled = Experiments.get("mnist-scaled");
        assertEquals(large.toBuilder().name("x").init(scaled.init()).build(), scaled.toBuilder().name("x").build());
        assertEquals(List.of(784, 30, 10), large.layers());
        assertEquals(30, large.epochs());
        assertEquals(10, large.batchSize());
    }
}
