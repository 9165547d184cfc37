package org.initlab.cli;

import org.initlab.io.Manifest;
import org.initlab.testing.CliRun;
import org.initlab.testing.CliRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code initlab experiment depth-sweep} and {@code mnist-seeds}, made small with their own options. */
class ExperimentSweepsTest {
    @Test
    void depthSweepReadsTheCourseClaimsFromItsNumbersAndDrawsItsHeatmap(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("d");
        Outcome o = CliRun.run("experiment", "depth-sweep", "--inits", "zeros,he", "--activations", "relu,tanh",
                "--depths", "2,3", "--seeds", "1", "--iterations", "50", "--workers", "2", "--out", out.toString());
        assertEquals(0, o.status(), o.err());
        List<String> lines = o.out().lines().toList();
        assertEquals("Sweep depth-sweep: 8 configurations x 1 seed: 8 runs", lines.get(0));
        assertTrue(lines.contains("The course's claims, mean test accuracy over 1 seed after 50 iterations (trains: "
                + ">= 0.9, fails: <= 0.6, chance 0.5):"), o.out());
        assertTrue(lines.contains("  zeros never learn: best 0.5000 at any depth -> holds"), o.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("  He and LSUV stay trainable: he lowest 0\\.[0-9]{4} "
                + "\\((relu|tanh), depth [23]\\) -> (holds|does not hold)")), o.out());
        assertFalse(o.out().contains("x10 fails"), "no claim about an initializer the sweep did not run");
        assertTrue(o.out().contains("Pictures in " + out + ": heatmap.png/.svg, learning-curves.png/.svg, "
                + "parallel-coordinates.png/.svg"), o.out());
        assertTrue(Files.size(out.resolve("heatmap.svg")) > 0);
        Manifest.verify(out.resolve("manifest.json"));
    }

    @Test
    void mnistSeedsOfSeedZeroAloneGivesE5sOwnFirstEpoch(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("m");
        Outcome o = CliRun.run("experiment", "mnist-seeds", "--seeds", "0", "--epochs", "1", "--data-dir", "../datasets", "--out", out.toString());
        assertEquals(0, o.status(), o.err());
        List<String> lines = o.out().lines().toList();
        assertTrue(lines.contains("mnist-seeds: E5's two arms over 1 seed, 1 epoch each; test accuracy, mean ± std "
                + "over seeds"), o.out());
        // E5's seed-0 run: 7995 and 9382 of the 10 000 test images after epoch 0 (SPEC, E5).
        assertTrue(lines.stream().anyMatch(l -> l.matches("large   N\\(0, 1\\) +79\\.95 ± 0\\.00 % +never \\(0 of 1\\) "
                + "+79\\.95 ± 0\\.00 % +79\\.95 ± 0\\.00 %")), o.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("scaled  N\\(0, 1/n_in\\) +93\\.82 ± 0\\.00 % +never \\(0 of 1\\) "
                + "+93\\.82 ± 0\\.00 % +93\\.82 ± 0\\.00 %")), o.out());
        assertTrue(lines.contains("scaled - large after epoch 0: 13.87 ± 0.00 points, scaled ahead for 1 of 1 seeds"),
                o.out());
        assertTrue(lines.contains("  N(0, 1/n_in) reaches 94 % after epoch 0: 93.82 ± 0.00 %, 0 of 1 seeds at or above "
                + "94 % -> does not hold"), o.out());
        assertTrue(lines.contains("  N(0, 1) needs until epoch about 7 for 94 %: not checked, the runs trained 1 epoch "
                + "(never (0 of 1))"), o.out());
        assertTrue(lines.contains("  after 30 epochs: not checked, the runs trained 1"), o.out());
        assertTrue(o.out().contains("Pictures in " + out + ": accuracy-bands.png/.svg"), o.out());
        Manifest.verify(out.resolve("manifest.json"));
    }

    @Test
    void badExperimentSweepOptionsAreOneLineWithExitTwo(@TempDir Path tmp) {
        String out = tmp.resolve("never").toString();
        String[][] cases = {
            {"depth-sweep", "--depths", "1,2"}, {"depth-sweep", "--inits", "he,kaiming"},
            {"depth-sweep", "--iterations", "10,20"}, {"depth-sweep", "--activations", ""},
            {"mnist-seeds", "--epochs", "0"}, {"mnist-seeds", "--seeds", "3-1"}, {"mnist-seeds", "--workers", "0"},
        };
        String[] expected = {
            "initlab: --depths 1: must be at least 2",
            "initlab: --init kaiming: unknown initializer 'kaiming'",
            "initlab: --iterations 10,20: one value is needed, not a list",
            "initlab: --activation: an axis needs at least one value",
            "initlab: --epochs 0: ",
            "initlab: --seeds 3-1: an empty range",
            "initlab: --workers 0: ",
        };
        for (int i = 0; i < cases.length; i++) {
            List<String> args = new ArrayList<>(List.of("experiment"));
            args.addAll(List.of(cases[i]));
            args.addAll(List.of("--out", out));
            Outcome o = CliRun.run(args.toArray(String[]::new));
            String what = String.join(" ", cases[i]) + ": " + o.err();
            assertEquals(2, o.status(), what);
            assertTrue(o.err().lines().findFirst().orElse("").startsWith(expected[i]), what);
            assertTrue(o.err().lines().count() <= 2, what);
            assertFalse(Files.exists(Path.of(out)), what);
        }
    }

    @Test
    void bothExperimentSweepsRefuseBadWorkersAndEnginesInOneLine(@TempDir Path tmp) {
        String out = tmp.resolve("never").toString();
        String[][] cases = {
            {"--workers", "0"}, {"--workers", ""}, {"--workers", "x"}, {"--workers", "2,4"},
            {"--workers", "2", "--spark", "local[2]"}, {"--engine", "bogus"},
        };
        String[] expected = {
            "initlab: --workers 0: must be positive",
            "initlab: --workers : not a whole number",
            "initlab: --workers x: not a whole number",
            "initlab: --workers 2,4: one value is needed, not a list",
            "initlab: --workers 2: not with --spark, whose master says how many run at once (local[N])",
            "initlab: --engine bogus: unknown engine 'bogus': expected one of auto, dl4j, fast",
        };
        for (String command : List.of("depth-sweep", "mnist-seeds")) {
            for (int i = 0; i < cases.length; i++) {
                List<String> args = new ArrayList<>(List.of("experiment", command));
                args.addAll(List.of(cases[i]));
                args.addAll(List.of("--out", out));
                Outcome o = CliRun.run(args.toArray(String[]::new));
                String what = command + " " + String.join(" ", cases[i]) + ": " + o.err();
                assertEquals(2, o.status(), what);
                assertEquals(List.of(expected[i]), o.err().lines().toList(), what);
                assertEquals("", o.out(), what);
                assertFalse(Files.exists(Path.of(out)), what);
            }
        }
    }

    @Test
    void bothExperimentSweepsListTheirSharedOptionsAfterTheirOwn() {
        List<String> shared = List.of("--data-dir=DIR", "--engine=ENGINE", "--workers=N", "--spark=MASTER", "--out=DIR",
                "--no-pictures", "-h, --help");
        Map<String, String> lastOwn = Map.of("depth-sweep", "--iterations=N", "mnist-seeds", "--epochs=N");
        for (String command : lastOwn.keySet()) {
            Outcome o = CliRun.run("experiment", command, "--help");
            assertEquals(0, o.status(), o.err());
            List<String> options = o.out().lines().map(String::trim).filter(l -> l.startsWith("-"))
                    .map(l -> l.split("  ")[0]).toList();
            int from = options.indexOf(lastOwn.get(command)) + 1;
            assertEquals(shared, options.subList(from, from + shared.size()), o.out());
        }
        assertTrue(CliRun.run("experiment", "depth-sweep", "--help").out()
                .contains("--engine=ENGINE   auto, dl4j or fast. Default: auto."));
    }
}
