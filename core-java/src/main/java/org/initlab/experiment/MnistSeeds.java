package org.initlab.experiment;

import org.initlab.init.Initializers;
import org.initlab.spec.Axis;
import org.initlab.spec.AxisKind;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.SweepSpec;
import org.initlab.sweep.RunRecord;
import org.initlab.sweep.Stat;
import org.initlab.sweep.SweepResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Nielsen's claim across seeds: both arms of E5 ({@code mnist-large}, weights {@code N(0, 1)}; {@code mnist-scaled},
 * {@code N(0, 1/n_in)}) as one sweep over seeds 0–9 (seed 0 is E5's own run). The article (a TensorFlow run with a
 * random stream of its own) reports that the scaled arm reaches 94 % after epoch 0, the large one only around epoch 7,
 * and that after 30 epochs the scaled arm is above 96 %, about one point ahead. {@link #figures} gives each of those
 * numbers as mean ± std over the seeds, and {@link #lines} says whether each claim holds.
 */
public final class MnistSeeds {
    /** The experiment's name, {@code initlab experiment mnist-seeds}. */
    public static final String NAME = "mnist-seeds";
    /** The accuracy the article's milestones are about. */
    public static final double MILESTONE = 0.94;
    /** The article's final accuracy of the scaled arm. */
    public static final double FINAL = 0.96;
    /** The epoch by which the article's large arm reaches {@link #MILESTONE}. */
    public static final int LARGE_EPOCH = 7;
    /** The epochs the article's final figures are about. */
    public static final int EPOCHS = 30;

    private MnistSeeds() {
    }

    /** The sweep: E5's network and schedule ({@code epochs} of them), the two initializers, {@code seeds}. */
    public static SweepSpec spec(List<Long> seeds, int epochs, Path dataDir, EngineKind engine) {
        ExperimentSpec large = Experiments.get("mnist-large");
        ExperimentSpec base = large.toBuilder().name(NAME).dataDir(dataDir).engine(engine)
                .epochs(epochs, large.batchSize()).printEvery(0).recordEvery(1000).build();
        return SweepSpec.builder(NAME, base)
                .axis(Axis.of(AxisKind.INIT, Initializers.parse("large"), Initializers.parse("nielsen")))
                .seeds(seeds)
                .build();
    }

    /**
     * One arm's figures over its seeds.
     *
     * @param init          {@code large} or {@code nielsen}
     * @param epoch0        test accuracy after epoch 0
     * @param epoch0Above   how many seeds are at least {@link #MILESTONE} after epoch 0
     * @param firstAbove    the first epoch at which test accuracy is at least {@link #MILESTONE}, over the seeds
     *                      that reach it
     * @param reached       how many seeds reach it
     * @param last          test accuracy after the last epoch
     * @param best          the best test accuracy of any epoch
     * @param seeds         how many seeds ran
     */
    public record Arm(String init, Stat epoch0, int epoch0Above, Stat firstAbove, int reached, Stat last, Stat best, int seeds) {
    }

    /**
     * Both arms and their paired difference.
     *
     * @param large       the {@code N(0, 1)} arm
     * @param scaled      the {@code N(0, 1/n_in)} arm
     * @param lastAhead   scaled minus large after the last epoch, seed by seed
     * @param ahead       for how many seeds the scaled arm is ahead after the last epoch
     * @param epochs      the epochs each run trained
     */
    public record Figures(Arm large, Arm scaled, Stat lastAhead, int ahead, int epochs) {
    }

    /** The figures of a run of {@link #spec}. */
    public static Figures figures(SweepResult result) {
        List<Long> seeds = result.plan().spec().seeds();
        Arm large = arm(result, "large", seeds);
        Arm scaled = arm(result, "nielsen", seeds);
        double[] diff = new double[seeds.size()];
        int ahead = 0;
        for (int i = 0; i < seeds.size(); i++) {
            diff[i] = last(run(result, "nielsen", seeds.get(i))) - last(run(result, "large", seeds.get(i)));
            ahead += diff[i] > 0 ? 1 : 0;
        }
        return new Figures(large, scaled, Stat.of(diff), ahead, result.plan().spec().base().epochs());
    }

    /** The figures as text: a line per arm, the difference, then each of the article's claims and whether it holds. */
    public static List<String> lines(Figures f) {
        List<String> out = new ArrayList<>();
        out.add(NAME + ": E5's two arms over " + f.large().seeds() + " seed" + (f.large().seeds() == 1 ? "" : "s") + ", " + f.epochs() + " epoch"
                + (f.epochs() == 1 ? "" : "s") + " each; test accuracy, mean ± std over seeds");
        out.add(String.format(Locale.ROOT, "%-28s %-17s %-22s %-17s %s", "arm", "epoch 0",
                "first epoch >= " + pct(MILESTONE), "epoch " + (f.epochs() - 1), "best"));
        for (Arm a : List.of(f.large(), f.scaled())) {
            out.add(String.format(Locale.ROOT, "%-28s %-17s %-22s %-17s %s", title(a), percent(a.epoch0()),
                    first(a), percent(a.last()), percent(a.best())));
        }
        out.add("scaled - large after epoch " + (f.epochs() - 1) + ": " + points(f.lastAhead()) + " points, scaled ahead "
                + "for " + f.ahead() + " of " + f.large().seeds() + " seeds");
        out.add("The article's claims:");
        out.add(claim("N(0, 1/n_in) reaches " + pct(MILESTONE) + " after epoch 0", percent(f.scaled().epoch0())
                + ", " + count(f.scaled().epoch0Above(), f.scaled().seeds()), f.scaled().epoch0().mean() >= MILESTONE));
        String largeClaim = "N(0, 1) needs until epoch about " + LARGE_EPOCH + " for " + pct(MILESTONE);
        if (f.large().reached() < f.large().seeds() && f.epochs() <= LARGE_EPOCH + 2) {
            out.add("  " + largeClaim + ": not checked, the runs trained " + f.epochs() + " epoch"
                    + (f.epochs() == 1 ? "" : "s") + " (" + first(f.large()) + ")");
        } else {
            out.add(claim(largeClaim, first(f.large()), f.large().reached() == f.large().seeds()
                    && Math.abs(f.large().firstAbove().mean() - LARGE_EPOCH) <= 2));
        }
        if (f.epochs() < EPOCHS) {
            out.add("  after " + EPOCHS + " epochs: not checked, the runs trained " + f.epochs());
        } else {
            out.add(claim("after " + EPOCHS + " epochs N(0, 1/n_in) is above " + pct(FINAL), percent(f.scaled().last()),
                    f.scaled().last().mean() > FINAL));
            out.add(claim("and about one point ahead", points(f.lastAhead()) + " points",
                    f.lastAhead().mean() >= 0.005 && f.lastAhead().mean() <= 0.015));
        }
        return out;
    }

    private static Arm arm(SweepResult result, String init, List<Long> seeds) {
        int n = seeds.size();
        double[] epoch0 = new double[n];
        double[] last = new double[n];
        double[] best = new double[n];
        List<Double> first = new ArrayList<>();
        int epoch0Above = 0;
        for (int i = 0; i < n; i++) {
            double[] acc = run(result, init, seeds.get(i)).outcome().epochTestAccuracy();
            epoch0[i] = acc.length > 0 ? acc[0] : Double.NaN;
            last[i] = acc.length > 0 ? acc[acc.length - 1] : Double.NaN;
            best[i] = java.util.Arrays.stream(acc).max().orElse(Double.NaN);
            epoch0Above += epoch0[i] >= MILESTONE ? 1 : 0;
            for (int e = 0; e < acc.length; e++) {
                if (acc[e] >= MILESTONE) {
                    first.add((double) e);
                    break;
                }
            }
        }
        double[] f = first.stream().mapToDouble(Double::doubleValue).toArray();
        return new Arm(init, Stat.of(epoch0), epoch0Above, Stat.of(f), f.length, Stat.of(last), Stat.of(best), n);
    }

    private static RunRecord run(SweepResult result, String init, long seed) {
        return result.finals().stream().filter(r -> init.equals(r.task().axis("init")) && r.task().seed() == seed)
                .findFirst().orElseThrow(() -> new IllegalStateException("no run of " + init + " seed " + seed));
    }

    private static double last(RunRecord r) {
        double[] acc = r.outcome().epochTestAccuracy();
        return acc.length == 0 ? Double.NaN : acc[acc.length - 1];
    }

    private static String title(Arm a) {
        return a.init().equals("large") ? "large   N(0, 1)" : "scaled  N(0, 1/n_in)";
    }

    private static String first(Arm a) {
        if (a.reached() == 0) {
            return "never (0 of " + a.seeds() + ")";
        }
        return String.format(Locale.ROOT, "%.1f ± %.1f (%d of %d)", a.firstAbove().mean(), a.firstAbove().std(),
                a.reached(), a.seeds());
    }

    private static String claim(String claim, String numbers, boolean holds) {
        return "  " + claim + ": " + numbers + " -> " + (holds ? "holds" : "does not hold");
    }

    private static String count(int k, int n) {
        return k + " of " + n + " seeds at or above " + pct(MILESTONE);
    }

    static String percent(Stat s) {
        return String.format(Locale.ROOT, "%.2f ± %.2f %%", 100 * s.mean(), 100 * s.std());
    }

    private static String points(Stat s) {
        return String.format(Locale.ROOT, "%.2f ± %.2f", 100 * s.mean(), 100 * s.std());
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * x);
    }
}
