package org.initlab.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.io.InputException;
import org.initlab.net.CourseNetworks;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainerTest {
    private static final ExperimentSpec SHORT = ExperimentSpec.builder().engine(EngineKind.DL4J).iterations(2).build();

    @Test
    void firstLayerSizeMustBeTheNumberOfFeatures() {
        InputException e = assertThrows(InputException.class,
                () -> Trainer.run(SHORT.toBuilder().layers(3, 10, 1).build(), CourseData.circles()));
        assertEquals("--layers 3,10,1: first size 3 does not match the 2 features of circles", e.getMessage());
    }

    @Test
    void lastLayerSizeMustBeTheNumberOfOutputs() {
        InputException e = assertThrows(InputException.class,
                () -> Trainer.run(SHORT.toBuilder().layers(2, 10, 3).build(), CourseData.circles()));
        assertEquals("--layers 2,10,3: last size 3 does not match the 1 output of circles", e.getMessage());
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
        assertEquals("--train-size 301: circles has only 300 training examples", e.getMessage());
    }

    @Test
    void runResultCarriesSpecEngineCostsAccuraciesAndNetwork() {
        ExperimentSpec spec = SHORT.toBuilder().iterations(3).printEvery(2).build();
        RunResult r = Trainer.run(spec, CourseData.circles());
        assertEquals(spec, r.spec());
        assertEquals("dl4j", r.engine());
        assertEquals(2, r.costs().size());
        assertEquals(2, r.costs().get(1).iteration());
        assertEquals(Accuracy.of(NetworkModel.of(r.network()), r.dataset().test()), r.testAccuracy(), 0.0);
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
        assertEquals(eager.params(), lazy.network().params());
        assertEquals(eager.getLayerWiseConfigurations(), lazy.network().getLayerWiseConfigurations());
        assertEquals(Accuracy.of(NetworkModel.of(eager), CourseData.circles().test()), lazy.testAccuracy(), 0.0);
        assertSame(lazy.network(), lazy.network());
    }
}
