package org.initlab.sweep;

import org.initlab.numpy.NumpyMoments;

import java.util.Arrays;

/**
 * The mean and standard deviation of a quantity over a configuration's runs, as numpy computes them
 * ({@code np.mean}, {@code np.std} with {@code ddof = 0}), over the runs that did not diverge; NaN when all diverged.
 *
 * @param mean the mean
 * @param std  the population standard deviation
 * @param min  the smallest value
 * @param max  the largest value
 * @param n    how many runs it is over
 */
public record Stat(double mean, double std, double min, double max, int n) {
    /** The statistics of {@code values}, NaN ones left out. */
    public static Stat of(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray();
        if (v.length == 0) {
            return new Stat(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        return new Stat(NumpyMoments.mean(v), NumpyMoments.std(v), Arrays.stream(v).min().getAsDouble(),
                Arrays.stream(v).max().getAsDouble(), v.length);
    }
}
