package org.initlab.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.initlab.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sweep's folder where a user's folder, a stop at the wrong moment or another version meets it. */
class SweepFolderEdgesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static SweepPlan plan() {
        return SweepPlan.of(SweepsTest.small().build(), new SweepData());
    }

    /** Runs {@code plan} into the folder {@code out} on one worker. */
    static SweepResult sweepInto(Path out, SweepPlan plan) {
        try (SweepFolder f = SweepFolder.open(out, "out", plan); SweepExecutor e = SweepExecutors.local(1)) {
            return Sweeps.run(plan, e, f, SweepListener.NONE);
        }
    }

    /** Rewrites {@code out}'s sweep.json with {@code edit}, and drops the manifest that would refuse the edit first. */
    static Path editDescription(Path out, java.util.function.Consumer<ObjectNode> edit) throws Exception {
        Path sweep = out.resolve(SweepFolder.SWEEP_FILE);
        ObjectNode held = (ObjectNode) MAPPER.readTree(sweep.toFile());
        edit.accept(held);
        Files.writeString(sweep, MAPPER.writeValueAsString(held));
        Files.deleteIfExists(out.resolve("manifest.json"));
        return sweep;
    }

    @Test
    void aSweepThatWritesNoRunLeavesTheEmptyFolderTheUserGaveInPlace(@TempDir Path tmp) throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        try (SweepFolder f = SweepFolder.open(mine, "out", plan())) {
            assertTrue(Files.isRegularFile(f.dir().resolve(SweepFolder.SWEEP_FILE)));
        }
        assertTrue(Files.isDirectory(mine), "the user's folder stays");
        try (var s = Files.list(mine)) {
            assertEquals(List.of(), s.toList(), "and holds nothing of the sweep that did not run");
        }
    }

    @Test
    void aFolderStoppedAfterItsDescriptionAndBeforeItsRunsFolderResumes(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("s");
        SweepPlan plan = plan();
        sweepInto(out, plan);
        Path stopped = Files.createDirectories(tmp.resolve("stopped"));
        Files.copy(out.resolve(SweepFolder.SWEEP_FILE), stopped.resolve(SweepFolder.SWEEP_FILE));
        assertEquals(plan.tasks().size(), sweepInto(stopped, plan).ran(), "every run, none recorded before");
        assertTrue(Files.isDirectory(stopped.resolve(SweepFolder.RUNS)));
    }

    @Test
    void aFolderWhoseRunsAnotherVersionMadeIsNotResumed(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("s");
        SweepPlan plan = plan();
        sweepInto(out, plan);
        editDescription(out, held -> ((ObjectNode) held.get("versions")).put("initlab", "0.0.9"));
        InputException e = assertThrows(InputException.class, () -> SweepFolder.open(out, "out", plan));
        assertEquals("out", e.field());
        assertTrue(e.getMessage().contains("its runs were made with initlab 0.0.9, this is "), e.getMessage());
    }

    @Test
    void aDescriptionWithoutTheDataSetsSizesIsAnErrorAboutTheFile(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("s");
        SweepPlan plan = plan();
        sweepInto(out, plan);
        Path sweep = editDescription(out, held -> held.putObject("data_sizes"));
        InputException e = assertThrows(InputException.class, () -> SweepFolder.load(out));
        assertTrue(e.getMessage().startsWith(sweep + ": not a sweep's description (data_sizes has no entry for "),
                e.getMessage());
    }

    @Test
    void aRunThatFailsInsideThePoolWithAnInternalErrorIsNamed() {
        List<RunTask> tasks = plan().tasks();
        RunTask failing = tasks.get(3);
        try (LocalPool pool = new LocalPool(2, (t, data) -> {
            if (t.equals(failing)) {
                throw new ArithmeticException("a bug");
            }
            return SweepRun.execute(t, data);
        })) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.run(tasks, r -> { }));
            assertEquals("run " + failing.id() + " failed: java.lang.ArithmeticException: a bug", e.getMessage());
        }
    }

    @Test
    void aRunWithBadInputInsideThePoolThrowsItsOwnError() {
        RunTask good = plan().tasks().get(0);
        List<Setting> fields = new ArrayList<>();
        for (Setting s : good.fields()) {
            fields.add(s.field().equals("iterations") ? new Setting("iterations", "many") : s);
        }
        RunTask bad = new RunTask(good.configId(), good.axes(), fields, good.seed(), good.rung(),
                good.validationFraction());
        try (SweepExecutor pool = SweepExecutors.local(2)) {
            InputException e = assertThrows(InputException.class, () -> pool.run(List.of(bad), r -> { }));
            assertEquals("iterations many: not a whole number", e.getMessage());
        }
    }
}
