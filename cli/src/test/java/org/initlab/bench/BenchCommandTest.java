package org.initlab.bench;

import org.initlab.io.FolderLock;
import org.initlab.testing.CliRun;
import org.initlab.testing.CliRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code initlab bench}'s refusals: one line on stderr, exit status 2, before anything is timed. */
class BenchCommandTest {
    @TempDir
    Path dir;

    static Outcome run(String... args) {
        return CliRun.run(args);
    }

    /** The test holds the lock of the file as another run would: each benchmark is refused before it times anything. */
    @Test
    void aJsonAnotherRunIsWritingIsRefusedBeforeAnythingIsTimed() {
        Path json = dir.resolve("bench.json");
        String[][] commands = {
            {"bench", "he", "--python", "/nonexistent/python3"},
            {"bench", "main-command", "--python", "/nonexistent/python3", "--no-first-run"},
            {"bench", "sweep", "--spark", "none", "--runs", "1", "--iterations", "1"},
        };
        try (FolderLock held = FolderLock.acquire(json, "json")) {
            for (String[] command : commands) {
                List<String> args = new ArrayList<>(List.of(command));
                args.addAll(List.of("--json", json.toString()));
                Outcome o = run(args.toArray(String[]::new));
                assertEquals(2, o.status(), String.join(" ", command) + ": " + o.err());
                assertEquals(List.of("initlab: --json " + json + ": in use by another InitLab run (pid "
                        + ProcessHandle.current().pid() + ")"), o.err().lines().toList(), String.join(" ", command));
                assertEquals("", o.out(), "nothing timed");
                assertFalse(Files.exists(json), "nothing written");
            }
            assertTrue(Files.exists(held.file()), "the holder's lock is left alone");
        }
    }

    @Test
    void aMissingPythonIsOneLineWithStatus2() {
        Path json = dir.resolve("bench.json");
        Outcome o = run("bench", "he", "--python", "/nonexistent/python3", "--json", json.toString());
        assertEquals(2, o.status(), o.err());
        assertEquals("initlab: --python /nonexistent/python3: cannot run it (No such file or directory); "
                + "the benchmark needs Python 3 with numpy", o.err().strip());
        assertEquals("", o.out());
        assertFalse(Files.exists(json), "nothing written");
    }

    @Test
    void aPythonWithoutNumpyIsOneLineWithStatus2() throws IOException {
        Path python = dir.resolve("python3");
        Files.writeString(python, "#!/bin/sh\necho \"ModuleNotFoundError: No module named 'numpy'\" >&2\nexit 3\n");
        Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwx------"));
        Outcome o = run("bench", "zeros", "--python", python.toString());
        assertEquals(2, o.status(), o.err());
        assertEquals("initlab: --python " + python + ": numpy is not installed; the benchmark needs it",
                o.err().strip());
    }

    @Test
    void anUnknownExperimentIsRefusedBeforePythonIsLookedFor() {
        Outcome o = run("bench", "cat", "--python", "/nonexistent/python3");
        assertEquals(2, o.status(), o.err());
        assertEquals("initlab: unknown experiment 'cat' for the benchmark: expected one of zeros, random, he, noreg, "
                + "l2, dropout, deep-cat, mnist-large, mnist-scaled", o.err().strip());
    }

    @Test
    void aRepeatBelowOneIsRefused() {
        Outcome o = run("bench", "he", "--repeat", "0");
        assertEquals(2, o.status(), o.err());
        assertEquals("initlab: --repeat 0: must be positive", o.err().strip());
    }

    @Test
    void anUnknownPeerIsRefused() {
        Outcome o = run("bench", "he", "--peers", "numpy,jax");
        assertEquals(2, o.status(), o.err());
        assertEquals("initlab: --peers numpy,jax: unknown peer 'jax' (expected numpy, torch or dl4j)", o.err().strip());
    }

    @Test
    void dl4jEpochsBelowOneAreRefused() {
        Outcome o = run("bench", "mnist-large", "--dl4j-epochs", "0");
        assertEquals(2, o.status(), o.err());
        assertEquals("initlab: --dl4j-epochs 0: must be positive", o.err().strip());
    }
}
