package org.initlab.experiment;

import org.initlab.numpy.NumpyRandomState;
import org.initlab.numpy.Histogram;

import java.util.Arrays;

/**
 * E4b, Nielsen's saturated neuron ("Neural Networks and Deep Learning", ch. 3, "Weight initialization"): a neuron
 * with {@link #INPUTS} = 1000 inputs, the first {@link #ONES} = 500 equal to 1 and the rest 0, and
 * {@code z = Σ_j w_j x_j + b}.
 * <ul>
 *   <li>{@code large}: {@code w_j, b ~ N(0, 1)}, so {@code z ~ N(0, 501)}, std {@code √501 ≈ 22.4}: {@code |z| ≫ 1},
 *       {@code σ'(z) ≈ 0}, the neuron is saturated before it has learnt anything;</li>
 *   <li>{@code scaled}: {@code w_j ~ N(0, 1/n_in)}, {@code b ~ N(0, 1)}, so {@code z ~ N(0, 3/2)}, std
 *       {@code √1.5 ≈ 1.22}.</li>
 * </ul>
 * Draws, one numpy stream per arm (so both arms share their Gaussians), in the order of Nielsen's
 * {@code default_weight_initializer} (biases before weights):
 * <pre>
 * np.random.seed(seed)
 * for each draw:
 *     b = np.random.randn()
 *     w = np.random.randn(1000) / np.sqrt(d)        # d = 1 (large) or 1000 (scaled)
 *     z = x @ w + b
 * </pre>
 * The histogram of each arm has {@link #BINS} bins over {@code ±4} theoretical standard deviations.
 */
public final class ZDistributionExperiment {
    public static final long DEFAULT_SEED = 0;
    public static final int INPUTS = 1000;
    public static final int ONES = 500;
    public static final int DRAWS = 10_000;
    public static final int BINS = 50;

    private ZDistributionExperiment() {
    }

    /** Both arms with {@link #DRAWS} draws each. */
    public static ZDistributionResult run(long seed) {
        return run(seed, DRAWS);
    }

    /** Both arms with {@code draws} draws each. */
    public static ZDistributionResult run(long seed, int draws) {
        if (draws < 1) {
            throw new IllegalArgumentException("draws " + draws + ": need at least one");
        }
        int[] fans = {1, INPUTS};
        double[][] z = z(seed, draws, fans);
        return new ZDistributionResult(seed, draws, INPUTS, ONES, sample("large", fans[0], z[0]),
                sample("scaled", fans[1], z[1]));
    }

    /** The arm with weights {@code N(0, 1/fan)} and bias {@code N(0, 1)}. */
    private static ZSample sample(String name, int fan, double[] z) {
        double theoreticalStd = Math.sqrt((double) ONES / fan + 1.0);
        Histogram h = Histogram.of(z, BINS, -4 * theoreticalStd, 4 * theoreticalStd);
        return new ZSample(name, 1 / Math.sqrt(fan), 1.0, theoreticalStd, z, h);
    }

    /**
     * {@code draws} values of {@code z} for each {@code fan}, with weights {@code randn / sqrt(fan)}, drawn as the
     * class comment says; as every arm re-seeds the same stream, one pass over the Gaussians serves them all.
     */
    static double[][] z(long seed, int draws, int[] fans) {
        NumpyRandomState rng = new NumpyRandomState(seed);
        double[] divisors = new double[fans.length];
        for (int a = 0; a < fans.length; a++) {
            divisors[a] = Math.sqrt(fans[a]);
        }
        double[][] z = new double[fans.length][draws];
        double[] dot = new double[fans.length];
        for (int d = 0; d < draws; d++) {
            double b = rng.randn();
            Arrays.fill(dot, 0.0);
            for (int j = 0; j < INPUTS; j++) {
                double g = rng.randn();
                if (j < ONES) {
                    for (int a = 0; a < fans.length; a++) {
                        dot[a] += g / divisors[a];
                    }
                }
            }
            for (int a = 0; a < fans.length; a++) {
                z[a][d] = dot[a] + b;
            }
        }
        return z;
    }
}
