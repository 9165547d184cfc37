package org.initlab.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Dataset;
import org.initlab.spec.ExperimentSpec;

import java.util.List;

/**
 * What a run produced, with its provenance: the specification it ran, the engine, the cost trace, accuracies, the
 * test accuracy after each epoch (mini-batch runs), the training time and the trained DL4J network.
 *
 * @param spec               the specification that ran
 * @param dataset            the data it ran on
 * @param engine             the engine that trained ({@code fast} or {@code dl4j})
 * @param costs              the cost every {@code printEvery} iterations
 * @param trainAccuracy      fraction of training examples predicted right
 * @param testAccuracy       fraction of test examples predicted right
 * @param testCorrectPerEpoch number of test examples right after each epoch (empty for full-batch runs)
 * @param trainingSeconds    wall time of training alone
 * @param network            the trained network, an ordinary DL4J network
 */
public record RunResult(
        ExperimentSpec spec,
        Dataset dataset,
        String engine,
        List<CostPoint> costs,
        double trainAccuracy,
        double testAccuracy,
        List<Integer> testCorrectPerEpoch,
        double trainingSeconds,
        MultiLayerNetwork network) {
    public RunResult {
        costs = List.copyOf(costs);
        testCorrectPerEpoch = List.copyOf(testCorrectPerEpoch);
    }
}
