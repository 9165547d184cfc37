package org.initlab.spec;

import org.initlab.io.InputException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One experiment, completely: data, network, initializer and seed, cost, regularization and training schedule.
 * Immutable; the command line and the Kotlin DSL build it, the core runs it. Every value is checked here, once,
 * and a bad one is rejected with an {@link InputException} naming the field ({@code learningRate}), which the
 * command line and the DSL name in their own words.
 *
 * <p>Randomness: there is one numpy stream per run, seeded once with {@link #seed()}. The initializer draws the
 * layers' parameters from it in layer order; mini-batch shuffles and fresh dropout masks continue the same stream.
 * (The course's faithful dropout re-seeds with 1 at every forward pass, see {@link DropoutMode}.)
 *
 * @param name          a short name, used for output folders ({@code he})
 * @param dataset       {@code circles}, {@code football}, {@code cat} or {@code mnist} (or the name of a user's own
 *                      {@link org.initlab.data.Dataset} handed to the trainer directly)
 * @param dataDir       where data files are read from; {@code null} for the default ({@code datasets/})
 * @param trainSize     use only the first N training examples; 0 for all
 * @param layers        layer sizes {@code [n0, n1, …, nL]}, input first; each layer's {@code n_{l−1}·n_l} weights
 *                      at most {@link #MAX_LAYER_WEIGHTS}
 * @param hidden        activation of the hidden layers
 * @param output        the output layer's activation
 * @param cost          the cost function
 * @param init          the weight initializer
 * @param seed          the seed of the run's numpy stream ({@code np.random.seed})
 * @param learningRate  gradient descent's step size
 * @param iterations    full-batch iterations (when {@code epochs == 0})
 * @param epochs        passes over the training data in mini-batches; 0 for full-batch iterations
 * @param batchSize     mini-batch size with {@code epochs}; 0 for the whole training set
 * @param printEvery    print (and record) the cost every this many iterations; 0 for never
 * @param recordEvery   also record the cost, without printing it, every this many iterations (for
 *                      result files and plots); 0 for the same as {@code printEvery}
 * @param lambda        L2 strength λ: cost {@code + λ/(2m) Σ‖W‖²}; 0 for none
 * @param keepProb      inverted-dropout keep probability on hidden layers' outputs; 1 for none
 * @param dropoutMode   how dropout masks are drawn
 * @param folds         k of k-fold cross-validation on the training set; 0 for none
 * @param engine        which engine trains
 */
public record ExperimentSpec(
        String name,
        String dataset,
        Path dataDir,
        int trainSize,
        List<Integer> layers,
        Activation hidden,
        Output output,
        Cost cost,
        InitSpec init,
        long seed,
        double learningRate,
        int iterations,
        int epochs,
        int batchSize,
        int printEvery,
        int recordEvery,
        double lambda,
        double keepProb,
        DropoutMode dropoutMode,
        int folds,
        EngineKind engine) {

    /** The seed the course uses for its initializers. */
    public static final long DEFAULT_SEED = 3;
    /** The course's full-batch iterations (E1-E3), the default when neither iterations nor epochs are set. */
    public static final int DEFAULT_ITERATIONS = 15_000;
    /** The data sets InitLab knows by name. */
    public static final List<String> DATASETS = List.of("circles", "football", "cat", "mnist");
    /**
     * The most weights one layer may have: the longest array a JVM can be relied on to allocate
     * ({@code Integer.MAX_VALUE − 8}); a layer's initial values and DL4J's copies of it are one array each.
     */
    public static final int MAX_LAYER_WEIGHTS = Integer.MAX_VALUE - 8;

    public ExperimentSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hidden, "hidden");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(dropoutMode, "dropoutMode");
        Objects.requireNonNull(engine, "engine");
        if (dataset == null || dataset.isBlank()) {
            throw InputException.of("dataset", null, "a data set name is needed (" + String.join(", ", DATASETS) + ")");
        }
        layers = List.copyOf(Objects.requireNonNull(layers, "layers"));
        if (layers.size() < 2) {
            throw InputException.of("layers", join(layers), "need at least an input and an output size");
        }
        for (int n : layers) {
            if (n <= 0) {
                throw InputException.of("layers", join(layers), "sizes must be positive");
            }
        }
        for (int l = 1; l < layers.size(); l++) {
            long weights = (long) layers.get(l - 1) * layers.get(l);
            if (weights > MAX_LAYER_WEIGHTS) {
                throw InputException.of("layers", join(layers), "layer " + l + " would have " + weights
                        + " weights; at most " + MAX_LAYER_WEIGHTS + " fit in one array");
            }
        }
        if (trainSize < 0) {
            throw InputException.of("trainSize", trainSize, "must be positive (0 for all)");
        }
        if (seed < 0 || seed > 0xffffffffL) {
            throw InputException.of("seed", seed, "must be between 0 and 4294967295");
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw InputException.of("learningRate", learningRate, "must be a positive number");
        }
        if (epochs < 0) {
            throw InputException.of("epochs", epochs, "must be positive");
        }
        if (epochs == 0 && iterations <= 0) {
            throw InputException.of("iterations", iterations, "must be positive");
        }
        if (batchSize < 0) {
            throw InputException.of("batchSize", batchSize, "must be positive");
        }
        if (batchSize > 0 && epochs == 0) {
            throw InputException.of("batchSize", batchSize, "mini-batches need {epochs}");
        }
        if (printEvery < 0) {
            throw InputException.of("printEvery", printEvery, "must be positive (0 for never)");
        }
        if (recordEvery < 0) {
            throw InputException.of("recordEvery", recordEvery, "must be 0 or more");
        }
        if (!(lambda >= 0) || !Double.isFinite(lambda)) {
            throw InputException.of("lambda", lambda, "must be a number >= 0");
        }
        if (!(keepProb > 0 && keepProb <= 1)) {
            throw InputException.of("keepProb", keepProb, "must be in (0, 1]");
        }
        if (folds == 1 || folds < 0) {
            throw InputException.of("folds", folds, "must be at least 2 (0 for none)");
        }
        if (output == Output.SOFTMAX && layers.get(layers.size() - 1) < 2) {
            throw InputException.of("output", output.id(), "needs at least 2 output units, {layers} ends in "
                    + layers.get(layers.size() - 1));
        }
    }

    /** A builder starting from the course's He experiment (E3). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this specification. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Number of weight layers, L. */
    public int depth() {
        return layers.size() - 1;
    }

    /** Whether training runs in mini-batch epochs (else full-batch iterations). */
    public boolean usesEpochs() {
        return epochs > 0;
    }

    /** The iterations between recorded costs: {@link #recordEvery()}, or {@link #printEvery()} when that is 0. */
    public int recordInterval() {
        return recordEvery > 0 ? recordEvery : printEvery;
    }

    /** Whether the cost of iteration {@code t} (0-based) is printed: {@code t % printEvery == 0}, never for 0. */
    public boolean printsAt(long t) {
        return printEvery > 0 && t % printEvery == 0;
    }

    /**
     * Whether the cost of iteration {@code t} (0-based) is recorded, that is reported to
     * {@link org.initlab.train.Progress#cost}: when it is printed ({@link #printsAt}) or {@code t} is a multiple of
     * {@link #recordInterval()}.
     */
    public boolean recordsAt(long t) {
        int r = recordInterval();
        return printsAt(t) || (r > 0 && t % r == 0);
    }

    /** Whether dropout is on. */
    public boolean usesDropout() {
        return keepProb < 1.0;
    }

    /** The configuration as an ordered map of plain values, for JSON output and manifests. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("dataset", dataset);
        if (dataDir != null) {
            m.put("data_dir", dataDir.toString());
        }
        if (trainSize > 0) {
            m.put("train_size", trainSize);
        }
        m.put("layers", layers);
        m.put("hidden_activation", hidden.id());
        m.put("output", output.id());
        m.put("cost", cost.id());
        m.put("init", init.describe());
        m.put("seed", seed);
        m.put("learning_rate", learningRate);
        if (usesEpochs()) {
            m.put("epochs", epochs);
            m.put("batch_size", batchSize);
        } else {
            m.put("iterations", iterations);
        }
        m.put("print_every", printEvery);
        if (recordEvery > 0) {
            m.put("record_every", recordEvery);
        }
        m.put("lambda", lambda);
        m.put("keep_prob", keepProb);
        if (usesDropout()) {
            m.put("dropout_mode", dropoutMode.id());
        }
        if (folds > 0) {
            m.put("folds", folds);
        }
        m.put("engine", engine.id());
        return m;
    }

    private static String join(List<Integer> xs) {
        return xs.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    /** Builds an {@link ExperimentSpec}; starts from the course's He experiment on circles (E3). */
    public static final class Builder {
        private String name = "he";
        private String dataset = "circles";
        private Path dataDir;
        private int trainSize;
        private List<Integer> layers = List.of(2, 10, 5, 1);
        private Activation hidden = Activation.RELU;
        private Output output = Output.SIGMOID;
        private Cost cost = Cost.CROSS_ENTROPY;
        private InitSpec init = InitSpec.of(InitScheme.HE);
        private long seed = DEFAULT_SEED;
        private double learningRate = 0.01;
        private int iterations = DEFAULT_ITERATIONS;
        private int epochs;
        private int batchSize;
        private int printEvery = 1_000;
        private int recordEvery;
        private double lambda;
        private double keepProb = 1.0;
        private DropoutMode dropoutMode = DropoutMode.FAITHFUL;
        private int folds;
        private EngineKind engine = EngineKind.AUTO;

        private Builder() {
        }

        private Builder(ExperimentSpec s) {
            name = s.name;
            dataset = s.dataset;
            dataDir = s.dataDir;
            trainSize = s.trainSize;
            layers = s.layers;
            hidden = s.hidden;
            output = s.output;
            cost = s.cost;
            init = s.init;
            seed = s.seed;
            learningRate = s.learningRate;
            iterations = s.iterations;
            epochs = s.epochs;
            batchSize = s.batchSize;
            printEvery = s.printEvery;
            recordEvery = s.recordEvery;
            lambda = s.lambda;
            keepProb = s.keepProb;
            dropoutMode = s.dropoutMode;
            folds = s.folds;
            engine = s.engine;
        }

        public Builder name(String v) { name = v; return this; }
        public Builder dataset(String v) { dataset = v; return this; }
        public Builder dataDir(Path v) { dataDir = v; return this; }
        public Builder trainSize(int v) { trainSize = v; return this; }
        public Builder layers(List<Integer> v) { layers = v; return this; }
        public Builder layers(int... v) { layers = java.util.Arrays.stream(v).boxed().toList(); return this; }
        public Builder hidden(Activation v) { hidden = v; return this; }
        public Builder output(Output v) { output = v; return this; }
        public Builder cost(Cost v) { cost = v; return this; }
        public Builder init(InitSpec v) { init = v; return this; }
        public Builder init(InitScheme v) { init = InitSpec.of(v); return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder learningRate(double v) { learningRate = v; return this; }
        /** Full-batch iterations; switches off epochs. */
        public Builder iterations(int v) { iterations = v; epochs = 0; batchSize = 0; return this; }
        /** Mini-batch epochs of {@code size} examples (0 for full batch). */
        public Builder epochs(int v, int size) { epochs = v; batchSize = size; return this; }
        public Builder printEvery(int v) { printEvery = v; return this; }
        /** Also record the cost, unprinted, every {@code v} iterations; 0 for as {@link #printEvery(int)}. */
        public Builder recordEvery(int v) { recordEvery = v; return this; }
        public Builder lambda(double v) { lambda = v; return this; }
        public Builder keepProb(double v) { keepProb = v; return this; }
        public Builder dropoutMode(DropoutMode v) { dropoutMode = v; return this; }
        public Builder folds(int v) { folds = v; return this; }
        public Builder engine(EngineKind v) { engine = v; return this; }

        public ExperimentSpec build() {
            return new ExperimentSpec(name, dataset, dataDir, trainSize, layers, hidden, output, cost, init, seed,
                    learningRate, iterations, epochs, batchSize, printEvery, recordEvery, lambda, keepProb, dropoutMode,
                    folds, engine);
        }
    }
}
