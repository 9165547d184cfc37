package org.initlab.train;

import org.initlab.data.Dataset;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@code recordEvery}: both engines report the cost at every iteration {@code t} with {@code t % recordEvery == 0}
 * or {@code t % printEvery == 0}, the same costs at the same iterations, and the printed iterations' costs are those
 * of the run without it.
 */
class RecordEveryTest {
    private static final ExperimentSpec SPEC = ExperimentSpec.builder().name("he").iterations(25).printEvery(10)
            .recordEvery(4).build();

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = EngineKind.class, names = {"FAST", "DL4J"})
    void eachEngineRecordsEveryRecordEveryAndEveryPrintEveryIteration(EngineKind engine) {
        RunResult r = Trainer.run(SPEC.toBuilder().engine(engine).build(), CourseData.circles());
        assertEquals(engine.name().toLowerCase(java.util.Locale.ROOT), r.engine());
        assertEquals(List.of(0L, 4L, 8L, 10L, 12L, 16L, 20L, 24L), iterations(r));
    }

    @Test
    void bothEnginesGiveTheSameCostsAtTheRecordedIterations() {
        RunResult fast = Trainer.run(SPEC.toBuilder().engine(EngineKind.FAST).build(), CourseData.circles());
        RunResult dl4j = Trainer.run(SPEC.toBuilder().engine(EngineKind.DL4J).build(), CourseData.circles());
        assertEquals(iterations(dl4j), iterations(fast));
        for (int i = 0; i < fast.costs().size(); i++) {
            double d = dl4j.costs().get(i).cost();
            assertEquals(d, fast.costs().get(i).cost(), 1e-12 * Math.abs(d), "cost at " + iterations(fast).get(i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = EngineKind.class, names = {"FAST", "DL4J"})
    void thePrintedIterationsKeepTheCostsOfTheRunWithoutIt(EngineKind engine) {
        Dataset football = CourseData.football();
        ExperimentSpec printed = ExperimentSpec.builder().name("noreg").dataset("football").layers(2, 20, 3, 1)
                .init(InitScheme.XAVIER).learningRate(0.3).iterations(60).printEvery(20).engine(engine).build();
        RunResult without = Trainer.run(printed, football);
        RunResult with = Trainer.run(printed.toBuilder().recordEvery(7).build(), football);
        List<CostPoint> printedOnly = with.costs().stream().filter(p -> p.iteration() % 20 == 0).toList();
        assertEquals(without.costs(), printedOnly);
        assertEquals(List.of(0L, 7L, 14L, 20L, 21L, 28L, 35L, 40L, 42L, 49L, 56L), iterations(with));
        assertEquals(without.trainAccuracy(), with.trainAccuracy());
        assertEquals(without.testAccuracy(), with.testAccuracy());
    }

    @Test
    void recordEveryWorksWithoutPrintingAndNothingIsRecordedWhenBothAreZero() {
        ExperimentSpec silent = SPEC.toBuilder().printEvery(0).recordEvery(0).engine(EngineKind.FAST).build();
        assertEquals(List.of(), Trainer.run(silent, CourseData.circles()).costs());
        ExperimentSpec recordedOnly = silent.toBuilder().recordEvery(6).build();
        assertEquals(List.of(0L, 6L, 12L, 18L, 24L), iterations(Trainer.run(recordedOnly, CourseData.circles())));
    }

    @Test
    void zeroMeansAsPrintEveryAndTheConfigurationNamesItOnlyWhenSet() {
        ExperimentSpec plain = SPEC.toBuilder().recordEvery(0).build();
        assertEquals(10, plain.recordInterval());
        assertFalse(plain.describe().containsKey("record_every"), "manifests of runs without it are unchanged");
        assertEquals(4, SPEC.describe().get("record_every"));
        List<Long> recorded = new ArrayList<>();
        for (long t = 0; t < 25; t++) {
            if (SPEC.recordsAt(t)) {
                recorded.add(t);
            }
        }
        assertEquals(List.of(0L, 4L, 8L, 10L, 12L, 16L, 20L, 24L), recorded);
        assertFalse(SPEC.printsAt(4));
    }

    private static List<Long> iterations(RunResult r) {
        return r.costs().stream().map(CostPoint::iteration).toList();
    }
}
