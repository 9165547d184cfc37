package org.initlab.sweep;

import org.initlab.data.Dataset;
import org.initlab.io.InputException;
import org.initlab.io.Json;
import org.initlab.spec.Axis;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.SweepSpec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link SweepSpec} expanded: its configurations, each checked to be a specification that can train on its data,
 * and the {@link RunTask}s of each rung. Planning trains nothing; it loads each data set once to learn its sizes.
 */
public final class SweepPlan {
    private final SweepSpec spec;
    private final String sweepId;
    private final List<Configuration> configurations;
    private final Map<String, int[]> sizes;

    private SweepPlan(SweepSpec spec, List<Configuration> configurations, Map<String, int[]> sizes) {
        this.spec = spec;
        this.sweepId = hash(Json.write(spec.describe()), 16);
        this.configurations = List.copyOf(configurations);
        this.sizes = Map.copyOf(sizes);
    }

    /**
     * Expands {@code spec}, loading its data sets from {@code data}.
     *
     * @throws InputException naming the field when a configuration is not a valid specification, when its layer sizes
     *                        do not fit its data set, or when its initializer is a user's own (which has no text)
     */
    public static SweepPlan of(SweepSpec spec, SweepData data) {
        return of(spec, name -> {
            Dataset d = data.get(name, spec.base().dataDir());
            return new int[] {d.features(), d.outputs()};
        });
    }

    /**
     * Expands {@code spec} with the data sets' sizes from {@code dataSizes} (a data set's name to its
     * {@code [features, outputs]}), loading nothing.
     */
    public static SweepPlan of(SweepSpec spec, Function<String, int[]> dataSizes) {
        Map<String, int[]> sizes = new java.util.TreeMap<>();
        Function<String, int[]> sizeOf = name -> sizes.computeIfAbsent(name, dataSizes);
        List<Configuration> out = new ArrayList<>();
        Map<String, Configuration> byId = new HashMap<>();
        long[] indices = spec.indices();
        for (int p = 0; p < indices.length; p++) {
            List<Object> values = spec.configuration(indices[p]);
            ExperimentSpec s = spec.spec(values, 0, sizeOf).toBuilder().name(spec.name()).build();
            checkSizes(s, sizeOf.apply(s.dataset()));
            for (int r = 1; r < spec.rungCount(); r++) {
                spec.spec(values, r, sizeOf);
            }
            List<Setting> axes = new ArrayList<>();
            for (int k = 0; k < values.size(); k++) {
                Axis a = spec.axes().get(k);
                axes.add(new Setting(a.kind().column(), a.kind().text(values.get(k))));
            }
            String id = hash(identity(s, spec.halving() != null), 12);
            Configuration c = new Configuration(p, indices[p], id, values, axes, s);
            Configuration twin = byId.putIfAbsent(id, c);
            if (twin != null) {
                throw InputException.of("axes", null, "configurations " + twin.axes() + " and " + c.axes()
                        + " are the same run");
            }
            out.add(c);
        }
        return new SweepPlan(spec, out, sizes);
    }

    public SweepSpec spec() {
        return spec;
    }

    /** The sweep's identity, 16 hex digits of the SHA-256 of its description ({@link SweepSpec#describe()}). */
    public String sweepId() {
        return sweepId;
    }

    /** Every configuration, in the order they run. */
    public List<Configuration> configurations() {
        return configurations;
    }

    /** The configuration with hash {@code id}, or null. */
    public Configuration configuration(String id) {
        return configurations.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * The runs of {@code configurations} at {@code rung}: each configuration with each seed, configurations in their
     * order ({@link Configuration#position()}), seeds in the sweep's.
     */
    public List<RunTask> tasks(int rung, List<Configuration> configurations) {
        List<Configuration> ordered = new ArrayList<>(configurations);
        ordered.sort(Comparator.comparingInt(Configuration::position));
        List<RunTask> tasks = new ArrayList<>();
        for (Configuration c : ordered) {
            ExperimentSpec s = spec.spec(c.values(), rung, this::sizesOf).toBuilder().name(spec.name()).build();
            List<Setting> fields = SpecText.of(s);
            for (long seed : spec.seeds()) {
                tasks.add(new RunTask(c.id(), c.axes(), fields, seed, rung, spec.validationFraction()));
            }
        }
        return tasks;
    }

    /** Every run of the first rung. */
    public List<RunTask> tasks() {
        return tasks(0, configurations);
    }

    /** The {@code [features, outputs]} of each data set the sweep uses, by name. */
    public Map<String, int[]> dataSizes() {
        Map<String, int[]> out = new java.util.TreeMap<>();
        sizes.forEach((k, v) -> out.put(k, v.clone()));
        return out;
    }

    /**
     * The specification of a base experiment with the single values of {@code fixed} set in it, as a sweep's
     * configuration sets them ({@link SweepSpec#spec}): a command line's options that were given one value each.
     */
    public static ExperimentSpec fix(ExperimentSpec base, List<Axis> fixed, SweepData data) {
        for (Axis a : fixed) {
            if (a.size() != 1) {
                throw new IllegalArgumentException(a.kind() + " has " + a.size() + " values");
            }
        }
        SweepSpec one = new SweepSpec(base.name(), base, fixed, List.of(0L), 0, 0, null, 0);
        List<Object> values = fixed.stream().map(a -> a.values().get(0)).toList();
        ExperimentSpec s = one.spec(values, 0, name -> {
            Dataset d = data.get(name, base.dataDir());
            return new int[] {d.features(), d.outputs()};
        });
        return s.toBuilder().printEvery(base.printEvery()).recordEvery(base.recordEvery()).build();
    }

    /** The {@code [features, outputs]} of a data set the sweep uses, as they were when planned. */
    private int[] sizesOf(String dataset) {
        int[] io = sizes.get(dataset);
        if (io == null) {
            throw new IllegalStateException("no configuration uses " + dataset);
        }
        return io;
    }

    /**
     * The text a configuration is known by: its fields sorted, without name, seed and the data files' folder (the
     * same data give the same numbers wherever they are: a checkout's path is not part of a configuration), and
     * without the length with halving.
     */
    private static String identity(ExperimentSpec s, boolean halving) {
        List<Setting> fields = new ArrayList<>(SpecText.of(s));
        fields.removeIf(f -> f.field().equals("name") || f.field().equals("dataDir")
                || halving && (f.field().equals("iterations") || f.field().equals("epochs")));
        fields.sort(Comparator.comparing(Setting::field));
        StringBuilder t = new StringBuilder();
        for (Setting f : fields) {
            t.append(f.field()).append('=').append(f.value()).append('\n');
        }
        return t.toString();
    }

    private static void checkSizes(ExperimentSpec s, int[] io) {
        List<Integer> n = s.layers();
        String layers = SpecText.layers(n);
        if (n.get(0) != io[0]) {
            throw InputException.of("layers", layers, "first size " + n.get(0) + " does not match the " + io[0]
                    + " feature" + (io[0] == 1 ? "" : "s") + " of " + s.dataset());
        }
        if (n.get(n.size() - 1) != io[1]) {
            throw InputException.of("layers", layers, "last size " + n.get(n.size() - 1) + " does not match the "
                    + io[1] + " output" + (io[1] == 1 ? "" : "s") + " of " + s.dataset());
        }
    }

    static String hash(String text, int digits) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, digits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
