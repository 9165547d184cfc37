package org.initlab.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.io.InputException;
import org.initlab.net.CourseNetworks;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainerTest {
    private static final ExperimentSpec SHORT = ExperimentSpec.builder().engine(EngineKind.DL4J).iterations(2).build();

    @Test
    void firstLayerSizeMustBeTheNumberOfFeatures() {
        InputException e = assertThrows(InputException.class,
                () -> Trainer.run(SHORT.toBuilder().layers(3, 10, 1).build(), CourseData.circles()));
        assertEquals("layers 3,10,1: first size 3 does not match the 2 features of circles", e.getMessage());
    }

    @Test
    void lastLayerSizeMustBeTheNumberOfOutputs() {
        InputException e = assertThrows(InputException.class,
                () -> Trainer.run(SHORT.toBuilder().layers(2, 10, 3).build(), CourseData.circles()));
        assertEquals("layers 2,10,3: last size 3 does not match the 1 output of circles", e.getMessage());
    }

    @Test
    void networkTooLargeForTheHeapIsAnInputError() {
        ExperimentSpec spec = SHORT.toBuilder().layers(2, 20000, 20000, 1).build();
        InputException e = assertThrows(InputException.class, () -> Trainer.checkMemory(spec, 300, 4L << 30));
        assertEquals("layers 2,20000,20000,1: the network's 400060000 weights and a batch of 300 examples need "
                + "about 15.3 GiB; this JVM may use 4.0 GiB (raise it with JAVA_OPTS=-Xmx17g)", e.getMessage());
    }

    @Test
    void memoryNeededCountsTheMiniBatchNotTheWholeTrainingSet() {
        ExperimentSpec spec = SHORT.toBuilder().layers(2, 20000, 20000, 1).epochs(1, 10).build();
        InputException e = assertThrows(InputException.class, () -> Trainer.checkMemory(spec, 300, 4L << 30));
        assertEquals("layers 2,20000,20000,1: the network's 400060000 weights and a batch of 10 examples need "
                + "about 14.9 GiB; this JVM may use 4.0 GiB (raise it with JAVA_OPTS=-Xmx16g)", e.getMessage());
    }

    @Test
    void networkThatFitsTheHeapPassesTheMemoryCheck() {
        ExperimentSpec spec = SHORT.toBuilder().layers(2, 20000, 20000, 1).build();
        assertDoesNotThrow(() -> Trainer.checkMemory(spec, 300, 16L << 30));
    }

    @Test
    void runRejectsANetworkBeyondThisJvmsHeapBeforeAllocatingIt() {
        ExperimentSpec spec = SHORT.toBuilder().layers(2, 100_000_000, 1).build();
        InputException e = assertThrows(InputException.class, () -> Trainer.run(spec, CourseData.circles()));
        assertEquals("layers 2,100000000,1: the network's 300000000 weights and a batch of 300 examples need "
                + "about 1350.8 GiB; this JVM may use " + heap() + " (raise it with JAVA_OPTS=-Xmx1352g)",
                e.getMessage());
    }

    /** This JVM's maximum heap as the memory check states it. */
    static String heap() {
        return String.format(Locale.ROOT, "%.1f GiB", Runtime.getRuntime().maxMemory() / (double) (1L << 30));
    }

    @Test
    void trainSizeKeepsTheFirstExamples() {
        RunResult r = Trainer.run(SHORT.toBuilder().trainSize(100).build(), CourseData.circles());
        assertEquals(100, r.dataset().train().size());
        assertEquals(CourseData.circles().train().head(100), r.dataset().train());
        assertEquals(100, r.dataset().test().size());
    }

    @Test
    void trainSizeBeyondTheDataIsAnInputError() {
        InputException e = assertThrows(InputException.class,
                () -> Trainer.run(SHORT.toBuilder().trainSize(301).build(), CourseData.circles()));
        assertEquals("trainSize 301: circles has only 300 training examples", e.getMessage());
    }

    @Test
    void runResultCarriesSpecEngineCostsAccuraciesAndNetwork() {
        ExperimentSpec spec = SHORT.toBuilder().iterations(3).printEvery(2).build();
        RunResult r = Trainer.run(spec, CourseData.circles());
        assertEquals(spec, r.spec());
        assertEquals("dl4j", r.engine());
        assertEquals(2, r.costs().size());
        assertEquals(2, r.costs().get(1).iteration());
        assertEquals(Accuracy.of(NetworkPredictor.of(r.network()), r.dataset().test()), r.testAccuracy(), 0.0);
        assertTrue(r.testCorrectPerEpoch().isEmpty());
        assertTrue(r.trainingSeconds() > 0);
    }

    @Test
    void runByNameLoadsTheNamedDataSet() {
        RunResult r = Trainer.run(SHORT);
        assertEquals("circles", r.dataset().name());
        assertEquals(300, r.dataset().train().size());
    }

    @Test
    void fastRunsFromInitialValuesGiveTheNumbersOfTrainingTheBuiltNetwork() {
        ExperimentSpec spec = ExperimentSpec.builder().engine(EngineKind.FAST).iterations(300).printEvery(100).build();
        RunResult lazy = Trainer.run(spec, CourseData.circles());
        MultiLayerNetwork eager = CourseNetworks.build(spec, 300);
        TrainingRecorder recorder = new TrainingRecorder(Progress.NONE, CourseData.circles().test());
        new FastEngine().train(spec, CourseData.circles().train(), eager, recorder);
        assertEquals(recorder.costs, lazy.costs());
        assertArrayEquals(eager.params().toDoubleVector(), lazy.network().params().toDoubleVector(), 0.0);
        assertEquals(eager.getLayerWiseConfigurations(), lazy.network().getLayerWiseConfigurations());
        assertEquals(Accuracy.of(NetworkPredictor.of(eager), CourseData.circles().test()), lazy.testAccuracy(), 0.0);
        assertSame(lazy.network(), lazy.network());
    }
}
