package org.initlab.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
                new Sample(4.0, 1.0, 3.0, 5.0, 0.0, 3, 3),
                new Sample(6.0, 9.0, 2.0, 4.0, 1e-16, 3, 3),
                new Sample(5.0, 2.0, 1.0, 6.0, 0.0, 3, 3)));
        assertEquals(5.0, r.numpyTraining());
        assertEquals(2.0, r.initlabTraining());
        assertEquals(2.0, r.initlabProcess());
        assertEquals(5.0, r.numpyProcess());
        assertEquals(1e-16, r.maxRelativeDifference());
        assertEquals(0.4, r.trainingRatio(), 1e-15);
        assertTrue(r.meetsTrainingGoal());
    }

    @Test
    void aRatioAboveTheGoalMissesIt() {
        Row fullBatch = Row.of(Pairing.of("zeros"), List.of(new Sample(1.0, 0.6, 1.0, 1.0, 0.0, 3, 3)));
        assertFalse(fullBatch.meetsTrainingGoal());
        Row deepCat = Row.of(Pairing.of("deep-cat"), List.of(new Sample(1.0, 0.6, 1.0, 1.0, 0.0, 3, 3)));
        assertTrue(deepCat.meetsTrainingGoal());
    }

    @Test
    void onlyHeIsHeldToAWholeProcessGoal() {
        Row he = Row.of(Pairing.of("he"), List.of(new Sample(4.0, 1.0, 6.0, 5.0, 0.0, 3, 3)));
        assertEquals(1.2, he.processRatio(), 1e-15);
        assertFalse(he.meetsProcessGoal());
        Row random = Row.of(Pairing.of("random"), List.of(new Sample(4.0, 1.0, 6.0, 5.0, 0.0, 3, 3)));
        assertTrue(random.meetsProcessGoal());
    }

    @Test
    void numbersAgreeUpToTheTolerance() {
        assertTrue(Row.of(Pairing.of("he"), List.of(new Sample(1, 1, 1, 1, 1e-9, 3, 3))).agrees());
        assertFalse(Row.of(Pairing.of("he"), List.of(new Sample(1, 1, 1, 1, 2e-9, 3, 3))).agrees());
    }

    @Test
    void theAgreementIsTheWorstRepeats() {
        Row r = Row.of(Pairing.of("mnist-scaled"), List.of(new Sample(1, 1, 1, 1, 4e-3, 5, 30),
                new Sample(1, 1, 1, 1, 1e-3, 3, 30)));
        assertEquals(3, r.agreeing());
        assertEquals(30, r.compared());
        assertEquals(4e-3, r.maxRelativeDifference());
    }

    @Test
    void theJsonFormCarriesTheRatiosGoalsAndEverySample() {
        Sample s = new Sample(4.0, 1.0, 6.0, 5.0, 0.0, 3, 3);
        Row r = Row.of(Pairing.of("he"), List.of(s, s));
        var m = r.toMap();
        assertEquals("he", m.get("experiment"));
        assertEquals(0.25, m.get("training_ratio"));
        assertEquals(false, m.get("process_goal_met"));
        assertEquals(2, ((List<?>) m.get("samples")).size());
    }
}
