package org.initlab.bench;

import org.initlab.experiment.Experiments;
import org.initlab.io.InputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** InitLab's experiment names against the peer's, and the goals each is held to. */
class PairingTest {
    @Test
    void everyTrainingExperimentIsBenchmarked() {
        assertEquals(Experiments.names().stream().toList(), Pairing.ALL.stream().map(Pairing::name).toList());
    }

    @Test
    void deepCatIsCatForThePeer() {
        assertEquals("cat", Pairing.of("deep-cat").peerName());
        assertEquals("mnist-scaled", Pairing.of("mnist-scaled").peerName());
    }

    @Test
    void theFullBatchExperimentsAimAtAFifthOfTheNumpyTimeAndMnistAtAThird() {
        assertEquals(0.2, Pairing.of("dropout").trainingGoal());
        assertEquals(0.35, Pairing.of("mnist-large").trainingGoal());
        assertEquals(1.0, Pairing.of("deep-cat").trainingGoal());
        assertEquals(0.5, Pairing.of("he").processGoal().getAsDouble());
    }

    @Test
    void thePyTorchPeerHasSixOfTheExperiments() {
        assertEquals(List.of("he", "noreg", "l2", "deep-cat", "mnist-large", "mnist-scaled"),
                Pairing.ALL.stream().filter(Pairing::hasTorch).map(Pairing::name).toList());
        assertEquals("cat", Pairing.of("deep-cat").torchName());
    }

    @Test
    void onlyTheFootballExperimentsNeedScipy() {
        assertTrue(Pairing.of("l2").peerNeedsScipy());
        assertEquals(3, Pairing.ALL.stream().filter(Pairing::peerNeedsScipy).count());
    }

    @Test
    void theChaoticRunsAreLargeRandomWeightsAndMnist() {
        assertEquals(List.of("random", "mnist-large", "mnist-scaled"),
                Pairing.ALL.stream().filter(Pairing::chaotic).map(Pairing::name).toList());
    }

    @Test
    void anUnknownNameIsAnInputErrorListingTheNames() {
        InputException e = assertThrows(InputException.class, () -> Pairing.of("cat"));
        assertTrue(e.getMessage().startsWith("unknown experiment 'cat' for the benchmark: expected one of zeros,"),
                e.getMessage());
    }
}
