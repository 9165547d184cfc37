package org.initlab.train;

import org.initlab.data.Dataset;
import org.initlab.data.Datasets;
import org.initlab.init.LsuvFit;
import org.initlab.io.InputException;
import org.initlab.net.CourseNetworks;
import org.initlab.spec.ExperimentSpec;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Runs one specification: loads its data (or takes the data given), checks that the layer sizes fit it and that the
 * network fits in this JVM's memory, builds the network ({@link CourseNetworks}), trains it with the engine
 * {@link Engines#select} picks ({@link Engine#run}), and scores it on the train and test splits ({@link Accuracy}).
 * The fast engine trains from a course initializer's values drawn without ND4J, and the DL4J network is then built
 * when the result is first asked for it ({@link RunResult#network()}). A data-dependent initializer (LSUV) is fitted on
 * the training examples first ({@link LsuvFit#fitted}); the result's specification carries the fitted one.
 */
public final class Trainer {
    private static final double GIB = 1024.0 * 1024 * 1024;

    private Trainer() {
    }

    /** Runs {@code spec} on its named data set. */
    public static RunResult run(ExperimentSpec spec) {
        return run(spec, Progress.NONE);
    }

    /** Runs {@code spec} on its named data set, reporting to {@code progress}. */
    public static RunResult run(ExperimentSpec spec, Progress progress) {
        return run(spec, Datasets.load(spec.dataset(), spec.dataDir()), progress);
    }

    /** Runs {@code spec} on {@code data}. */
    public static RunResult run(ExperimentSpec spec, Dataset data) {
        return run(spec, data, Progress.NONE);
    }

    /**
     * Runs {@code spec} on {@code data} (its first {@code spec.trainSize()} training examples when that is set),
     * reporting to {@code progress}.
     *
     * @throws InputException   when the layer sizes or the training size do not fit the data, or the network does
     *                          not fit in this JVM's memory
     * @throws DivergedException when parameters become NaN or infinite
     */
    public static RunResult run(ExperimentSpec given, Dataset data, Progress progress) {
        Dataset d = withTrainSize(given, data);
        checkLayers(given, d);
        checkMemory(given, d.train().size(), Runtime.getRuntime().maxMemory());
        ExperimentSpec spec = LsuvFit.fitted(given, d.train());
        Engine engine = Engines.select(spec);
        TrainingRecorder recorder = new TrainingRecorder(progress, d.test());
        Trained t = engine.run(spec, d.train(), recorder);
        return new RunResult(spec, d, engine.name(), recorder.costs, Accuracy.of(t.model(), d.train()),
                Accuracy.of(t.model(), d.test()), recorder.testCorrectPerEpoch, t.seconds(), t.network());
    }

    private static Dataset withTrainSize(ExperimentSpec spec, Dataset data) {
        int n = spec.trainSize();
        if (n == 0) {
            return data;
        }
        if (n > data.train().size()) {
            throw InputException.of("trainSize", n, data.name() + " has only " + data.train().size()
                    + " training examples");
        }
        return data.withTrainSize(n);
    }

    /** @throws InputException when the first layer size is not the data's features or the last not its outputs */
    static void checkLayers(ExperimentSpec spec, Dataset data) {
        List<Integer> n = spec.layers();
        String layers = joined(n);
        int first = n.get(0);
        int last = n.get(n.size() - 1);
        if (first != data.features()) {
            throw InputException.of("layers", layers, "first size " + first + " does not match the "
                    + data.features() + " feature" + (data.features() == 1 ? "" : "s") + " of " + data.name());
        }
        if (last != data.outputs()) {
            throw InputException.of("layers", layers, "last size " + last + " does not match the "
                    + data.outputs() + " output" + (data.outputs() == 1 ? "" : "s") + " of " + data.name());
        }
    }

    /**
     * A conservative estimate, in bytes, of what training {@code spec} on {@code examples} examples holds at once,
     * counted in doubles:
     * <ul>
     *   <li>3 per weight: the fast engine's weights and their gradient, and the DL4J network the result is written
     *       to; or DL4J's parameters, gradients and updater state;</li>
     *   <li>2 × the largest layer's weights: a layer's initial values or parameters while they are copied, and the
     *       fast engine's scratch for the cost;</li>
     *   <li>per example of a batch, 4 per unit of every layer (the inputs copied into the batch twice, activations,
     *       their dropped-out copy and up to two sets of dropout masks) and 2 per unit of the widest layer (the
     *       gradients passed back).</li>
     * </ul>
     * The data set itself is already loaded and not counted.
     */
    static double bytesNeeded(ExperimentSpec spec, int examples) {
        List<Integer> n = spec.layers();
        long largest = 0;
        long units = n.get(0);
        long widest = 0;
        for (int l = 1; l < n.size(); l++) {
            largest = Math.max(largest, (long) n.get(l - 1) * n.get(l));
            units += n.get(l);
            widest = Math.max(widest, n.get(l));
        }
        double batch = batchSize(spec, examples);
        return Double.BYTES * (3.0 * weights(n) + 2.0 * largest + batch * (4.0 * units + 2.0 * widest));
    }

    /**
     * @param available the bytes this JVM may use ({@code Runtime.maxMemory()})
     * @throws InputException when {@link #bytesNeeded} for {@code examples} training examples exceeds
     *                        {@code available}
     */
    static void checkMemory(ExperimentSpec spec, int examples, long available) {
        double need = bytesNeeded(spec, examples);
        if (need <= available) {
            return;
        }
        List<Integer> n = spec.layers();
        int batch = batchSize(spec, examples);
        long suggested = (long) Math.ceil(need / GIB) + 1;
        throw InputException.of("layers", joined(n), "the network's " + weights(n) + " weights and a batch of "
                + batch + " example" + (batch == 1 ? "" : "s") + " need about " + gib(need) + "; this JVM may use "
                + gib(available) + " (raise it with JAVA_OPTS=-Xmx" + suggested + "g)");
    }

    private static String joined(List<Integer> n) {
        return n.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static long weights(List<Integer> n) {
        long weights = 0;
        for (int l = 1; l < n.size(); l++) {
            weights += (long) n.get(l - 1) * n.get(l);
        }
        return weights;
    }

    private static int batchSize(ExperimentSpec spec, int examples) {
        return spec.usesEpochs() && spec.batchSize() > 0 ? Math.min(spec.batchSize(), examples) : examples;
    }

    private static String gib(double bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / GIB);
    }
}
