package org.initlab.train;

/**
 * What an engine reports while it trains. Costs are those computed in the forward pass of that iteration, before
 * its update, as the course prints them.
 */
public interface Progress {
    /** A listener that ignores everything. */
    Progress NONE = new Progress() {
    };

    /**
     * The cost at {@code iteration} (0-based), reported at the iterations the specification records
     * ({@link org.initlab.spec.ExperimentSpec#recordsAt}): every {@code printEvery} and every {@code recordEvery}
     * iterations.
     */
    default void cost(long iteration, double cost) {
    }

    /** The end of epoch {@code epoch} (0-based) in mini-batch training; {@code model} is the network now. */
    default void epochEnd(int epoch, Predictor model) {
    }

    /**
     * The test accuracy after epoch {@code epoch} (0-based): {@code correct} of {@code total} test examples. The
     * trainer reports this after each {@link #epochEnd}.
     */
    default void epochAccuracy(int epoch, int correct, int total) {
    }

    /** Steps done so far out of {@code total}, for progress bars. Called often; keep it cheap. */
    default void step(long done, long total) {
    }
}
