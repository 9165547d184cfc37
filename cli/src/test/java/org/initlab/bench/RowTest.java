package org.initlab.bench;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An experiment's line: medians over the repeats, ratios of the medians, goals and agreement. */
class RowTest {
    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheMiddleTwo() {
        assertEquals(2.0, Median.of(List.of(3.0, 1.0, 2.0)));
        assertEquals(2.5, Median.of(List.of(4.0, 1.0, 3.0, 2.0)));
        assertEquals(7.0, Median.of(List.of(7.0)));
        assertThrows(IllegalArgumentException.class, () -> Median.of(List.of()));
    }

    @Test
    void eachColumnIsTheMedianOfItsOwnSamples() {
        Row r = Row.of(Pairing.of("noreg"), List.of(
                Sample.of(4.0, 5.0, 1.0, 3.0, 0.0, 3, 3),
                Sample.of(6.0, 4.0, 9.0, 2.0, 1e-16, 3, 3),
                Sample.of(5.0, 6.0, 2.0, 1.0, 0.0, 3, 3)));
        assertEquals(5.0, r.numpyTraining());
        assertEquals(2.0, r.initlabTraining());
        assertEquals(2.0, r.initlabProcess());
        assertEquals(5.0, r.numpyProcess());
        assertEquals(1e-16, r.maxRelativeDifference());
        assertEquals(0.4, r.trainingRatio(), 1e-15);
        assertFalse(r.meetsTrainingGoal(), "0.4 is above the goal of 0.2");
    }

    @Test
    void aRatioAboveTheGoalMissesIt() {
        Row fullBatch = Row.of(Pairing.of("zeros"), List.of(Sample.of(1.0, 1.0, 0.21, 1.0, 0.0, 3, 3)));
        assertFalse(fullBatch.meetsTrainingGoal());
        Row mnist = Row.of(Pairing.of("mnist-large"), List.of(Sample.of(1.0, 1.0, 0.35, 1.0, 0.0, 3, 3)));
        assertTrue(mnist.meetsTrainingGoal());
        Row deepCat = Row.of(Pairing.of("deep-cat"), List.of(Sample.of(1.0, 1.0, 0.6, 1.0, 0.0, 3, 3)));
        assertTrue(deepCat.meetsTrainingGoal());
    }

    @Test
    void aPeerThatDidNotRunHasNoTimeAndNoRatio() {
        Map<Side, Timing> times = new EnumMap<>(Side.class);
        times.put(Side.NUMPY, new Timing(4.0, 4.5));
        times.put(Side.TORCH, new Timing(8.0, 10.0));
        times.put(Side.INITLAB, new Timing(1.0, 2.0));
        Row r = Row.of(Pairing.of("he"), List.of(new Sample(times, 0.5, 0.0, 3, 3),
                Sample.of(6.0, 6.5, 1.0, 2.0, 0.0, 3, 3)));
        assertEquals(8.0, r.training(Side.TORCH).getAsDouble(), "the median of the repeats it ran in");
        assertEquals(0.125, r.ratio(Side.TORCH).getAsDouble());
        assertTrue(r.training(Side.DL4J).isEmpty());
        assertTrue(r.ratio(Side.DL4J).isEmpty());
        assertEquals(0.5, r.initlabWarm().getAsDouble());
        assertEquals(5.0, r.numpyTraining());
    }

    @Test
    void onlyHeIsHeldToAWholeProcessGoal() {
        Row he = Row.of(Pairing.of("he"), List.of(Sample.of(4.0, 5.0, 1.0, 6.0, 0.0, 3, 3)));
        assertEquals(1.2, he.processRatio(), 1e-15);
        assertFalse(he.meetsProcessGoal());
        Row fast = Row.of(Pairing.of("he"), List.of(Sample.of(4.0, 5.0, 1.0, 2.5, 0.0, 3, 3)));
        assertTrue(fast.meetsProcessGoal(), "half of numpy's whole process");
        Row random = Row.of(Pairing.of("random"), List.of(Sample.of(4.0, 5.0, 1.0, 6.0, 0.0, 3, 3)));
        assertTrue(random.meetsProcessGoal());
    }

    @Test
    void numbersAgreeUpToTheTolerance() {
        assertTrue(Row.of(Pairing.of("he"), List.of(Sample.of(1, 1, 1, 1, 1e-9, 3, 3))).agrees());
        assertFalse(Row.of(Pairing.of("he"), List.of(Sample.of(1, 1, 1, 1, 2e-9, 3, 3))).agrees());
    }

    @Test
    void theAgreementIsTheWorstRepeats() {
        Row r = Row.of(Pairing.of("mnist-scaled"), List.of(Sample.of(1, 1, 1, 1, 4e-3, 5, 30),
                Sample.of(1, 1, 1, 1, 1e-3, 3, 30)));
        assertEquals(3, r.agreeing());
        assertEquals(30, r.compared());
        assertEquals(4e-3, r.maxRelativeDifference());
    }

    @Test
    void theJsonFormCarriesTheRatiosGoalsAndEverySample() {
        Sample s = Sample.of(4.0, 5.0, 1.0, 6.0, 0.0, 3, 3);
        Row r = Row.of(Pairing.of("he"), List.of(s, s));
        var m = r.toMap();
        assertEquals("he", m.get("experiment"));
        assertEquals(0.25, m.get("training_ratio"));
        assertEquals(4.0, m.get("numpy_training_seconds"));
        assertNull(m.get("torch_training_seconds"));
        assertEquals(false, m.get("process_goal_met"));
        assertEquals(2, ((List<?>) m.get("samples")).size());
    }
}
