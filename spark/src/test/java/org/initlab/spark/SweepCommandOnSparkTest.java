package org.initlab.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.initlab.spark.Cli.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code initlab sweep --spark}, end to end: the folder a sweep on Spark writes is the local pool's, table by table
 * and trace by trace; a folder that holds another sweep is refused before Spark starts; an absent master leaves
 * nothing behind.
 */
class SweepCommandOnSparkTest {
    /** 12 configurations x 2 seeds, halved once: zeros never learn, x10 diverges with ReLU, He learns. */
    private static final List<String> SWEEP = List.of("sweep", "--init", "he,zeros,normal:10",
            "--activation", "relu,tanh", "--hidden-layers", "1,3", "--seeds", "1-2", "--iterations", "120",
            "--record-every", "20", "--halving", "2", "--rungs", "40,120", "--no-pictures");
    /** The columns of runs.csv that say how a run went where it ran, not what it computed. */
    private static final List<String> PROVENANCE = List.of("seconds", "worker");

    @TempDir
    Path tmp;

    private Outcome sweep(Path out, String... more) {
        List<String> args = new ArrayList<>(SWEEP);
        args.addAll(List.of("--out", out.toString()));
        args.addAll(Arrays.asList(more));
        return Cli.run(args.toArray(new String[0]));
    }

    @Test
    void aSweepOnSparkLocal2WritesTheTablesAndTracesOfOneAndTwoLocalWorkersBitForBit() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        Path spark = tmp.resolve("spark");
        Outcome o1 = sweep(one, "--workers", "1");
        Outcome o2 = sweep(two, "--workers", "2");
        Outcome os = sweep(spark, "--spark", "local[2]");
        assertEquals(0, o1.status(), o1.err());
        assertEquals(0, o2.status(), o2.err());
        assertEquals(0, os.status(), os.err());
        assertTrue(o1.err().contains("ran on local pool, 1 worker"), o1.err());
        assertTrue(o2.err().contains("ran on local pool, 2 workers"), o2.err());
        assertTrue(os.err().contains("ran on Spark local[2], 2 task slots"), os.err());

        List<List<String>> runs = table(one.resolve("runs.csv"));
        assertEquals(1 + 24, runs.size(), "a row per run: 6 configurations x 2 seeds stopped, 6 x 2 went on");
        assertEquals(Set.of("0", "1"), column(runs, "rung"), "the halving stopped some at rung 0");
        assertEquals(runs, table(two.resolve("runs.csv")));
        assertEquals(runs, table(spark.resolve("runs.csv")));
        for (String name : List.of("summary.csv", "halving.csv")) {
            assertEquals(Files.readString(one.resolve(name)), Files.readString(two.resolve(name)), name);
            assertEquals(Files.readString(one.resolve(name)), Files.readString(spark.resolve(name)), name);
        }
        Map<String, String> traces = records(one);
        assertEquals(24 + 12, traces.size(), "a record per run of rung 0, and of rung 1 for those that went on");
        assertEquals(traces, records(two));
        assertEquals(traces, records(spark));
        assertTrue(traces.values().stream().allMatch(r -> r.contains("\"costs\"")), "every record holds its trace");
        // the printed summary too, the same numbers from the same files
        assertEquals(o1.out().lines().filter(l -> !l.startsWith("Saved in")).toList(),
                os.out().lines().filter(l -> !l.startsWith("Saved in")).toList());
    }

    @Test
    void aFolderHoldingAnotherSweepIsRefusedOnSparkBeforeSparkStartsAndIsLeftAsItWas() throws IOException {
        Path out = tmp.resolve("held");
        Outcome first = Cli.run("sweep", "--init", "he", "--hidden-layers", "1,2", "--iterations", "20",
                "--no-pictures", "--workers", "1", "--out", out.toString());
        assertEquals(0, first.status(), first.err());
        Map<String, byte[]> before = files(out);

        // a master that cannot be reached: the folder is refused first, so it is the folder that is said
        for (String master : List.of("spark://127.0.0.1:1", "local[2]")) {
            Outcome o = Cli.run("sweep", "--init", "he", "--hidden-layers", "1,3", "--iterations", "20",
                    "--no-pictures", "--spark", master, "--out", out.toString());
            assertEquals(2, o.status(), o.err());
            assertEquals(1, o.err().lines().count(), o.err());
            assertTrue(o.err().startsWith("initlab: --out " + out + ": holds a different sweep (axes[0].values "
                    + "[\"1\",\"2\"] in the folder, [\"1\",\"3\"] asked)"), o.err());
            assertEquals("", o.out());
            assertEquals(before.keySet(), files(out).keySet(), master);
            files(out).forEach((name, bytes) -> assertTrue(Arrays.equals(before.get(name), bytes), name));
        }
    }

    @Test
    void aMasterThatCannotBeReachedIsOneLineWithStatus2AndLeavesNoFolder() {
        Path out = tmp.resolve("never");
        long start = System.nanoTime();
        Outcome o = Cli.run("sweep", "--init", "he,xavier", "--iterations", "20", "--spark", "spark://127.0.0.1:1",
                "--out", out.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(2, o.status(), o.err());
        assertEquals("initlab: --spark spark://127.0.0.1:1: no Spark master answers at 127.0.0.1:1 "
                + "(Connection refused)\n", o.err());
        assertFalse(Files.exists(out), "the folder taken for the sweep is removed again");
        assertTrue(seconds < 30, "gave up after " + seconds + " s");
    }

    /** A CSV's rows (no cell of these holds a comma), without the provenance columns. */
    private static List<List<String>> table(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = List.of(line.split(",", -1));
            assertEquals(header.size(), cells.size(), line);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                if (!PROVENANCE.contains(header.get(i))) {
                    kept.add(cells.get(i));
                }
            }
            rows.add(kept);
        }
        return rows;
    }

    /** Each run's record (its numbers and trace) as JSON text, without its provenance, by file name. */
    private static Map<String, String> records(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir.resolve("runs"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                ObjectNode record = (ObjectNode) json.readTree(p.toFile());
                assertTrue(record.has("seconds") && record.has("worker"), p.toString());
                record.remove(PROVENANCE);
                m.put(p.getFileName().toString(), record.toString());
            }
        }
        return m;
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    /** The distinct values of the column {@code name}. */
    private static Set<String> column(List<List<String>> rows, String name) {
        int i = rows.get(0).indexOf(name);
        Set<String> s = new TreeSet<>();
        rows.subList(1, rows.size()).forEach(r -> s.add(r.get(i)));
        return s;
    }
}
