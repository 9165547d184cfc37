package org.initlab.experiment;

import org.initlab.data.Dataset;
import org.initlab.data.Datasets;
import org.initlab.init.FittedLsuv;
import org.initlab.init.InitialValues;
import org.initlab.init.Initializers;
import org.initlab.init.LsuvFit;
import org.initlab.init.PreActivations;
import org.initlab.numpy.PyFloat;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.CostPoint;
import org.initlab.train.Progress;
import org.initlab.train.RunFiles;
import org.initlab.train.RunResult;
import org.initlab.train.Trainer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * LSUV on real work (Mishkin and Matas 2015): LSUV beside He and the course's "xavier" ({@code randn / √n_in}) on two
 * deep ReLU networks, the course's deep-cat network {@code [12288, 20, 7, 5, 1]} (E9's data and schedule) and circles
 * through ten hidden layers of ten units. For each network: every arm's cost trace and accuracies, and the variance of
 * every layer's pre-activations {@code Var(Z_l)} at initialization on the training examples, for the orthogonal start
 * LSUV begins from, for LSUV's fitted weights, for He and for xavier.
 */
public final class LsuvExperiment {
    /** The experiment's name, {@code initlab experiment lsuv}. */
    public static final String NAME = "lsuv";
    /** The initializers compared, in order. */
    public static final List<String> INITS = List.of("lsuv", "he", "xavier");

    private LsuvExperiment() {
    }

    /**
     * The two networks, each with its own schedule: deep-cat (E9: lr 0.0075, 2500 iterations, seed 1) and circles
     * through 10 hidden layers of 10 (E3's lr 0.01, 15000 iterations, seed 3); costs recorded every 20 and 100
     * iterations.
     */
    public static List<ExperimentSpec> networks() {
        ExperimentSpec deepCat = Experiments.get("deep-cat").toBuilder().recordEvery(20).build();
        List<Integer> deep = new ArrayList<>();
        deep.add(2);
        deep.addAll(java.util.Collections.nCopies(10, 10));
        deep.add(1);
        ExperimentSpec deepCircles = ExperimentSpec.builder().name("deep-circles").layers(deep).seed(3)
                .learningRate(0.01).iterations(15_000).printEvery(1_000).recordEvery(100).build();
        return List.of(deepCat, deepCircles);
    }

    /** {@code network} with each of {@link #INITS}, named {@code NETWORK-INIT}. */
    public static List<ExperimentSpec> arms(ExperimentSpec network) {
        return INITS.stream().map(i -> network.toBuilder().name(network.name() + "-" + i)
                .init(Initializers.parse(i)).build()).toList();
    }

    /** One network's result: its arms in {@link #INITS} order and the variances of its layers' pre-activations. */
    public record NetworkResult(ExperimentSpec network, List<RunResult> arms, Map<String, double[]> variances,
                                FittedLsuv lsuv) {
        /** The LSUV arm's divisions per layer. */
        public List<Integer> lsuvIterations() {
            return lsuv.layers().stream().map(FittedLsuv.LayerFit::iterations).toList();
        }

        /**
         * The network's table: its heading, {@code Var(Z_l)} per layer at initialization under each initializer (the
         * orthogonal start LSUV begins from first), LSUV's divisions per layer, and each arm's first and last cost
         * and accuracies, numbers as Python prints them.
         */
        public void print(PrintStream out) {
            RunResult first = arms.get(0);
            out.println(network.name() + " " + network.layers() + " on " + network.dataset() + ", "
                    + network.iterations() + " iterations at lr " + PyFloat.repr(network.learningRate()));
            out.println("Var(Z_l) at initialization on the " + first.dataset().train().size() + " training examples:");
            StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-6s", "layer"));
            variances.keySet().forEach(k -> head.append(String.format(Locale.ROOT, "%-14s", k)));
            out.println(head.toString().stripTrailing());
            for (int l = 0; l < network.depth(); l++) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-6d", l + 1));
                for (double[] v : variances.values()) {
                    row.append(String.format(Locale.ROOT, "%-14.6g", v[l]));
                }
                out.println(row.toString().stripTrailing());
            }
            out.println("LSUV divisions per layer: " + lsuvIterations().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
            out.println(String.format(Locale.ROOT, "  %-8s %-22s %-30s %-20s %s", "init", "cost at 0",
                    "last cost (iteration)", "train accuracy", "test accuracy"));
            for (RunResult arm : arms) {
                List<CostPoint> costs = arm.costs();
                String last = costs.isEmpty() ? "-" : PyFloat.repr(costs.get(costs.size() - 1).cost())
                        + " (" + costs.get(costs.size() - 1).iteration() + ")";
                out.println(String.format(Locale.ROOT, "  %-8s %-22s %-30s %-20s %s", arm.spec().init().describe(),
                        costs.isEmpty() ? "-" : PyFloat.repr(costs.get(0).cost()), last,
                        PyFloat.repr(arm.trainAccuracy()), PyFloat.repr(arm.testAccuracy())));
            }
            out.flush();
        }

        /** The result as JSON-ready values. */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("network", network.name());
            m.put("dataset", network.dataset());
            m.put("layers", network.layers());
            Map<String, Object> v = new LinkedHashMap<>();
            variances.forEach((k, a) -> v.put(k, java.util.Arrays.stream(a).boxed().toList()));
            m.put("pre_activation_variance", v);
            m.put("lsuv_iterations", lsuvIterations());
            m.put("arms", arms.stream().map(RunFiles::toMap).toList());
            return m;
        }
    }

    /** Every network's table ({@link NetworkResult#print}), a blank line between two. */
    public static void print(List<NetworkResult> results, PrintStream out) {
        for (int i = 0; i < results.size(); i++) {
            if (i > 0) {
                out.println();
            }
            results.get(i).print(out);
        }
        out.flush();
    }

    /** The configuration of a run of the experiment, for its manifest: its name, the initializers, each network. */
    public static Map<String, Object> config(List<NetworkResult> results) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("experiment", NAME);
        config.put("inits", INITS);
        config.put("networks", results.stream().map(r -> r.arms().get(0).spec().describe()).toList());
        return config;
    }

    /** The whole result as JSON-ready values, {@code {"networks": [...]}} ({@link NetworkResult#toMap}). */
    public static Map<String, Object> toMap(List<NetworkResult> results) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("networks", results.stream().map(NetworkResult::toMap).toList());
        return result;
    }

    /**
     * Runs both networks' arms.
     *
     * @param dataDir    where the data files are (null for {@code datasets/})
     * @param iterations full-batch iterations of every arm, or null for each network's own (2500 and 15000)
     * @param engine     which engine trains
     * @param progress   the progress listener of each arm
     */
    public static List<NetworkResult> run(Path dataDir, Integer iterations, EngineKind engine,
                                          Function<ExperimentSpec, Progress> progress) {
        List<NetworkResult> results = new ArrayList<>();
        for (ExperimentSpec network : networks()) {
            ExperimentSpec n = network.toBuilder().dataDir(dataDir).engine(engine).build();
            if (iterations != null) {
                n = n.toBuilder().iterations(iterations).build();
            }
            results.add(run(n, Datasets.load(n.dataset(), dataDir), progress));
        }
        return results;
    }

    /** Runs {@code network}'s arms on {@code data}. */
    public static NetworkResult run(ExperimentSpec network, Dataset data, Function<ExperimentSpec, Progress> progress) {
        List<RunResult> arms = new ArrayList<>();
        for (ExperimentSpec arm : arms(network)) {
            arms.add(Trainer.run(arm, data, progress.apply(arm)));
        }
        FittedLsuv lsuv = (FittedLsuv) arms.get(0).spec().init();
        Map<String, double[]> variances = new LinkedHashMap<>();
        ExperimentSpec orthogonal = network.toBuilder().init(Initializers.parse("orthogonal")).build();
        variances.put("orthogonal", preActivationVariances(orthogonal, data));
        for (RunResult arm : arms) {
            variances.put(arm.spec().init().describe(), preActivationVariances(arm.spec(), data));
        }
        return new NetworkResult(network, arms, variances, lsuv);
    }

    /**
     * {@code Var(Z_l)} for every layer of {@code spec}'s network at initialization, on {@code data}'s training
     * examples (an unfitted LSUV is fitted to them first).
     *
     * @throws IllegalArgumentException for a user's own initializer, whose values only DL4J draws
     */
    public static double[] preActivationVariances(ExperimentSpec spec, Dataset data) {
        spec = LsuvFit.fitted(spec, data.train());
        InitialValues values = InitialValues.of(spec);
        List<double[]> w = IntStream.range(0, spec.depth()).mapToObj(values::weights).toList();
        return PreActivations.variances(spec.layers(), w, spec.hidden(), data.train().x());
    }
}
