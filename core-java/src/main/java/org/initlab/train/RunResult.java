package org.initlab.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Dataset;
import org.initlab.spec.ExperimentSpec;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a run produced, with its provenance: the specification it ran, the engine, the cost trace, accuracies, the
 * test accuracy after each epoch (mini-batch runs), the training time and the trained DL4J network.
 *
 * <p>The network is an ordinary DL4J {@code MultiLayerNetwork} configured as {@link org.initlab.net.CourseNetworks}
 * configures it, holding the trained parameters. When the fast engine trained from a course initializer, it is built
 * on the first call to {@link #network()} (which starts ND4J), so that runs which only print their numbers do not pay
 * for it; every later call returns the same network.
 */
public final class RunResult {
    private final ExperimentSpec spec;
    private final Dataset dataset;
    private final String engine;
    private final List<CostPoint> costs;
    private final double trainAccuracy;
    private final double testAccuracy;
    private final List<Integer> testCorrectPerEpoch;
    private final double trainingSeconds;
    private final Predictor model;
    private Supplier<MultiLayerNetwork> build;
    private MultiLayerNetwork network;

    /**
     * @param spec                the specification that ran
     * @param dataset             the data it ran on
     * @param engine              the engine that trained ({@code fast} or {@code dl4j})
     * @param costs               the recorded costs: every {@code printEvery} and every {@code recordEvery}
     *                            iterations ({@link ExperimentSpec#recordsAt})
     * @param trainAccuracy       fraction of training examples predicted right
     * @param testAccuracy        fraction of test examples predicted right
     * @param testCorrectPerEpoch number of test examples right after each epoch (empty for full-batch runs)
     * @param trainingSeconds     wall time of training alone
     * @param network             builds the trained network; called at most once
     */
    public RunResult(ExperimentSpec spec, Dataset dataset, String engine, List<CostPoint> costs, double trainAccuracy,
                     double testAccuracy, List<Integer> testCorrectPerEpoch, double trainingSeconds,
                     Supplier<MultiLayerNetwork> network) {
        this(spec, dataset, engine, costs, trainAccuracy, testAccuracy, testCorrectPerEpoch, trainingSeconds, null,
                network);
    }

    /**
     * As above, with the trained model's outputs {@code model} (the engine's own, which needs no DL4J network; null
     * for the network's).
     */
    public RunResult(ExperimentSpec spec, Dataset dataset, String engine, List<CostPoint> costs, double trainAccuracy,
                     double testAccuracy, List<Integer> testCorrectPerEpoch, double trainingSeconds, Predictor model,
                     Supplier<MultiLayerNetwork> network) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.costs = List.copyOf(costs);
        this.trainAccuracy = trainAccuracy;
        this.testAccuracy = testAccuracy;
        this.testCorrectPerEpoch = List.copyOf(testCorrectPerEpoch);
        this.trainingSeconds = trainingSeconds;
        this.model = model;
        this.build = Objects.requireNonNull(network, "network");
    }

    public ExperimentSpec spec() {
        return spec;
    }

    public Dataset dataset() {
        return dataset;
    }

    public String engine() {
        return engine;
    }

    public List<CostPoint> costs() {
        return costs;
    }

    public double trainAccuracy() {
        return trainAccuracy;
    }

    public double testAccuracy() {
        return testAccuracy;
    }

    public List<Integer> testCorrectPerEpoch() {
        return testCorrectPerEpoch;
    }

    public double trainingSeconds() {
        return trainingSeconds;
    }

    /**
     * The trained network's outputs for any examples: the engine's own arithmetic when it kept it (the fast engine,
     * without building the DL4J network), else the DL4J network's.
     */
    public Predictor model() {
        return model != null ? model : NetworkPredictor.of(network());
    }

    /** The trained network, an ordinary DL4J network; built on the first call when it was not built yet. */
    public synchronized MultiLayerNetwork network() {
        if (network == null) {
            network = build.get();
            build = null;
        }
        return network;
    }

    @Override
    public String toString() {
        return "RunResult[" + spec.name() + ", engine " + engine + ", " + costs.size() + " costs, train accuracy "
                + trainAccuracy + ", test accuracy " + testAccuracy + ", " + trainingSeconds + " s]";
    }
}
