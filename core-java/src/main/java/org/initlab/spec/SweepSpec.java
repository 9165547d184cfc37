package org.initlab.spec;

import org.initlab.io.InputException;
import org.initlab.numpy.NumpyRandomState;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A sweep, completely: a base {@link ExperimentSpec}, the axes it varies ({@link Axis}), the seeds every configuration
 * runs with, which configurations run (the whole grid, or {@code sample} of them drawn with numpy's stream seeded with
 * {@code sweepSeed}), and successive halving ({@link Halving}). Immutable; every value is checked here, once, and a
 * bad one is rejected with an {@link InputException} naming the field.
 *
 * <p>The grid is the product of the axes in their order, the last axis varying fastest (as {@code itertools.product}):
 * configuration {@code i} takes value {@code (i / (n_{k+1}·…·n_K)) mod n_k} of axis {@code k}. A sample is
 * {@code np.random.RandomState(sweepSeed).choice(G, sample, replace=False)} of the {@code G} grid indices, in the
 * order drawn: {@code permutation(G)[:sample]}.
 *
 * @param name               the sweep's name (its default folder, the manifest's {@code run})
 * @param base               what every run starts from; its seed is not used (see {@code seeds})
 * @param axes               what varies, at most one axis per {@link AxisKind}
 * @param seeds              the seeds each configuration runs with, at least one, none twice
 * @param sample             how many configurations to draw from the grid; 0 for all of them
 * @param sweepSeed          the seed of the draw
 * @param halving            successive halving, or null
 * @param validationFraction the share of the training examples held out, the last ones, for the validation cost
 *                           that halving ranks by; 0 for none (then every run trains on all of them)
 */
public record SweepSpec(String name, ExperimentSpec base, List<Axis> axes, List<Long> seeds, int sample,
                        long sweepSeed, Halving halving, double validationFraction) {
    /** The most runs a sweep may have (configurations × seeds). */
    public static final long MAX_RUNS = 100_000;
    /** The largest grid a sample is drawn from. */
    public static final long MAX_SAMPLED_GRID = 10_000_000;
    /** The validation share successive halving holds out unless told otherwise. */
    public static final double DEFAULT_VALIDATION = 0.2;
    /** The iterations between recorded costs when the base records none. */
    public static final int DEFAULT_TRACE_EVERY = 100;

    public SweepSpec {
        Objects.requireNonNull(base, "base");
        if (name == null || name.isBlank()) {
            throw InputException.of("name", name, "a sweep needs a name");
        }
        if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            throw InputException.of("name", name, "a name, not a path: it names the sweep's folder, so no '/', '\\', "
                    + "'.' or '..'");
        }
        axes = List.copyOf(Objects.requireNonNull(axes, "axes"));
        Set<AxisKind> kinds = EnumSet.noneOf(AxisKind.class);
        for (Axis a : axes) {
            if (!kinds.add(a.kind())) {
                throw InputException.of(a.kind().field(), null, "swept twice: give all its values in one axis");
            }
        }
        if (kinds.contains(AxisKind.LAYERS)) {
            for (AxisKind k : List.of(AxisKind.DEPTH, AxisKind.HIDDEN_LAYERS, AxisKind.WIDTH)) {
                if (kinds.contains(k)) {
                    throw InputException.of(k.field(), null, "cannot be swept with {layers}, which gives every size");
                }
            }
        }
        if (kinds.contains(AxisKind.DEPTH) && kinds.contains(AxisKind.HIDDEN_LAYERS)) {
            throw InputException.of("hiddenLayers", null, "cannot be swept with {depth}, which sets it (depth − 1)");
        }
        if (kinds.contains(AxisKind.ITERATIONS) && (kinds.contains(AxisKind.EPOCHS) || base.usesEpochs())) {
            throw InputException.of("epochs", null, "not with {iterations}: a run trains either in epochs or in "
                    + "full-batch iterations; give one of them");
        }
        if (kinds.contains(AxisKind.BATCH_SIZE) && !base.usesEpochs() && !kinds.contains(AxisKind.EPOCHS)) {
            throw InputException.of("batchSize", null, "mini-batches need {epochs}");
        }
        seeds = List.copyOf(Objects.requireNonNull(seeds, "seeds"));
        if (seeds.isEmpty()) {
            throw InputException.of("seeds", null, "a sweep needs at least one seed");
        }
        Set<Long> seen = new HashSet<>();
        for (long s : seeds) {
            if (s < 0 || s > NumpyRandomState.MAX_SEED) {
                throw InputException.of("seeds", s, "a seed must be between 0 and 4294967295");
            }
            if (!seen.add(s)) {
                throw InputException.of("seeds", s, "given twice");
            }
        }
        if (sweepSeed < 0 || sweepSeed > NumpyRandomState.MAX_SEED) {
            throw InputException.of("sweepSeed", sweepSeed, "must be between 0 and 4294967295");
        }
        long grid = gridSize(axes);
        if (sample < 0) {
            throw InputException.of("sample", sample, "must be positive");
        }
        if (sample > 0 && sample > grid) {
            throw InputException.of("sample", sample, "more configurations than the grid's " + grid);
        }
        if (sample > 0 && grid > MAX_SAMPLED_GRID) {
            throw InputException.of("sample", sample, "the grid's " + grid + " configurations are too many to draw "
                    + "from (at most " + MAX_SAMPLED_GRID + ")");
        }
        long configurations = sample > 0 ? sample : grid;
        long runs = configurations > MAX_RUNS ? Long.MAX_VALUE : configurations * seeds.size();
        if (runs > MAX_RUNS) {
            throw sample > 0
                    ? InputException.of("sample", sample, sample + " configurations × " + seeds.size() + " seeds are "
                            + "more than " + MAX_RUNS + " runs")
                    : InputException.of("sample", null, "needed: the grid has " + size(grid) + " configurations × "
                            + seeds.size() + " seed" + (seeds.size() == 1 ? "" : "s") + ", more than " + MAX_RUNS
                            + " runs; draw some configurations with {sample} N");
        }
        if (halving != null) {
            for (AxisKind k : List.of(AxisKind.ITERATIONS, AxisKind.EPOCHS)) {
                if (kinds.contains(k)) {
                    throw InputException.of(k.field(), null, "cannot be swept with {halving}: the {rungs} set how long "
                            + "each run trains");
                }
            }
            if (validationFraction == 0) {
                validationFraction = DEFAULT_VALIDATION;
            }
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw InputException.of("validationFraction", validationFraction, "must be at least 0 and below 1");
        }
    }

    /** A builder of a sweep over {@code base}. */
    public static Builder builder(String name, ExperimentSpec base) {
        return new Builder(name, base);
    }

    /** The number of configurations in the grid (the product of the axes' sizes; 1 without axes). */
    public long gridSize() {
        return gridSize(axes);
    }

    /** The number of configurations that run: {@link #sample}, or the whole grid. */
    public int configurations() {
        return (int) (sample > 0 ? sample : gridSize());
    }

    /** The axis of {@code kind}, or null. */
    public Axis axis(AxisKind kind) {
        for (Axis a : axes) {
            if (a.kind() == kind) {
                return a;
            }
        }
        return null;
    }

    /** The grid indices of the configurations that run, in the order they run: all in order, or the sample as drawn. */
    public long[] indices() {
        long g = gridSize();
        int n = configurations();
        long[] out = new long[n];
        if (sample == 0) {
            for (int i = 0; i < n; i++) {
                out[i] = i;
            }
            return out;
        }
        int[] perm = new NumpyRandomState(sweepSeed).permutation((int) g);
        for (int i = 0; i < n; i++) {
            out[i] = perm[i];
        }
        return out;
    }

    /** The values of grid configuration {@code index}, one per axis, in the axes' order. */
    public List<Object> configuration(long index) {
        if (index < 0 || index >= gridSize()) {
            throw new IllegalArgumentException("configuration " + index + " of " + gridSize());
        }
        Object[] values = new Object[axes.size()];
        long rest = index;
        for (int k = axes.size() - 1; k >= 0; k--) {
            Axis a = axes.get(k);
            values[k] = a.values().get((int) (rest % a.size()));
            rest /= a.size();
        }
        return List.of(values);
    }

    /**
     * The iterations between the recorded costs of every run: the base's {@code recordEvery}, or 100 (a sweep prints
     * no costs, so the base's {@code printEvery} does not count).
     */
    public int traceEvery() {
        return base.recordEvery() > 0 ? base.recordEvery() : DEFAULT_TRACE_EVERY;
    }

    /** The number of rungs: those of halving, or 1. */
    public int rungCount() {
        return halving == null ? 1 : halving.rungs().size();
    }

    /** The number of runs of each rung: the configurations that reach it times the seeds. */
    public List<Integer> runsPerRung() {
        List<Integer> out = new ArrayList<>();
        int n = configurations();
        for (int r = 0; r < rungCount(); r++) {
            out.add(n * seeds.size());
            if (halving != null) {
                n = halving.kept(n);
            }
        }
        return out;
    }

    /**
     * The specification of a configuration ({@code values}, one per axis) at {@code rung}: the base with every axis's
     * value, printing nothing and recording its cost every {@link #traceEvery()} iterations, trained as long as the
     * rung says (with halving). The network's shape: an axis of layers gives them all; otherwise {@link AxisKind#DEPTH}
     * or {@link AxisKind#HIDDEN_LAYERS} set the number of hidden layers (else the base's), {@link AxisKind#WIDTH} their
     * units (else the base's first hidden layer's, or 10), between the data set's inputs and outputs
     * ({@code sizes}: a data set's name to its {@code [features, outputs]}).
     *
     * @throws InputException naming the field when the configuration is not a valid specification
     */
    public ExperimentSpec spec(List<Object> values, int rung, Function<String, int[]> sizes) {
        if (values.size() != axes.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + axes.size() + " axes");
        }
        ExperimentSpec.Builder b = base.toBuilder().printEvery(0).recordEvery(traceEvery()).folds(0);
        Map<AxisKind, Object> v = new LinkedHashMap<>();
        for (int k = 0; k < axes.size(); k++) {
            AxisKind kind = axes.get(k).kind();
            v.put(kind, kind.check(values.get(k)));
            if (!kind.shapes() && !kind.schedules()) {
                kind.apply(b, values.get(k));
            }
        }
        if (v.containsKey(AxisKind.DEPTH) || v.containsKey(AxisKind.HIDDEN_LAYERS) || v.containsKey(AxisKind.WIDTH)) {
            List<Integer> baseLayers = base.layers();
            int hidden = v.containsKey(AxisKind.DEPTH) ? (Integer) v.get(AxisKind.DEPTH) - 1
                    : v.containsKey(AxisKind.HIDDEN_LAYERS) ? (Integer) v.get(AxisKind.HIDDEN_LAYERS)
                    : baseLayers.size() - 2;
            int width = v.containsKey(AxisKind.WIDTH) ? (Integer) v.get(AxisKind.WIDTH)
                    : baseLayers.size() > 2 ? baseLayers.get(1) : 10;
            String dataset = v.containsKey(AxisKind.DATASET) ? (String) v.get(AxisKind.DATASET) : base.dataset();
            int[] io = sizes.apply(dataset);
            List<Integer> layers = new ArrayList<>();
            layers.add(io[0]);
            for (int i = 0; i < hidden; i++) {
                layers.add(width);
            }
            layers.add(io[1]);
            b.layers(layers);
        }
        boolean epochs = v.containsKey(AxisKind.EPOCHS) ? (Integer) v.get(AxisKind.EPOCHS) > 0 : base.usesEpochs()
                && !v.containsKey(AxisKind.ITERATIONS);
        if (epochs) {
            int e = halving != null ? halving.rungs().get(rung)
                    : v.containsKey(AxisKind.EPOCHS) ? (Integer) v.get(AxisKind.EPOCHS) : base.epochs();
            int batch = v.containsKey(AxisKind.BATCH_SIZE) ? (Integer) v.get(AxisKind.BATCH_SIZE) : base.batchSize();
            b.epochs(e, batch);
        } else {
            if (v.containsKey(AxisKind.BATCH_SIZE)) {
                throw InputException.of("batchSize", v.get(AxisKind.BATCH_SIZE), "mini-batches need {epochs}");
            }
            b.iterations(halving != null ? halving.rungs().get(rung)
                    : v.containsKey(AxisKind.ITERATIONS) ? (Integer) v.get(AxisKind.ITERATIONS) : base.iterations());
        }
        return b.build();
    }

    /**
     * The sweep as plain values, for its folder's {@code sweep.json} and manifest: everything that decides its runs
     * and their numbers (so two sweeps with the same description are the same sweep), nothing else.
     */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        Map<String, Object> b = new LinkedHashMap<>(base.describe());
        b.remove("seed");
        b.remove("print_every");
        b.remove("record_every");
        b.remove("name");
        m.put("base", b);
        m.put("trace_every", traceEvery());
        List<Map<String, Object>> as = new ArrayList<>();
        for (Axis a : axes) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("axis", a.kind().column());
            am.put("values", a.texts());
            as.add(am);
        }
        m.put("axes", as);
        m.put("seeds", seeds);
        if (sample > 0) {
            m.put("sample", sample);
            m.put("sweep_seed", sweepSeed);
        }
        if (halving != null) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("eta", halving.eta());
            h.put("rungs", halving.rungs());
            m.put("halving", h);
        }
        if (validationFraction > 0) {
            m.put("validation_fraction", validationFraction);
        }
        return m;
    }

    private static long gridSize(List<Axis> axes) {
        long g = 1;
        for (Axis a : axes) {
            if (g > Long.MAX_VALUE / a.size()) {
                return Long.MAX_VALUE;
            }
            g *= a.size();
        }
        return g;
    }

    private static String size(long n) {
        return n == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : String.valueOf(n);
    }

    /** Builds a {@link SweepSpec}: no axes, seed 1, the whole grid, no halving. */
    public static final class Builder {
        private final String name;
        private final ExperimentSpec base;
        private final List<Axis> axes = new ArrayList<>();
        private List<Long> seeds = List.of(1L);
        private int sample;
        private long sweepSeed;
        private Halving halving;
        private double validationFraction;

        private Builder(String name, ExperimentSpec base) {
            this.name = name;
            this.base = base;
        }

        /** Adds an axis, after those added before. */
        public Builder axis(Axis a) {
            axes.add(a);
            return this;
        }

        /** Adds an axis of {@code kind} over {@code values}. */
        public Builder axis(AxisKind kind, Object... values) {
            return axis(Axis.of(kind, values));
        }

        public Builder seeds(List<Long> v) {
            seeds = v;
            return this;
        }

        public Builder seeds(long... v) {
            seeds = java.util.Arrays.stream(v).boxed().toList();
            return this;
        }

        /** Seeds {@code from} to {@code to}, both included. */
        public Builder seedRange(long from, long to) {
            if (to < from) {
                throw InputException.of("seeds", from + "-" + to, "the range is empty");
            }
            List<Long> s = new ArrayList<>();
            for (long x = from; x <= to; x++) {
                s.add(x);
            }
            seeds = s;
            return this;
        }

        /** Draws {@code n} configurations of the grid with numpy's stream seeded with {@code seed}. */
        public Builder sample(int n, long seed) {
            sample = n;
            sweepSeed = seed;
            return this;
        }

        public Builder halving(double eta, List<Integer> rungs) {
            halving = new Halving(eta, rungs);
            return this;
        }

        public Builder halving(Halving h) {
            halving = h;
            return this;
        }

        public Builder validationFraction(double v) {
            validationFraction = v;
            return this;
        }

        public SweepSpec build() {
            return new SweepSpec(name, base, axes, seeds, sample, sweepSeed, halving, validationFraction);
        }
    }
}
