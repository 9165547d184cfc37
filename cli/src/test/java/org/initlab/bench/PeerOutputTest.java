package org.initlab.bench;

import org.initlab.train.CostPoint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading what {@code numpy_course.py} prints. */
class PeerOutputTest {
    static final String FULL_BATCH = """
            Cost after iteration 0: inf
            Cost after iteration 1000: 0.6229291120081059
            Cost after iteration 2000: 0.5977852892934525
            On the train set:
            Accuracy: 0.83
            On the test set:
            Accuracy: 0.86
            seconds: 3.805
            """;

    static final String MNIST = """
            Epoch 0: 9061 / 10000
            Epoch 1: 9210 / 10000
            Epoch 2: 9255 / 10000
            best: 9255 / 10000
            seconds: 31.250
            """;

    @Test
    void aFullBatchRunGivesItsCostsAccuraciesAndTrainingSeconds() {
        PeerOutput out = PeerOutput.parse(FULL_BATCH);
        assertEquals(List.of(new CostPoint(0, Double.POSITIVE_INFINITY), new CostPoint(1000, 0.6229291120081059),
                new CostPoint(2000, 0.5977852892934525)), out.numbers().costs());
        assertEquals(List.of(0.83, 0.86), out.numbers().accuracies());
        assertEquals(List.of(), out.numbers().epochCorrect());
        assertEquals(3.805, out.trainingSeconds().getAsDouble());
    }

    @Test
    void anMnistRunGivesTheTestExamplesRightAfterEachEpoch() {
        PeerOutput out = PeerOutput.parse(MNIST);
        assertEquals(List.of(9061, 9210, 9255), out.numbers().epochCorrect());
        assertEquals(List.of(), out.numbers().costs());
        assertEquals(31.25, out.trainingSeconds().getAsDouble());
    }

    @Test
    void outputWithoutASecondsLineHasNoTrainingTime() {
        assertTrue(PeerOutput.parse("Cost after iteration 0: 0.5\n").trainingSeconds().isEmpty());
    }

    @Test
    void pythonsNonFiniteSpellingsAreRead() {
        assertEquals(Double.POSITIVE_INFINITY, PeerOutput.number("inf"));
        assertEquals(Double.NEGATIVE_INFINITY, PeerOutput.number("-inf"));
        assertTrue(Double.isNaN(PeerOutput.number("nan")));
        assertEquals(0.1, PeerOutput.number("0.1"));
    }

    @Test
    void windowsLineEndingsAndUnknownLinesAreTolerated() {
        PeerOutput out = PeerOutput.parse("warning: something\r\nCost after iteration 0: 0.25\r\nseconds: 1.5\r\n");
        assertEquals(List.of(new CostPoint(0, 0.25)), out.numbers().costs());
        assertEquals(1.5, out.trainingSeconds().getAsDouble());
    }
}
