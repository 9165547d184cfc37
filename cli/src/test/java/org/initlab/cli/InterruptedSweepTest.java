package org.initlab.cli;

import org.initlab.io.Manifest;
import org.initlab.testing.ChildRun;
import org.initlab.testing.CliRun;
import org.initlab.testing.CliRun.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sweep killed in the middle (a real {@code initlab sweep} in a JVM of its own, stopped by SIGTERM as Ctrl-C or
 * {@code kill} does, or by SIGKILL) and started again with the same {@code --out}: the runs it recorded are kept as
 * they were and not run again, the runs in flight are run, and the finished folder holds the numbers of a sweep that was
 * never stopped. The child is stopped where the test hook {@code -Dinitlab.test.pauseWriting=NAME} holds it: with the
 * record of one run of the middle of the sweep complete and not yet in place, while the other worker trains on; the
 * test waits for the child's line saying so, nothing is timed.
 */
class InterruptedSweepTest {
    private static final int RUNS = 12;
    private static final List<String> SWEEP = List.of("sweep", "--init", "he,zeros,xavier", "--lr", "0.01,0.1",
            "--iterations", "400", "--seeds", "1,2", "--workers", "2", "--no-pictures");
    private static final int SIGTERM_STATUS = 128 + 15;
    private static final int SIGKILL_STATUS = 128 + 9;

    @TempDir
    static Path never;

    private static List<String> neverStopped;
    private static List<String> ids;

    @TempDir
    Path tmp;

    @BeforeAll
    static void runTheSweepOnceWithoutStopping() throws IOException {
        Outcome o = CliRun.run(args(never).toArray(String[]::new));
        assertEquals(0, o.status(), o.err());
        neverStopped = numbers(never);
        ids = Files.readAllLines(never.resolve("runs.csv")).stream().skip(1)
                .map(l -> l.split(",")[0] + "-s" + l.split(",")[3] + "-r0").toList();
        assertEquals(RUNS, ids.size());
    }

    @ParameterizedTest(name = "graceful: {0}")
    @ValueSource(booleans = {false, true})
    void aSweepKilledMidwayResumesWithNothingLostAndNoRunDoneTwice(boolean graceful) throws IOException {
        Path dir = tmp.resolve("sweep");
        String held = ids.get(RUNS / 2) + ".json";
        long pid;
        try (ChildRun child = ChildRun.pausedAt(held, args(dir))) {
            pid = child.pid();
            assertEquals(graceful ? SIGTERM_STATUS : SIGKILL_STATUS, child.stop(graceful),
                    "the child was stopped before it finished");
        }

        Map<String, byte[]> recorded = records(dir);
        assertFalse(recorded.containsKey(held), "the run being written when it was killed is not recorded");
        assertTrue(!recorded.isEmpty() && recorded.size() < RUNS, "the sweep was stopped midway: " + recorded.keySet());
        assertFalse(Files.exists(dir.resolve(Manifest.FILE_NAME)), "a stopped sweep has no manifest");

        Outcome resumed = CliRun.run(args(dir).toArray(String[]::new));
        assertEquals(0, resumed.status(), resumed.err());
        assertEquals(!graceful, resumed.err().contains("initlab: --out " + dir + ": took over the stale lock of pid "
                + pid + ", a run that is no longer running"), resumed.err());
        assertTrue(resumed.err().contains("initlab: resuming sweep: " + recorded.size() + " of " + RUNS
                + " runs are recorded"), resumed.err());
        assertTrue(resumed.err().contains("initlab: " + SweepRunner.runs(RUNS - recorded.size())
                + " ran on local pool, 2 workers, " + recorded.size() + (recorded.size() == 1 ? " was" : " were")
                + " recorded before"), "only the runs not recorded ran: " + resumed.err());
        Map<String, byte[]> after = records(dir);
        assertEquals(RUNS, after.size());
        for (Map.Entry<String, byte[]> r : recorded.entrySet()) {
            assertArrayEquals(r.getValue(), after.get(r.getKey()), r.getKey() + " is the record written before the "
                    + "kill (its seconds and worker would differ had it run again)");
        }
        assertEquals(neverStopped, numbers(dir), "runs.csv has the numbers of the sweep that was never stopped");
        Manifest.verify(dir.resolve(Manifest.FILE_NAME));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("sweep"), s.map(p -> p.getFileName().toString()).toList(),
                    "the resumed sweep cleared the lock the killed one left");
        }
    }

    private static List<String> args(Path dir) {
        List<String> args = new ArrayList<>(SWEEP);
        args.addAll(List.of("--out", dir.toString()));
        return args;
    }

    /** runs.csv without its last two columns, the seconds and the worker of each run. */
    private static List<String> numbers(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("runs.csv")).stream()
                .map(l -> l.substring(0, l.lastIndexOf(',', l.lastIndexOf(',') - 1))).toList();
    }

    private static Map<String, byte[]> records(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir.resolve("runs"))) {
            for (Path p : s.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
