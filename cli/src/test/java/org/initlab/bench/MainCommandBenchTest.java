package org.initlab.bench;

import org.initlab.io.AtomicFiles;

import org.initlab.testing.CliRun;
import org.initlab.testing.CliRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code initlab bench main-command}: a bad option is refused in one line; a peer that cannot run is reported with
 * how to install it (the bench then times InitLab alone, and does not fail); the folders it makes for a fresh clone.
 */
class MainCommandBenchTest {
    @TempDir
    Path dir;

    @Test
    void mainCommandIsABenchEntryOfItsOwn() {
        Outcome o = CliRun.run("bench", "main-command", "--help");
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("--python=PATH"), o.out());
        assertTrue(o.out().contains("--no-first-run"), o.out());
    }

    @Test
    void aRepeatBelowOneIsRefused() {
        Outcome o = CliRun.run("bench", "main-command", "--repeat", "0");
        assertEquals(2, o.status(), o.err());
        assertEquals("initlab: --repeat 0: must be positive", o.err().strip());
    }

    @Test
    void aPythonWithoutMatplotlibIsReportedWithHowToInstallIt() throws IOException {
        Path python = dir.resolve("python3");
        Files.writeString(python, "#!/bin/sh\necho \"ModuleNotFoundError: No module named 'matplotlib'\" >&2\nexit 4\n");
        Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwx------"));
        Path script = Files.writeString(dir.resolve("he_with_plots.py"), "");
        PlotsPeer.Found f = PlotsPeer.find(python.toString(), script);
        assertTrue(f.peer().isEmpty());
        assertEquals(python + " has no matplotlib: install numpy and matplotlib for it (Debian: apt-get install "
                + "python3-matplotlib, then --python /usr/bin/python3)", f.problem());
    }

    @Test
    void aMissingInterpreterOrScriptIsReportedTheSameWay() throws IOException {
        Path script = Files.writeString(dir.resolve("he_with_plots.py"), "");
        assertEquals("/nonexistent/python3 cannot run: install numpy and matplotlib for it (Debian: apt-get install "
                + "python3-matplotlib, then --python /usr/bin/python3)",
                PlotsPeer.find("/nonexistent/python3", script).problem());
        assertEquals("--peer " + dir.resolve("none.py") + ": no such file (the Python peer, he_with_plots.py)",
                PlotsPeer.find(null, dir.resolve("none.py")).problem());
    }

    @Test
    void theFreshCloneSeesEveryArtifactButInitLabsAndDeletingItKeepsThem() throws IOException {
        Path user = dir.resolve("user");
        Files.createDirectories(user.resolve("org/initlab/initlab-core"));
        Files.createDirectories(user.resolve("org/nd4j/nd4j-api"));
        Files.createDirectories(user.resolve("com/google"));
        Files.writeString(user.resolve("org/nd4j/nd4j-api/a.jar"), "jar");
        Path fresh = MainCommandBench.linkAllButInitLab(user, dir.resolve("fresh/repository"));
        assertTrue(Files.isRegularFile(fresh.resolve("org/nd4j/nd4j-api/a.jar")));
        assertTrue(Files.isDirectory(fresh.resolve("com/google")));
        assertFalse(Files.exists(fresh.resolve("org/initlab")));
        AtomicFiles.deleteTree(dir.resolve("fresh"));
        assertFalse(Files.exists(dir.resolve("fresh")));
        assertTrue(Files.isRegularFile(user.resolve("org/nd4j/nd4j-api/a.jar")), "the user's artifacts stay");
    }

    @Test
    void theFreshCloneHasAUserHomeOfItsOwn() {
        assertEquals("-Xmx2g -Duser.home=/tmp/h", MainCommandBench.withUserHome("-Duser.home=/me -Xmx2g", Path.of("/tmp/h")));
        assertEquals("-Duser.home=/tmp/h", MainCommandBench.withUserHome(null, Path.of("/tmp/h")));
    }
}
