package org.initlab.spark;

import org.initlab.init.Initializers;
import org.initlab.io.InputException;
import org.initlab.spec.ExperimentSpec;
import org.initlab.sweep.RunOutcome;
import org.initlab.sweep.RunRecord;
import org.initlab.sweep.RunTask;
import org.initlab.sweep.Setting;
import org.initlab.sweep.SpecText;
import org.initlab.sweep.SweepExecutor;
import org.initlab.sweep.SweepExecutors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spark runs the pool's runs: the same records, bit for bit, found by the core as the runner called spark. */
class SparkMatchesLocalPoolTest {
    private static RunTask task(String init, String activation, int depth, long seed) {
        int[] layers = new int[depth + 2];
        layers[0] = 2;
        for (int i = 1; i <= depth; i++) {
            layers[i] = 5;
        }
        layers[depth + 1] = 1;
        ExperimentSpec spec = ExperimentSpec.builder().name("spark-sweep").init(Initializers.parse(init))
                .layers(layers).hidden(org.initlab.spec.Activation.parse(activation)).iterations(120)
                .printEvery(0).recordEvery(20).build();
        return new RunTask(String.format("%012x", (init + activation + depth).hashCode() & 0xffffffffL),
                List.of(new Setting("init", init), new Setting("activation", activation),
                        new Setting("hiddenLayers", Integer.toString(depth))),
                SpecText.of(spec), seed, 0, 0.1);
    }

    private static List<RunTask> tasks() {
        List<RunTask> tasks = new ArrayList<>();
        for (String init : List.of("he", "zeros", "lsuv", "normal:10")) {
            for (String activation : List.of("relu", "tanh")) {
                for (long seed = 1; seed <= 2; seed++) {
                    tasks.add(task(init, activation, init.equals("he") ? 4 : 2, seed));
                }
            }
        }
        return tasks;
    }

    private static Map<String, RunOutcome> run(SweepExecutor executor, List<RunTask> tasks) {
        List<RunRecord> records = new ArrayList<>();
        try (executor) {
            executor.run(tasks, records::add);
        }
        assertEquals(tasks.size(), records.size(), executor.describe());
        return records.stream().collect(Collectors.toMap(r -> r.task().id(), RunRecord::outcome));
    }

    private static SweepExecutor spark(String master) {
        return SweepExecutors.provider("spark").orElseThrow().open(master);
    }

    @Test
    void sparkLocal2GivesTheRecordsOfOneAndTwoLocalWorkersBitForBit() {
        List<RunTask> tasks = tasks();
        Map<String, RunOutcome> one = run(SweepExecutors.local(1), tasks);
        Map<String, RunOutcome> two = run(SweepExecutors.local(2), tasks);
        Map<String, RunOutcome> spark = run(spark("local[2]"), tasks);
        assertEquals(tasks.stream().map(RunTask::id).collect(Collectors.toSet()), spark.keySet());
        for (RunTask t : tasks) {
            assertEquals(one.get(t.id()), two.get(t.id()), t.id());
            assertEquals(one.get(t.id()), spark.get(t.id()), t.id());
        }
        assertTrue(spark.values().stream().anyMatch(RunOutcome::diverged)
                        || spark.values().stream().map(RunOutcome::testAccuracy).distinct().count() > 3,
                "the runs differ from one another: " + spark.values().stream().map(RunOutcome::testAccuracy)
                        .collect(Collectors.toList()));
    }

    @Test
    void theExecutorSaysWhereItRunsAndHowManyAtOnce() {
        try (SweepExecutor e = spark("local[2]")) {
            assertEquals(2, e.parallelism());
            assertEquals("Spark local[2], 2 task slots", e.describe());
            List<RunRecord> records = new ArrayList<>();
            e.run(List.of(), records::add);
            e.run(List.of(task("he", "relu", 2, 7)), records::add);
            e.run(List.of(task("he", "relu", 2, 8)), records::add); // one context, a job per rung
            assertEquals(List.of("s7", "s8"), records.stream().map(r -> "s" + r.task().seed()).toList());
        }
    }

    @Test
    void aTaskThatCannotRunStopsTheSweepWithItsOwnError() {
        ExperimentSpec spec = ExperimentSpec.builder().layers(3, 4, 1).iterations(10).printEvery(0).build();
        List<RunTask> tasks = List.of(task("he", "relu", 2, 1),
                new RunTask("badbadbadbad", List.of(), SpecText.of(spec), 1, 0, 0));
        try (SweepExecutor e = spark("local[2]")) {
            InputException ex = assertThrows(InputException.class, () -> e.run(tasks, r -> { }));
            assertEquals("layers", ex.field());
        }
    }

    @Test
    void aMalformedMasterIsAnErrorAboutTheFieldSpark() {
        InputException e = assertThrows(InputException.class, () -> spark("local[two]"));
        assertEquals("spark", e.field());
        Function<String, String> flag = f -> "--" + f;
        assertEquals("--spark local[two]: not a Spark master: give local[*], local[N] or spark://HOST:PORT",
                e.message(flag::apply));
    }
}
