package org.initlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The main command's tables in Markdown: the warm runs against the peer (wall time, median and range; processor
 * time; peak memory; the ratio pair by pair) with the goal, and the first runs in a fresh clone.
 */
public final class MainCommandTable {
    /** The goal: at most the peer's wall time (aiming at 0.6 of it) and at most this much memory. */
    public static final double RATIO_GOAL = 1.0;
    public static final double MEMORY_GOAL_MIB = 250;

    private MainCommandTable() {
    }

    /** The table of the warm runs; without a peer, InitLab's row alone. */
    public static String render(List<MainCommandBench.Pair> pairs, Optional<PlotsPeer> peer) {
        List<MeasuredProcess> mine = pairs.stream().map(MainCommandBench.Pair::initlab).toList();
        List<MeasuredProcess> theirs = pairs.stream().flatMap(p -> p.python().stream()).toList();
        boolean withPeer = peer.isPresent() && theirs.size() == pairs.size() && !pairs.isEmpty();
        StringBuilder b = new StringBuilder();
        b.append("| | wall, median (min–max) | CPU, median | peak memory, median (max) |\n");
        b.append("|---|---:|---:|---:|\n");
        String cpuRatio = withPeer ? ", " + ratio(median(mine, MeasuredProcess::cpu) / median(theirs,
                MeasuredProcess::cpu)) + " Python's" : "";
        b.append("| `./kotlinw ").append(MainCommandBench.SCRIPT).append("` | ").append(range(mine, MeasuredProcess::wall))
                .append(" | ").append(seconds(median(mine, MeasuredProcess::cpu))).append(cpuRatio).append(" | ")
                .append(memory(mine)).append(" |\n");
        if (withPeer) {
            b.append("| `").append(peer.get().python()).append(" he_with_plots.py` | ")
                    .append(range(theirs, MeasuredProcess::wall)).append(" | ")
                    .append(seconds(median(theirs, MeasuredProcess::cpu))).append(" | ").append(memory(theirs))
                    .append(" |\n");
            List<Double> ratios = pairs.stream().map(MainCommandBench.Pair::ratio).toList();
            b.append("| ratio, pair by pair | **").append(ratio(Median.of(ratios))).append("** (")
                    .append(String.format(Locale.ROOT, "%.2f–%.2f", min(ratios), max(ratios))).append(") | | |\n");
        }
        return b.toString();
    }

    /** One line on the goal: the wall ratio's median at most {@link #RATIO_GOAL}, InitLab's peak memory at most 250 MiB. */
    public static String goal(List<MainCommandBench.Pair> pairs, Optional<PlotsPeer> peer) {
        List<MeasuredProcess> mine = pairs.stream().map(MainCommandBench.Pair::initlab).toList();
        double peak = max(mine.stream().map(MeasuredProcess::peakMemory).toList());
        String memory = Double.isNaN(peak) ? "peak memory unknown"
                : String.format(Locale.ROOT, "peak memory %s (goal ≤ %.0f MiB %s)", mebibytes(peak), MEMORY_GOAL_MIB,
                peak <= MEMORY_GOAL_MIB ? "met" : "missed");
        if (peer.isEmpty() || pairs.isEmpty() || pairs.get(0).python().isEmpty()) {
            return "goal: no Python peer to compare with; " + memory;
        }
        double r = Median.of(pairs.stream().map(MainCommandBench.Pair::ratio).toList());
        return String.format(Locale.ROOT, "goal: wall time %s the Python peer's (goal ≤ %.1f ×, aiming at 0.6 ×: %s); %s",
                ratio(r), RATIO_GOAL, r <= RATIO_GOAL ? "met" : "missed", memory);
    }

    /** The table of the first runs in a fresh clone. */
    public static String render(FirstRun f) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"install InitLab (`mvn install`, tests skipped)", seconds(f.install())});
        rows.add(new String[] {"fetch the Kotlin compiler and main-kts (from the local Maven repository)",
                seconds(f.fetch())});
        rows.add(new String[] {"compile the script, run it through the compiler", seconds(f.compileAndRun())});
        rows.add(new String[] {"**the first run**", "**" + seconds(f.first()) + "**"});
        rows.add(new String[] {"the second run (kotlinw checks the compiled script, runs it directly, writes the "
                + "class-data archive)", seconds(f.second())});
        rows.add(new String[] {"the third run, warm", seconds(f.third())});
        StringBuilder b = new StringBuilder("| in a fresh clone, downloads excluded | wall |\n|---|---:|\n");
        for (String[] r : rows) {
            b.append("| ").append(r[0]).append(" | ").append(r[1]).append(" |\n");
        }
        return b.toString();
    }

    static String range(List<MeasuredProcess> runs, ToDoubleFunction<MeasuredProcess> f) {
        List<Double> v = runs.stream().map(f::applyAsDouble).toList();
        return seconds(Median.of(v)) + " (" + String.format(Locale.ROOT, "%.2f–%.2f", min(v), max(v)) + ")";
    }

    static String memory(List<MeasuredProcess> runs) {
        List<Double> v = runs.stream().map(MeasuredProcess::peakMemory).toList();
        if (v.stream().anyMatch(x -> Double.isNaN(x))) {
            return "?";
        }
        return mebibytes(Median.of(v)) + " (" + String.format(Locale.ROOT, "%.0f", max(v)) + ")";
    }

    static double median(List<MeasuredProcess> runs, ToDoubleFunction<MeasuredProcess> f) {
        return Median.of(runs.stream().map(f::applyAsDouble).toList());
    }

    static String seconds(double s) {
        return Double.isNaN(s) ? "?" : String.format(Locale.ROOT, "%.2f s", s);
    }

    static String ratio(double r) {
        return Double.isNaN(r) ? "?" : String.format(Locale.ROOT, "%.2f ×", r);
    }

    static String mebibytes(double m) {
        return Double.isNaN(m) ? "?" : String.format(Locale.ROOT, "%.0f MiB", m);
    }

    private static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
