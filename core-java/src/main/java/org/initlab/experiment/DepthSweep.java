package org.initlab.experiment;

import org.initlab.init.Initializers;
import org.initlab.io.InputException;
import org.initlab.spec.Activation;
import org.initlab.spec.Axis;
import org.initlab.spec.AxisKind;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.SweepSpec;
import org.initlab.sweep.ConfigSummary;
import org.initlab.sweep.SweepResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The course's question across depth: which initialization, for which activation and depth, still trains? The
 * course's initializations (zeros, ×10 random, {@code N(0, 0.01)}, He, the course's "xavier" {@code 1/√n_in}) and new
 * ones (He uniform, orthogonal, LSUV) on circles, with ReLU and tanh hidden layers of 10 units, at depths 2 to 10
 * (weight layers: L − 1 hidden layers), each with seeds 1–5, trained as E3 is (lr 0.01, full batch, 15 000
 * iterations). Axes: depth, init, activation, so its heatmap draws depth against init, one panel per
 * activation.
 *
 * <p>Its {@link #reading} checks the course's claims against the numbers: zeros never learn, ×10 and std 0.01 fail as
 * depth grows, He and LSUV stay trainable. A configuration "learns" when its mean test accuracy over seeds is at least
 * {@link #TRAINS} and "fails" at or below {@link #FAILS} (chance is 0.5 on circles).
 */
public final class DepthSweep {
    /** The experiment's name, {@code initlab experiment depth-sweep}. */
    public static final String NAME = "depth-sweep";
    /** The initializers, the course's first. */
    public static final List<String> INITS = List.of("zeros", "random", "normal:0.01", "xavier", "he", "he-uniform",
            "orthogonal", "lsuv");
    /** The hidden activations. */
    public static final List<Activation> ACTIVATIONS = List.of(Activation.RELU, Activation.TANH);
    /** Units of each hidden layer. */
    public static final int WIDTH = 10;
    /** Mean test accuracy from which a configuration counts as trainable. */
    public static final double TRAINS = 0.9;
    /** Mean test accuracy at or below which a configuration counts as failed (chance: 0.5). */
    public static final double FAILS = 0.6;

    private DepthSweep() {
    }

    /**
     * How much of the experiment runs; the defaults are the whole of it.
     *
     * @param inits       initializer names ({@link Initializers#parse})
     * @param activations hidden activations
     * @param depths      weight layers, each at least 2
     * @param seeds       seeds of each configuration
     * @param iterations  full-batch iterations of each run
     */
    public record Size(List<String> inits, List<Activation> activations, List<Integer> depths, List<Long> seeds,
                       int iterations) {
        public Size {
            inits = List.copyOf(inits);
            activations = List.copyOf(activations);
            depths = List.copyOf(depths);
            seeds = List.copyOf(seeds);
            for (int d : depths) {
                if (d < 2) {
                    throw InputException.of("depths", d, "must be at least 2 (an input, a hidden and an output layer)");
                }
            }
        }

        /** The whole experiment: 8 initializers × 2 activations × depths 2–10 × seeds 1–5, 15 000 iterations. */
        public static Size full() {
            List<Integer> depths = new ArrayList<>();
            for (int d = 2; d <= 10; d++) {
                depths.add(d);
            }
            return new Size(INITS, ACTIVATIONS, depths, List.of(1L, 2L, 3L, 4L, 5L), 15_000);
        }
    }

    /** The sweep of {@code size}, reading data from {@code dataDir} (null for the default) and training on {@code engine}. */
    public static SweepSpec spec(Size size, Path dataDir, EngineKind engine) {
        ExperimentSpec base = Experiments.get("he").toBuilder().name(NAME).layers(2, WIDTH, 1).dataDir(dataDir).engine(engine)
                .iterations(size.iterations()).printEvery(0).recordEvery(Math.max(1, size.iterations() / 100)).build();
        List<Object> inits = new ArrayList<>();
        for (String i : size.inits()) {
            inits.add(Initializers.parse(i));
        }
        return SweepSpec.builder(NAME, base)
                .axis(Axis.of(AxisKind.DEPTH, size.depths()))
                .axis(Axis.of(AxisKind.INIT, inits))
                .axis(Axis.of(AxisKind.HIDDEN, size.activations()))
                .seeds(size.seeds())
                .build();
    }

    /**
     * What the numbers say about the course's claims, one line each, computed from the summaries: the mean test
     * accuracy over seeds of each initializer at the shallowest and the deepest depth per activation, and whether each
     * claim holds there. Claims about an initializer the sweep did not run are left out.
     */
    public static List<String> reading(SweepResult result) {
        List<String> out = new ArrayList<>();
        SweepSpec spec = result.plan().spec();
        List<String> depths = spec.axis(AxisKind.DEPTH).texts();
        String shallow = depths.get(0);
        String deep = depths.get(depths.size() - 1);
        out.add("The course's claims, mean test accuracy over " + spec.seeds().size() + " seed"
                + (spec.seeds().size() == 1 ? "" : "s") + " after " + spec.base().iterations() + " iterations (trains: >= "
                + TRAINS + ", fails: <= " + FAILS + ", chance 0.5):");
        if (has(result, "zeros")) {
            double best = summaries(result, "zeros").stream().mapToDouble(s -> s.testAccuracy().mean()).max()
                    .orElse(Double.NaN);
            out.add(claim("zeros never learn", "best " + f(best) + " at any depth",
                    best <= FAILS));
        }
        for (String init : List.of("random", "normal:0.01")) {
            if (!has(result, init) || shallow.equals(deep)) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            boolean holds = true;
            for (String activation : spec.axis(AxisKind.HIDDEN).texts()) {
                double a = mean(result, init, activation, shallow);
                double b = mean(result, init, activation, deep);
                parts.add(activation + " " + f(a) + " at depth " + shallow + ", " + f(b) + " at depth " + deep);
                holds &= !(b > FAILS) && (Double.isNaN(a) || Double.isNaN(b) || b <= a);
            }
            out.add(claim((init.equals("random") ? "x10" : "std 0.01") + " fails as depth grows",
                    String.join("; ", parts), holds));
        }
        List<String> trainable = new ArrayList<>();
        boolean holds = true;
        for (String init : List.of("he", "lsuv")) {
            if (!has(result, init)) {
                continue;
            }
            ConfigSummary worst = summaries(result, init).stream()
                    .min(java.util.Comparator.comparingDouble(s -> nanLow(s.testAccuracy().mean()))).orElseThrow();
            trainable.add(init + " lowest " + f(worst.testAccuracy().mean()) + " (" + worst.configuration()
                    .axis("activation") + ", depth " + worst.configuration().axis("depth") + ")");
            holds &= worst.testAccuracy().mean() >= TRAINS;
        }
        if (!trainable.isEmpty()) {
            out.add(claim("He and LSUV stay trainable", String.join("; ", trainable), holds));
        }
        return out;
    }

    private static String claim(String claim, String numbers, boolean holds) {
        return "  " + claim + ": " + numbers + " -> " + (holds ? "holds" : "does not hold");
    }

    private static boolean has(SweepResult r, String init) {
        return r.plan().spec().axis(AxisKind.INIT).texts().contains(init);
    }

    private static List<ConfigSummary> summaries(SweepResult r, String init) {
        return r.summaries().stream().filter(s -> init.equals(s.configuration().axis("init"))).toList();
    }

    private static double mean(SweepResult r, String init, String activation, String depth) {
        return r.summaries().stream().filter(s -> init.equals(s.configuration().axis("init"))
                        && activation.equals(s.configuration().axis("activation"))
                        && depth.equals(s.configuration().axis("depth")))
                .mapToDouble(s -> s.testAccuracy().mean()).findFirst().orElse(Double.NaN);
    }

    private static double nanLow(double x) {
        return Double.isNaN(x) ? Double.NEGATIVE_INFINITY : x;
    }

    private static String f(double x) {
        return Double.isNaN(x) ? "diverged" : String.format(Locale.ROOT, "%.4f", x);
    }
}
