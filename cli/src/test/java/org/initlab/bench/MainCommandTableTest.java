package org.initlab.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The main command's tables: medians and ranges of the warm pairs, the ratio pair by pair, the goal, the first runs. */
class MainCommandTableTest {
    private static final PlotsPeer PEER = new PlotsPeer("/usr/bin/python3", Path.of("he_with_plots.py"), "3.11.2",
            "1.24.2", "3.6.3", "Haswell");

    private static MeasuredProcess run(double wall, double cpu, double peak) {
        return new MeasuredProcess(0, "", List.of(), wall, cpu, peak);
    }

    private static MainCommandBench.Pair pair(double mine, double theirs) {
        return new MainCommandBench.Pair(run(mine, mine + 1, 240 + mine), Optional.of(run(theirs, theirs - 1, 90)));
    }

    @Test
    void theWarmRunsAreMediansWithTheirRangeAndTheRatioIsTakenPairByPair() {
        List<MainCommandBench.Pair> pairs = List.of(pair(2.0, 3.0), pair(1.8, 3.6), pair(2.4, 3.0));
        List<String> lines = MainCommandTable.render(pairs, Optional.of(PEER)).lines().toList();
        assertEquals("| | wall, median (min–max) | CPU, median | peak memory, median (max) |", lines.get(0));
        assertEquals("|---|---:|---:|---:|", lines.get(1));
        assertEquals("| `./kotlinw scripts/he.main.kts` | 2.00 s (1.80–2.40) | 3.00 s, 1.50 × Python's | 242 MiB (242) |",
                lines.get(2));
        assertEquals("| `/usr/bin/python3 he_with_plots.py` | 3.00 s (3.00–3.60) | 2.00 s | 90 MiB (90) |", lines.get(3));
        assertEquals("| ratio, pair by pair | **0.67 ×** (0.50–0.80) | | |", lines.get(4));
        assertEquals(5, lines.size());
        assertEquals("goal: wall time 0.67 × the Python peer's (goal ≤ 1.0 ×, aiming at 0.6 ×: met); "
                + "peak memory 242 MiB (goal ≤ 250 MiB met)", MainCommandTable.goal(pairs, Optional.of(PEER)));
    }

    @Test
    void withoutThePeerInitLabIsTimedAlone() {
        List<MainCommandBench.Pair> pairs = List.of(new MainCommandBench.Pair(run(2.0, 3.0, 260), Optional.empty()));
        List<String> lines = MainCommandTable.render(pairs, Optional.empty()).lines().toList();
        assertEquals(3, lines.size());
        assertEquals("| `./kotlinw scripts/he.main.kts` | 2.00 s (2.00–2.00) | 3.00 s | 260 MiB (260) |", lines.get(2));
        assertEquals("goal: no Python peer to compare with; peak memory 260 MiB (goal ≤ 250 MiB missed)",
                MainCommandTable.goal(pairs, Optional.empty()));
    }

    @Test
    void anUnknownPeakOrProcessorTimeIsAQuestionMark() {
        List<MainCommandBench.Pair> pairs = List.of(new MainCommandBench.Pair(run(2.0, Double.NaN, Double.NaN),
                Optional.empty()));
        assertEquals("| `./kotlinw scripts/he.main.kts` | 2.00 s (2.00–2.00) | ? | ? |",
                MainCommandTable.render(pairs, Optional.empty()).lines().toList().get(2));
    }

    @Test
    void theFirstRunIsSplitIntoWhatItSpends() {
        List<String> lines = MainCommandTable.render(new FirstRun(70.0, 48.5, 4.25, 17.0, 6.0, 2.1)).lines().toList();
        assertEquals(List.of(
                "| in a fresh clone, downloads excluded | wall |",
                "|---|---:|",
                "| install InitLab (`mvn install`, tests skipped) | 48.50 s |",
                "| fetch the Kotlin compiler and main-kts (from the local Maven repository) | 4.25 s |",
                "| compile the script, run it through the compiler | 17.00 s |",
                "| **the first run** | **70.00 s** |",
                "| the second run (kotlinw checks the compiled script, runs it directly, writes the class-data archive) "
                        + "| 6.00 s |",
                "| the third run, warm | 2.10 s |"), lines);
    }

    @Test
    void theFirstRunIsSplitAtTheLinesKotlinwPrints() {
        MeasuredProcess first = new MeasuredProcess(0, "", List.of(
                new MeasuredProcess.Line(0.1, "kotlinw: installing InitLab 0.1.0 into the local Maven repository..."),
                new MeasuredProcess.Line(40.0, "kotlinw: installed in 40 s"),
                new MeasuredProcess.Line(40.25, "kotlinw: fetching Kotlin 2.3.21 (compiler and main-kts, once)..."),
                new MeasuredProcess.Line(44.25, "kotlinw: through the compiler (its compiled jar goes to …)")),
                60.0, 80.0, 500);
        FirstRun f = FirstRun.of(first, run(6, 7, 400), run(2, 3, 240));
        assertEquals(new FirstRun(60.0, 40.0, 4.0, 15.75, 6, 2), f);
    }
}
