package org.initlab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.bench.SweepBench.Measurement;
import org.initlab.io.Json;
import org.initlab.sweep.RunRecord;
import org.initlab.sweep.RunTask;
import org.initlab.sweep.SweepExecutors;
import org.initlab.sweep.SweepRun;
import org.initlab.testing.CliRun;
import org.initlab.testing.CliRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code initlab bench sweep}: its runs, its digest of outcomes, its report against the goals, its refusals. */
class SweepBenchTest {
    @TempDir
    Path dir;

    @Test
    void theRunsAreE3WithTheInitializersInTurnAndASeedEach() {
        List<RunTask> tasks = SweepBench.tasks(9, 2000);
        assertEquals(9, tasks.stream().map(RunTask::id).distinct().count());
        assertEquals(List.of("he", "xavier", "he-uniform", "orthogonal", "he"),
                tasks.subList(0, 5).stream().map(t -> t.axes().get(0).value()).toList());
        assertEquals(List.of(1L, 1L, 1L, 1L, 2L, 2L, 2L, 2L, 3L), tasks.stream().map(RunTask::seed).toList());
        assertEquals(List.of(2, 10, 5, 1), tasks.get(0).spec().layers());
        assertEquals(2000, tasks.get(0).spec().iterations());
        assertEquals("circles", tasks.get(0).spec().dataset());
    }

    @Test
    void theDigestIsTheSameInAnyOrderAndChangesWithAnyOutcome() {
        List<RunTask> tasks = SweepBench.tasks(3, 30);
        List<RunRecord> records = new ArrayList<>();
        tasks.forEach(t -> records.add(SweepRun.execute(t)));
        List<RunRecord> reversed = new ArrayList<>(records);
        java.util.Collections.reverse(reversed);
        assertEquals(SweepBench.digest(records), SweepBench.digest(reversed));
        RunRecord other = SweepRun.execute(SweepBench.tasks(3, 31).get(2));
        List<RunRecord> changed = new ArrayList<>(records.subList(0, 2));
        changed.add(new RunRecord(records.get(2).task(), other.outcome(), 0, "w"));
        assertNotEquals(SweepBench.digest(records), SweepBench.digest(changed));
    }

    @Test
    void theReportComparesEachWayWithItsGoal() {
        Measurement one = new Measurement("1 worker", 1, 100, 100, "d");
        Measurement all = new Measurement("all cores", 2, 100, 50, "d");
        Measurement spark = new Measurement("Spark local[*]", 2, 100, 80, "d");
        String report = SweepBench.report(one, all, spark);
        assertTrue(report.contains("2.00× 1 worker (goal ≥ 1.8×: met)"), report);
        assertTrue(report.contains("0.63× all cores (goal ≥ 0.8×: missed)"), report);
        assertTrue(report.contains("outcomes: the same bit for bit every way"), report);
        Measurement differs = new Measurement("Spark local[*]", 2, 100, 50, "e");
        assertFalse(SweepBench.sameOutcomes(one, all, differs));
        assertTrue(SweepBench.report(one, all, differs).contains("outcomes: DIFFER"));
    }

    @Test
    void theWarmFiguresAreLabelledComparedWithoutGoalsAndCheckedAgainstTheFreshOutcomes() {
        Measurement fresh = new Measurement("1 worker", 1, 100, 4, "d");
        Measurement one = new Measurement("1 worker", 1, 100, 3.8, "d");
        Measurement all = new Measurement("all cores", 2, 100, 1.9, "d");
        Measurement spark = new Measurement("Spark local[*]", 2, 100, 2.5, "d");
        String report = SweepBench.warmReport(fresh, one, all, spark);
        assertTrue(report.startsWith("warm JVM, not the goals' measure"), report);
        assertTrue(report.contains("2.00× 1 worker\n"), report);
        assertTrue(report.contains("0.76× all cores\n"), report);
        assertFalse(report.contains("goal ≥"), report);
        assertTrue(report.contains("outcomes: the same bit for bit as the fresh processes'"), report);
        assertTrue(SweepBench.warmReport(fresh, one, all, null).lines().noneMatch(l -> l.contains("Spark")));

        Measurement differs = new Measurement("all cores", 2, 100, 1.9, "e");
        assertTrue(SweepBench.warmReport(fresh, one, differs, spark).contains("outcomes: DIFFER from the fresh "
                + "processes' (digests d, e, d)"));
        assertFalse(SweepBench.sameOutcomes(java.util.Arrays.asList(fresh, null, differs)));
        assertTrue(SweepBench.sameOutcomes(java.util.Arrays.asList(fresh, null, one)));
    }

    @Test
    void timedRunsOnAnOpenExecutorGiveTheSameOutcomesAndOnlyTheRunsPart() {
        List<RunTask> tasks = SweepBench.tasks(4, 30);
        Measurement fresh = SweepBench.measure("pool:1", () -> SweepExecutors.local(1), tasks);
        try (var pool = SweepExecutors.local(2)) {
            pool.run(tasks, r -> { });
            Measurement again = SweepBench.timedRuns("warm-pool:2", pool, tasks);
            assertEquals(fresh.digest(), again.digest());
            assertEquals(List.of(SweepBench.RUNS), again.parts().stream().map(SweepBench.Part::name).toList());
            assertEquals(again.part(SweepBench.RUNS).wall(), again.seconds(), 0.0);
            assertEquals(4, again.runs());
            assertEquals(2, again.slots());
        }
    }

    @Test
    void aMeasurementTravelsAsALine() {
        Measurement m = SweepBench.measure("pool:2", () -> SweepExecutors.local(2), SweepBench.tasks(2, 20));
        assertEquals(m, Measurement.parse("noise\n" + m.line() + "\n"));
        Measurement other = m.named("all cores");
        assertEquals(List.of(m, other), Measurement.parseAll(m.line() + "\nnoise\n" + other.line() + "\n"));
        assertEquals(List.of(), Measurement.parseAll("noise\n"));
        assertEquals(2, m.runs());
        assertEquals(2, m.slots());
    }

    @Test
    void aMeasurementSaysWhereItsTimeWentAndItsProcessAddsItsLaunchAndExit() {
        // runs long enough for the process CPU clock, which ticks every 10 ms on Linux, to see them
        Measurement m = SweepBench.measure("pool:1", () -> SweepExecutors.local(1), SweepBench.tasks(3, 2000));
        assertEquals(List.of(SweepBench.START_UP, SweepBench.OPEN, SweepBench.RUNS, SweepBench.CLOSE),
                m.parts().stream().map(SweepBench.Part::name).toList());
        assertTrue(m.part(SweepBench.RUNS).wall() > 0 && m.part(SweepBench.RUNS).cpu() > 0, m.parts().toString());
        assertTrue(m.part(SweepBench.START_UP).cpu() > 0, "the JVM's CPU time before the sweep");
        double measured = m.parts().stream().mapToDouble(SweepBench.Part::wall).sum();
        assertEquals(m.seconds(), measured - m.part(SweepBench.START_UP).wall(), 1e-3, "open + runs + close");

        Measurement whole = m.ofProcess("1 worker", measured + 0.5);
        assertEquals(0.5, whole.part(SweepBench.EXIT).wall(), 1e-9);
        assertEquals(measured + 0.5, whole.seconds(), 1e-9);
        assertEquals(whole, Measurement.parse(whole.line()));
        String report = SweepBench.report(whole, whole, whole);
        assertTrue(report.contains("where the time went, wall s (CPU s of all the process's threads, of which the "
                + "JIT compilers'):"), report);
        SweepBench.Part runs = m.part(SweepBench.RUNS);
        assertTrue(runs.jit() >= 0 && runs.jit() <= runs.cpu() + 0.05, runs.toString());
        assertTrue(report.lines().anyMatch(l -> l.startsWith("  1 worker ") && l.contains(" ms")
                && l.contains(String.format(java.util.Locale.ROOT, "%.2f (%.2f, %.2f)", runs.wall(), runs.cpu(),
                runs.jit()))), report);
        assertTrue(report.contains("Spark took 0.0 s more than all cores; its goal allows "), report);
    }

    @Test
    void thePoolWaysRunInFreshProcessesAndAgree() {
        Path json = dir.resolve("sweep.json");
        Outcome o = CliRun.run("bench", "sweep", "--runs", "4", "--iterations", "40", "--spark", "none",
                "--json", json.toString());
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("1 worker (1 at once)"), o.out());
        assertTrue(o.out().contains("outcomes: the same bit for bit every way"), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("warm JVM, not the goals' measure")), o.out());
        assertTrue(o.out().contains("outcomes: the same bit for bit as the fresh processes'"), o.out());
        assertTrue(Files.exists(json));
        JsonNode result = Json.read(json);
        JsonNode warm = result.get("warmJvm");
        assertEquals(2, warm.get("ways").size(), warm.toString());
        assertTrue(warm.get("allCoresOverOneWorker").asDouble() > 0, warm.toString());
        assertTrue(result.get("sameOutcomes").asBoolean(), result.toString());
    }

    @Test
    void noWarmLeavesTheWarmFiguresOut() {
        Outcome o = CliRun.run("bench", "sweep", "--runs", "2", "--iterations", "20", "--spark", "none",
                "--no-warm");
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("  all cores ("), o.out());
        assertFalse(o.out().contains("warm JVM"), o.out());
    }

    @Test
    void aWayOfNoWorkersIsOneLineWithStatus2() {
        Outcome o = CliRun.run("bench", "sweep", "--way", "warm-pool:0");
        assertEquals(2, o.status(), o.err());
        assertEquals("initlab: --way warm-pool:0: must give a positive number of workers after warm-pool:",
                o.err().strip());
    }

    @Test
    void sparkWithoutTheSparkModuleIsOneLineWithStatus2() {
        Outcome o = CliRun.run("bench", "sweep", "--runs", "4", "--spark", "local[2]");
        assertEquals(2, o.status(), o.err());
        assertEquals("initlab: --spark local[2]: needs InitLab's optional spark module: build it once with "
                + "'mvn -B -q -Pspark -pl spark -am package -DskipTests' in InitLab's folder (README, Sweeps on "
                + "Spark)", o.err().strip());
        assertEquals("", o.out());
    }
}
