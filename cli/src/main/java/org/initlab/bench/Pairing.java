package org.initlab.bench;

import org.initlab.io.InputException;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One benchmarked experiment: its name in InitLab, its names for the Python peers, and the goals it is held to.
 *
 * @param name         the experiment as {@code initlab experiment} names it
 * @param peerName     the same experiment as {@code numpy_course.py} names it
 * @param torchName    the same experiment as {@code torch_course.py} names it, or null where that script does not
 *                     have it
 * @param trainingGoal the largest acceptable ratio of InitLab's training time to the peer's
 * @param processGoal  the largest acceptable ratio of the whole InitLab process's time to the whole peer
 *                     process's, where one is set
 * @param chaotic      whether the run amplifies rounding differences (SPEC E2's large random weights, E5's
 *                     30 epochs of SGD at rate 3), so that the same computation in a different order of rounding
 *                     agrees with the peer's numbers at first and then drifts away
 */
public record Pairing(String name, String peerName, String torchName, double trainingGoal,
                      OptionalDouble processGoal, boolean chaotic) {
    /** The goal of the full-batch course experiments: a fifth of numpy's training time. */
    static final double FULL_BATCH_GOAL = 0.2;
    /** The goal of the MNIST arms. */
    static final double MNIST_GOAL = 0.35;

    /** Every benchmarked experiment, in the course's order. */
    public static final List<Pairing> ALL = List.of(
            new Pairing("zeros", "zeros", null, FULL_BATCH_GOAL, OptionalDouble.empty(), false),
            new Pairing("random", "random", null, FULL_BATCH_GOAL, OptionalDouble.empty(), true),
            new Pairing("he", "he", "he", FULL_BATCH_GOAL, OptionalDouble.of(0.5), false),
            new Pairing("noreg", "noreg", "noreg", FULL_BATCH_GOAL, OptionalDouble.empty(), false),
            new Pairing("l2", "l2", "l2", FULL_BATCH_GOAL, OptionalDouble.empty(), false),
            new Pairing("dropout", "dropout", null, FULL_BATCH_GOAL, OptionalDouble.empty(), false),
            new Pairing("deep-cat", "cat", "cat", 1.0, OptionalDouble.empty(), false),
            new Pairing("mnist-large", "mnist-large", "mnist-large", MNIST_GOAL, OptionalDouble.empty(), true),
            new Pairing("mnist-scaled", "mnist-scaled", "mnist-scaled", MNIST_GOAL, OptionalDouble.empty(), true));

    /** The pairing of InitLab's experiment {@code name}. */
    public static Pairing of(String name) {
        return ALL.stream().filter(p -> p.name.equals(name)).findFirst()
                .orElseThrow(() -> new InputException("unknown experiment '" + name + "' for the benchmark: expected "
                        + "one of " + String.join(", ", ALL.stream().map(Pairing::name).toList())));
    }

    /** Whether {@code torch_course.py} has this experiment. */
    public boolean hasTorch() {
        return torchName != null;
    }

    /** Whether the peer reads the football data ({@code data.mat}), which it needs scipy for. */
    public boolean peerNeedsScipy() {
        return List.of("noreg", "l2", "dropout").contains(peerName);
    }
}
