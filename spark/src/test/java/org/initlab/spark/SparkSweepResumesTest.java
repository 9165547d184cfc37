package org.initlab.spark;

import org.initlab.sweep.RunRecord;
import org.initlab.sweep.RunTask;
import org.initlab.sweep.SweepData;
import org.initlab.sweep.SweepExecutor;
import org.initlab.sweep.SweepExecutors;
import org.initlab.sweep.SweepFolder;
import org.initlab.sweep.SweepListener;
import org.initlab.sweep.SweepPlan;
import org.initlab.sweep.SweepResult;
import org.initlab.sweep.Sweeps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Spark sweep killed halfway keeps what it recorded and resumes, on Spark, to the local pool's numbers. */
class SparkSweepResumesTest {
    @Test
    void aSparkSweepKilledMidwayResumesWithNothingLostAndNoRunDoneTwice(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("sweep");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JvmOptions.all());
        command.addAll(List.of("-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                KilledSparkSweep.class.getName(), out.toString(), "7"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = lines.readLine()) != null && !line.equals("recorded 7")) {
                seen.append(line).append('\n');
            }
            assertEquals("recorded 7", line, "the child's output: " + seen);
            child.destroyForcibly(); // kill -9, Spark's tasks in flight
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        Map<String, byte[]> before = records(out);
        assertTrue(before.size() >= 7, before.keySet().toString());

        SweepPlan plan = SweepPlan.of(KilledSparkSweep.spec(), new SweepData());
        SweepResult resumed;
        try (SweepFolder folder = SweepFolder.open(out, "out", plan);
             SweepExecutor spark = SweepExecutors.provider("spark").orElseThrow().open("local[2]")) {
            resumed = Sweeps.run(plan, spark, folder, SweepListener.NONE);
        }
        assertEquals(before.size(), resumed.recorded());
        assertEquals(plan.tasks().size() - before.size(), resumed.ran(), "only the runs not recorded ran");
        Map<String, byte[]> after = records(out);
        assertEquals(plan.tasks().size(), after.size());
        for (Map.Entry<String, byte[]> b : before.entrySet()) {
            assertTrue(Arrays.equals(b.getValue(), after.get(b.getKey())), b.getKey() + " was written again");
        }

        SweepResult pool;
        try (SweepExecutor one = SweepExecutors.local(1)) {
            pool = Sweeps.run(plan, one, null, SweepListener.NONE);
        }
        for (RunTask t : plan.tasks()) {
            RunRecord a = pool.records().get(t.id());
            RunRecord b = resumed.records().get(t.id());
            assertEquals(a.outcome(), b.outcome(), t.id());
        }
    }

    private static Map<String, byte[]> records(Path out) throws IOException {
        Map<String, byte[]> m = new HashMap<>();
        try (Stream<Path> files = Files.list(out.resolve(SweepFolder.RUNS))) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".json")
                    && !p.getFileName().toString().startsWith(".")).toList()) {
                m.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }
}
