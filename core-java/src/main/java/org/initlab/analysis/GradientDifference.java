package org.initlab.analysis;

/**
 * The course's measure of disagreement between a gradient {@code g} and its approximation {@code a}:
 * {@code difference = ‖g − a‖₂ / (‖g‖₂ + ‖a‖₂)}, a number in {@code [0, 1]}; {@code 0/0} (both zero) counts as 0.
 * Norms are {@code sqrt(Σ v_i²)} summed in index order, as {@code np.linalg.norm} of a vector does.
 */
public final class GradientDifference {
    private GradientDifference() {
    }

    /** The difference over the whole vectors. */
    public static double of(double[] g, double[] a) {
        return of(g, a, 0, g.length);
    }

    /** The difference over the indices {@code [from, to)} of both vectors. */
    public static double of(double[] g, double[] a, int from, int to) {
        if (g.length != a.length) {
            throw new IllegalArgumentException("gradient has " + g.length + " values, approximation " + a.length);
        }
        double numerator = 0;
        double gg = 0;
        double aa = 0;
        for (int i = from; i < to; i++) {
            double d = g[i] - a[i];
            numerator += d * d;
            gg += g[i] * g[i];
            aa += a[i] * a[i];
        }
        double denominator = Math.sqrt(gg) + Math.sqrt(aa);
        return denominator == 0 ? 0.0 : Math.sqrt(numerator) / denominator;
    }
}
