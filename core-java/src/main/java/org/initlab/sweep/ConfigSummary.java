package org.initlab.sweep;

/**
 * A configuration's results over its seeds, at the last rung it reached.
 *
 * @param configuration   the configuration
 * @param rung            the last rung it reached (0-based)
 * @param trained         how long its runs trained there (iterations, or epochs)
 * @param runs            its runs there (one per seed)
 * @param diverged        how many of them diverged
 * @param finalCost       final cost over the runs that did not diverge
 * @param trainAccuracy   train accuracy, likewise
 * @param testAccuracy    test accuracy, likewise
 * @param validationCost  validation cost, likewise (NaN without a validation share)
 * @param best            whether it is the sweep's best configuration ({@link SweepResult#best()})
 */
public record ConfigSummary(Configuration configuration, int rung, int trained, int runs, int diverged, Stat finalCost,
                            Stat trainAccuracy, Stat testAccuracy, Stat validationCost, boolean best) {
}
