package org.initlab.cli;

import org.initlab.testing.CliRun;
import org.initlab.testing.CliRun.Outcome;
import org.initlab.testing.DamagedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failures that are not bad input: an internal error (here the standard output failing under the run, as when an
 * embedding program's console stream breaks) and a diverged run. Both exit with status 1 and one line on stderr;
 * only {@code --debug} adds the stack trace.
 */
class CliFaultsTest {
    private static final String BROKEN = "the standard output is gone";

    @TempDir
    Path dir;

    @Test
    void anInternalErrorIsOneLineWithoutAStackTraceAndStatus1() {
        Outcome o = CliRun.run(brokenStdout(), "train", "--iterations", "5", "--out", dir.resolve("run").toString(),
                "--json", dir.resolve("run.json").toString());

        assertEquals(1, o.status(), o.err());
        assertEquals("initlab: internal error: java.lang.IllegalStateException: " + BROKEN
                + " (run again with --debug for details)\n", o.err());
        assertEquals(Map.of(), DamagedFiles.snapshot(dir), "no output");
    }

    @Test
    void withDebugAnInternalErrorShowsItsStackTraceThenTheLine() {
        Outcome o = CliRun.run(brokenStdout(), "train", "--iterations", "5", "--debug");

        assertEquals(1, o.status(), o.err());
        List<String> lines = o.err().lines().toList();
        assertEquals("java.lang.IllegalStateException: " + BROKEN, lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("\tat org.initlab.experiment.CoursePrinter.cost(")), o.err());
        assertEquals("initlab: internal error: java.lang.IllegalStateException: " + BROKEN,
                lines.get(lines.size() - 1));
    }

    @Test
    void aDivergedRunIsOneLineNamingTheIterationWithStatus1AndNoOutput() {
        Outcome o = CliRun.run("train", "--init", "random", "--lr", "1e306", "--iterations", "50", "--print-every", "0",
                "--out", dir.resolve("run").toString(), "--json", dir.resolve("run.json").toString());

        assertEquals(1, o.status(), o.err());
        assertEquals("initlab: training diverged at iteration 1: W1 became NaN or infinite\n", o.err());
        assertEquals("", o.out());
        assertEquals(Map.of(), DamagedFiles.snapshot(dir), "no output");
    }

    /** A standard output whose every write fails with an unchecked exception. */
    private static OutputStream brokenStdout() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                throw new IllegalStateException(BROKEN);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                throw new IllegalStateException(BROKEN);
            }
        };
    }
}
