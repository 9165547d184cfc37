package org.initlab.sweep;

import org.initlab.experiment.Experiments;
import org.initlab.init.Initializers;
import org.initlab.io.InputException;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitSpec;
import org.initlab.train.CostPoint;
import org.initlab.train.RunResult;
import org.initlab.train.Trainer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run travels as text, runs anywhere from its task alone, and gives the numbers a plain training gives. */
class SeamTest {
    static RunTask task(String init, long seed, int iterations, double validation) {
        ExperimentSpec spec = ExperimentSpec.builder().name("seam").init(Initializers.parse(init)).iterations(iterations)
                .printEvery(0).recordEvery(50).build();
        return new RunTask(init.replaceAll("[^a-z]", "") + "-000000", List.of(new Setting("init", init)), SpecText.of(spec), seed, 0, validation);
    }

    @Test
    void everyExperimentAndInitializerReadsBackFromItsText() {
        for (String name : Experiments.names()) {
            ExperimentSpec spec = Experiments.get(name);
            assertEquals(spec, SpecText.spec(SpecText.of(spec), spec.seed()), name);
        }
        for (String init : List.of("he", "normal:0.01", "lsuv", "orthogonal", "he-uniform",
                "variance-scaling:scale=2,mode=fan_out", "kaiming-normal:mode=fan_out,nonlinearity=relu")) {
            ExperimentSpec spec = ExperimentSpec.builder().init(Initializers.parse(init)).lambda(0.1).build();
            assertEquals(spec, SpecText.spec(SpecText.of(spec), 3), init);
        }
    }

    @Test
    void aUsersOwnInitializerCannotBeSweptAndSaysWhy() {
        ExperimentSpec spec = ExperimentSpec.builder()
                .init(new InitSpec.Custom(new org.deeplearning4j.nn.weights.WeightInitXavier(), "mine")).build();
        InputException e = assertThrows(InputException.class, () -> SpecText.of(spec));
        assertEquals("init", e.field());
        assertTrue(e.getMessage().startsWith("init mine: a user's own DL4J initializer cannot be swept"), e.getMessage());
    }

    @Test
    void aBadFieldIsNamed() {
        InputException e = assertThrows(InputException.class,
                () -> SpecText.spec(List.of(new Setting("learningRate", "fast")), 1));
        assertEquals("learningRate fast: not a number", e.getMessage());
        assertEquals("depht", assertThrows(InputException.class,
                () -> SpecText.spec(List.of(new Setting("depht", "3")), 1)).field());
    }

    @Test
    void aRunGivesTheNumbersOfThePlainTrainingOfItsSpecification() {
        RunTask t = task("he", 3, 400, 0);
        RunRecord r = SweepRun.execute(t);
        RunResult plain = Trainer.run(t.spec());
        assertEquals(plain.trainAccuracy(), r.outcome().trainAccuracy());
        assertEquals(plain.testAccuracy(), r.outcome().testAccuracy());
        List<CostPoint> costs = plain.costs();
        assertEquals(costs.size(), r.outcome().trace().size());
        for (int i = 0; i < costs.size(); i++) {
            assertEquals(costs.get(i).iteration(), r.outcome().trace().iteration(i));
            assertEquals(costs.get(i).cost(), r.outcome().trace().cost(i));
        }
        assertEquals(8, costs.size());
        assertFalse(r.outcome().diverged());
        assertTrue(Double.isNaN(r.outcome().validationCost()));
        assertTrue(r.outcome().finalCost() < costs.get(0).cost(), r.outcome().toString());
    }

    @Test
    void aTaskRunsTheSameAfterTravellingAsBytes() throws Exception {
        RunTask t = task("lsuv", 5, 200, 0.2);
        RunTask back = (RunTask) roundTrip(t);
        assertEquals(t, back);
        RunRecord here = SweepRun.execute(t);
        RunRecord there = (RunRecord) roundTrip(SweepRun.execute(back, new SweepData()));
        assertEquals(here.outcome(), there.outcome());
        assertEquals(t, there.task());
        assertFalse(Double.isNaN(here.outcome().validationCost()));
    }

    @Test
    void theValidationShareIsHeldOutOfTraining() {
        RunRecord all = SweepRun.execute(task("he", 3, 300, 0));
        RunRecord held = SweepRun.execute(task("he", 3, 300, 0.2));
        ExperimentSpec first240 = task("he", 3, 300, 0).spec().toBuilder().trainSize(240).build();
        RunResult plain = Trainer.run(first240);
        assertEquals(plain.trainAccuracy(), held.outcome().trainAccuracy());
        assertEquals(plain.testAccuracy(), held.outcome().testAccuracy());
        assertFalse(all.outcome().equals(held.outcome()));
    }

    @Test
    void aRunWhoseParametersBlowUpIsARecordThatSaysItDiverged() {
        ExperimentSpec spec = ExperimentSpec.builder().name("blow-up").layers(2, 10, 10, 10, 10, 10, 1)
                .lambda(1e5).learningRate(1).iterations(50).printEvery(0).recordEvery(1).build();
        RunRecord r = SweepRun.execute(new RunTask("b10b10b10b10", List.of(), SpecText.of(spec), 1, 0, 0));
        assertTrue(r.outcome().diverged(), r.outcome().toString());
        assertEquals(5, r.outcome().divergedAt());
        assertEquals(6, r.outcome().trace().size(), "the costs of iterations 0 to 5");
        assertTrue(Double.isNaN(r.outcome().testAccuracy()));
        assertTrue(Double.isNaN(r.outcome().finalCost()));
    }

    @Test
    void oneWorkerAndTwoGiveTheSameNumbersBitForBit() {
        List<RunTask> tasks = new ArrayList<>();
        for (String init : List.of("he", "zeros", "lsuv")) {
            for (long seed = 1; seed <= 3; seed++) {
                tasks.add(task(init, seed, 150, 0.1));
            }
        }
        List<RunRecord> one = new ArrayList<>();
        List<RunRecord> two = new ArrayList<>();
        try (SweepExecutor e = SweepExecutors.local(1)) {
            e.run(tasks, one::add);
        }
        try (SweepExecutor e = SweepExecutors.local(2)) {
            e.run(tasks, two::add);
        }
        assertEquals(tasks.size(), one.size());
        assertEquals(tasks.size(), two.size());
        for (RunTask t : tasks) {
            RunOutcome a = one.stream().filter(r -> r.task().equals(t)).findFirst().orElseThrow().outcome();
            RunOutcome b = two.stream().filter(r -> r.task().equals(t)).findFirst().orElseThrow().outcome();
            assertEquals(a, b, t.id());
        }
        assertEquals(9, tasks.stream().map(RunTask::id).distinct().count());
    }

    @Test
    void aFailingTaskStopsThePoolWithItsOwnError() {
        ExperimentSpec spec = ExperimentSpec.builder().layers(3, 4, 1).iterations(10).printEvery(0).build();
        List<RunTask> tasks = List.of(task("he", 1, 10, 0),
                new RunTask("badbadbadbad", List.of(), SpecText.of(spec), 1, 0, 0));
        try (SweepExecutor e = SweepExecutors.local(2)) {
            InputException ex = assertThrows(InputException.class, () -> e.run(tasks, r -> { }));
            assertEquals("layers", ex.field());
        }
    }

    @Test
    void noRunnerNamedSparkIsOnTheCoresClassPath() {
        assertTrue(SweepExecutors.provider("spark").isEmpty());
    }

    private static Object roundTrip(Object o) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
