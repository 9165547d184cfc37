package org.initlab.cli;

import org.initlab.spec.SweepSpec;
import org.initlab.sweep.Configuration;
import org.initlab.sweep.RunRecord;
import org.initlab.sweep.RungDecision;
import org.initlab.sweep.SweepExecutor;
import org.initlab.sweep.SweepFolder;
import org.initlab.sweep.SweepListener;
import org.initlab.sweep.SweepPlan;
import org.initlab.sweep.SweepResult;
import org.initlab.sweep.SweepTables;
import org.initlab.sweep.Sweeps;
import org.initlab.train.Progress;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs a planned sweep as the commands do: takes its folder, shows a progress bar with the runs done and an ETA on a
 * terminal, says which configurations stopped at which rung, then writes the tables, the pictures and the manifest
 * and prints the summary.
 */
final class SweepRunner {
    /**
     * The pictures to draw: the heatmap's axes (x, y and a facet, as available; none for no heatmap), the metric
     * shown, the axis the curves are faceted by (null for the default), and whether the curves are test accuracy per
     * epoch (else costs).
     */
    record Pictures(List<String> heatmap, String metric, String curvesFacet, boolean accuracyBands) {
        Pictures(List<String> heatmap, String metric) {
            this(heatmap, metric, null, false);
        }
    }

    private final PrintStream out;
    private final PrintStream err;

    SweepRunner(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs {@code plan} on {@code executor} into {@code dir}, with {@code pictures} unless null. */
    SweepResult run(SweepPlan plan, SweepExecutor executor, Path dir, Pictures pictures) {
        return run(plan, executor, dir, pictures, r -> List.of());
    }

    /**
     * As {@link #run(SweepPlan, SweepExecutor, Path, Pictures)}, printing after the summary the lines {@code reading}
     * makes of the result (an experiment's reading of its numbers).
     */
    SweepResult run(SweepPlan plan, SweepExecutor executor, Path dir, Pictures pictures,
                    Function<SweepResult, List<String>> reading) {
        return run(plan, dir, pictures, reading, () -> executor, false);
    }

    /**
     * As {@link #run(SweepPlan, SweepExecutor, Path, Pictures, Function)} on the executor {@code open} gives, opened
     * once the folder is taken and closed when the runs are done: a folder that is refused (another sweep's, say)
     * costs no start-up of Spark.
     */
    SweepResult open(SweepPlan plan, Supplier<SweepExecutor> open, Path dir, Pictures pictures,
                     Function<SweepResult, List<String>> reading) {
        return run(plan, dir, pictures, reading, open, true);
    }

    private SweepResult run(SweepPlan plan, Path dir, Pictures pictures, Function<SweepResult, List<String>> reading,
                            Supplier<SweepExecutor> open, boolean owned) {
        SweepSpec spec = plan.spec();
        try (SweepFolder folder = SweepFolder.open(dir, "out", plan)) {
            folder.notice(Flags::of).ifPresent(n -> err.println("initlab: " + n));
            SweepResult result;
            Listener listener = new Listener(plan);
            SweepExecutor executor = open.get();
            try {
                result = Sweeps.run(plan, executor, folder, listener);
            } finally {
                listener.close();
                if (owned) {
                    executor.close();
                }
            }
            List<String> files = new ArrayList<>(SweepTables.write(result, folder));
            List<String> drawn = pictures == null ? List.of()
                    : SweepPictures.write(result, dir, pictures);
            files.addAll(drawn);
            folder.commit(plan, files);
            out.println("Sweep " + spec.name() + ": " + spec.configurations() + " configuration"
                    + (spec.configurations() == 1 ? "" : "s") + " x " + spec.seeds().size() + " seed"
                    + (spec.seeds().size() == 1 ? "" : "s") + (spec.halving() == null ? "" : ", successive halving "
                    + "over " + spec.rungCount() + " rungs") + ": " + runs(result.records().size()));
            listener.halvingLines().forEach(out::println);
            SweepTables.lines(result).forEach(out::println);
            if (result.best() != null) {
                out.println("Best: " + result.best().configuration().id() + " " + axes(result.best().configuration()));
            }
            reading.apply(result).forEach(out::println);
            out.println("Saved in " + dir + ": " + SweepFolder.SWEEP_FILE + ", " + String.join(", ",
                    files.stream().filter(f -> !drawn.contains(f)).toList()) + ", " + SweepFolder.RUNS + ", manifest.json");
            if (!drawn.isEmpty()) {
                out.println("Pictures in " + dir + ": " + drawn.stream().filter(f -> f.endsWith(".png"))
                        .map(f -> f.substring(0, f.length() - 4) + ".png/.svg").collect(Collectors.joining(", ")));
            }
            err.println("initlab: " + runs(result.ran()) + " ran on " + result.executor() + ", " + result.recorded()
                    + (result.recorded() == 1 ? " was" : " were") + " recorded before");
            return result;
        }
    }

    /** {@code "1 run"}, {@code "n runs"}. */
    static String runs(int n) {
        return n + (n == 1 ? " run" : " runs");
    }

    static String axes(Configuration c) {
        return c.axes().stream().map(a -> a.field() + "=" + a.value()).collect(Collectors.joining(" "));
    }

    /** The progress bar, and the halving decisions as lines for the summary. */
    private final class Listener implements SweepListener {
        private final SweepPlan plan;
        private final List<String> halving = new ArrayList<>();
        private Progress bar;
        private int recorded;
        private int runs;

        Listener(SweepPlan plan) {
            this.plan = plan;
        }

        @Override
        public void started(SweepPlan plan, int runs, int recorded) {
            this.runs = runs;
            this.recorded = recorded;
            if (recorded > 0) {
                err.println("initlab: resuming " + plan.spec().name() + ": " + recorded + " of " + runs
                        + " runs are recorded");
            }
            bar = TerminalProgress.wrap(Progress.NONE, "sweep");
        }

        @Override
        public void finished(RunRecord record, int done, int runs) {
            bar.step(done - recorded, runs - recorded);
        }

        @Override
        public void decided(List<RungDecision> decisions) {
            RungDecision first = decisions.get(0);
            String unit = plan.spec().base().usesEpochs() ? " epochs" : " iterations";
            List<RungDecision> on = decisions.stream().filter(RungDecision::continued).toList();
            halving.add("Rung " + (first.rung() + 1) + " (" + first.trained() + unit + "): " + decisions.size()
                    + " configurations, " + on.size() + " go on: " + on.stream().map(d -> d.configuration().id())
                    .collect(Collectors.joining(", ")));
            for (RungDecision d : decisions) {
                if (!d.continued()) {
                    halving.add("  stopped at rung " + (d.rung() + 1) + ": " + d.configuration().id() + " "
                            + axes(d.configuration()) + " (mean validation cost "
                            + org.initlab.numpy.PyFloat.repr(d.meanValidationCost()) + ", rank " + d.rank() + ")");
                }
            }
        }

        List<String> halvingLines() {
            return halving;
        }

        void close() {
            if (bar != null) {
                TerminalProgress.close(bar);
            }
        }
    }
}
