package org.initlab.sweep;

/**
 * What successive halving decided about one configuration after one rung.
 *
 * @param rung                the rung (0-based)
 * @param trained             how long its runs trained at that rung (iterations, or epochs)
 * @param configuration       the configuration
 * @param meanValidationCost  the mean validation cost of its runs across seeds (NaN when one diverged)
 * @param rank                its place among the rung's configurations, 1 for the best
 * @param continued           whether it goes on to the next rung
 */
public record RungDecision(int rung, int trained, Configuration configuration, double meanValidationCost, int rank,
                           boolean continued) {
}
