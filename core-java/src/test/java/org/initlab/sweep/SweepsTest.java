package org.initlab.sweep;

import org.initlab.init.Initializers;
import org.initlab.io.InputException;
import org.initlab.io.Manifest;
import org.initlab.spec.Axis;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.SweepSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Running a sweep: halving that retrains exactly, a folder that resumes, and one that is refused. */
class SweepsTest {
    private static final ExperimentSpec BASE = ExperimentSpec.builder().iterations(200).recordEvery(20).build();

    static SweepSpec.Builder small() {
        return SweepSpec.builder("small", BASE)
                .axis(Axis.init(Initializers.parse("he"), Initializers.parse("zeros"), Initializers.parse("xavier")))
                .axis(Axis.learningRate(0.01, 0.3))
                .seeds(1, 2);
    }

    @Test
    void aRunThatGoesOnToTheNextRungHasTheNumbersOfARunTrainedThatLongDirectly() {
        SweepSpec halving = small().halving(3, List.of(60, 180)).build();
        SweepResult h;
        try (SweepExecutor e = SweepExecutors.local(2)) {
            h = Sweeps.run(halving, e);
        }
        assertEquals(1, h.decisions().size());
        assertEquals(6, h.decisions().get(0).size());
        List<Configuration> on = h.decisions().get(0).stream().filter(RungDecision::continued)
                .map(RungDecision::configuration).toList();
        assertEquals(2, on.size());
        assertEquals(6 * 2 + 2 * 2, h.ran());
        SweepSpec direct = SweepSpec.builder("direct", BASE.toBuilder().iterations(180).build())
                .axis(halving.axis(org.initlab.spec.AxisKind.INIT)).axis(halving.axis(org.initlab.spec.AxisKind.LEARNING_RATE))
                .seeds(1, 2).validationFraction(SweepSpec.DEFAULT_VALIDATION).build();
        SweepResult d;
        try (SweepExecutor e = SweepExecutors.local(1)) {
            d = Sweeps.run(direct, e);
        }
        for (Configuration c : on) {
            for (long seed : List.of(1L, 2L)) {
                RunRecord continued = h.records().get(RunTask.id(c.id(), seed, 1));
                RunRecord first = h.records().get(RunTask.id(c.id(), seed, 0));
                RunRecord straight = d.finals().stream().filter(r -> r.task().seed() == seed
                        && r.task().axes().equals(c.axes())).findFirst().orElseThrow();
                assertEquals(straight.outcome(), continued.outcome(), c.axes() + " seed " + seed);
                assertTrue(first.outcome().trace().isPrefixOf(continued.outcome().trace()));
                assertEquals(3, first.outcome().trace().size());
                assertEquals(9, continued.outcome().trace().size());
            }
        }
        long stopped = h.summaries().stream().filter(s -> s.rung() == 0).count();
        assertEquals(4, stopped);
        assertEquals(1, h.summaries().stream().filter(ConfigSummary::best).count());
        assertEquals(1, h.best().rung());
    }

    @Test
    void aSweepInAFolderResumesWithoutRunningARecordedRunAgain(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("sweep");
        SweepSpec spec = small().build();
        SweepPlan plan = SweepPlan.of(spec, new SweepData());
        List<RunTask> all = plan.tasks();
        try (SweepFolder f = SweepFolder.open(out, "out", plan); SweepExecutor e = SweepExecutors.local(2)) {
            e.run(all.subList(0, 5), f::write);
        }
        Map<String, byte[]> before = new java.util.HashMap<>();
        for (RunTask t : all.subList(0, 5)) {
            before.put(t.id(), Files.readAllBytes(out.resolve("runs/" + t.id() + ".json")));
        }
        Files.writeString(out.resolve("runs/.x.json.123.tmp"), "partial");
        SweepResult r;
        try (SweepFolder f = SweepFolder.open(out, "out", SweepPlan.of(spec, new SweepData()));
             SweepExecutor e = SweepExecutors.local(2)) {
            r = Sweeps.run(plan, e, f, SweepListener.NONE);
            List<String> files = SweepTables.write(r, f);
            f.commit(plan, files);
        }
        assertEquals(5, r.recorded());
        assertEquals(7, r.ran());
        for (Map.Entry<String, byte[]> b : before.entrySet()) {
            assertTrue(java.util.Arrays.equals(b.getValue(), Files.readAllBytes(out.resolve("runs/" + b.getKey()
                    + ".json"))), b.getKey() + " was written again");
        }
        assertFalse(Files.exists(out.resolve("runs/.x.json.123.tmp")));
        Manifest.verify(out.resolve("manifest.json"));
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals("config,init,learning_rate,seed,rung,trained,final_cost,train_accuracy,test_accuracy,"
                + "validation_cost,diverged,diverged_at,seconds,worker", runs.get(0));
        assertEquals(13, runs.size());
        assertTrue(runs.get(5).matches("[0-9a-f]{12},zeros,0\\.01,1,0,200,0\\.6931471805599453,0\\.5,0\\.5,nan,"
                + "false,-1,.*"), runs.get(5));
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(7, summary.size());
        assertEquals(1, summary.stream().filter(l -> l.endsWith(",true")).count());
        try (SweepFolder f = SweepFolder.open(out, "out", plan); SweepExecutor e = SweepExecutors.local(1)) {
            SweepResult again = Sweeps.run(plan, e, f, SweepListener.NONE);
            assertEquals(0, again.ran());
            assertEquals(r.summaries(), again.summaries());
        }
    }

    @Test
    void aFolderOfAnotherSweepOrOfSomethingElseIsRefused(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("sweep");
        SweepPlan plan = SweepPlan.of(small().build(), new SweepData());
        try (SweepFolder f = SweepFolder.open(out, "out", plan)) {
            assertTrue(Files.isRegularFile(f.dir().resolve("sweep.json")));
        }
        assertFalse(Files.exists(out), "a folder a sweep created and wrote no run into is removed again");
        try (SweepFolder f = SweepFolder.open(out, "out", plan); SweepExecutor e = SweepExecutors.local(2)) {
            assertEquals(out, f.dir());
            InputException twice = assertThrows(InputException.class, () -> SweepFolder.open(out, "out", plan));
            assertTrue(twice.getMessage().contains("in use by another InitLab run"), twice.getMessage());
            Sweeps.run(plan, e, f, SweepListener.NONE);
        }
        SweepPlan other = SweepPlan.of(small().seeds(1, 2, 3).build(), new SweepData());
        InputException e = assertThrows(InputException.class, () -> SweepFolder.open(out, "out", other));
        assertEquals("out", e.field());
        assertEquals("out " + out + ": holds a different sweep (seeds [1,2] in the folder, [1,2,3] asked); give "
                + "another folder, or remove this one to start again", e.getMessage());
        SweepPlan longer = SweepPlan.of(SweepSpec.builder("small", BASE.toBuilder().iterations(300).build())
                .axis(Axis.init(Initializers.parse("he"), Initializers.parse("zeros"), Initializers.parse("xavier")))
                .axis(Axis.learningRate(0.01, 0.3)).seeds(1, 2).build(), new SweepData());
        InputException nested = assertThrows(InputException.class, () -> SweepFolder.open(out, "out", longer));
        assertTrue(nested.getMessage().contains("(base.iterations 200 in the folder, 300 asked)"), nested.getMessage());
        SweepPlan otherRates = SweepPlan.of(SweepSpec.builder("small", BASE)
                .axis(Axis.init(Initializers.parse("he"), Initializers.parse("zeros"), Initializers.parse("xavier")))
                .axis(Axis.learningRate(0.01, 0.1)).seeds(1, 2).build(), new SweepData());
        InputException axis = assertThrows(InputException.class, () -> SweepFolder.open(out, "out", otherRates));
        assertTrue(axis.getMessage().contains("(axes[1].values [\"0.01\",\"0.3\"] in the folder, [\"0.01\",\"0.1\"] "
                + "asked)"), axis.getMessage());
        Path mine = tmp.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("notes.txt"), "mine");
        InputException notSweep = assertThrows(InputException.class, () -> SweepFolder.open(mine, "out", plan));
        assertTrue(notSweep.getMessage().startsWith("out " + mine + ": not a sweep's folder (no sweep.json)"),
                notSweep.getMessage());
        assertEquals("mine", Files.readString(mine.resolve("notes.txt")));
        assertFalse(Files.exists(tmp.resolve(".mine.lock")));
    }
}
