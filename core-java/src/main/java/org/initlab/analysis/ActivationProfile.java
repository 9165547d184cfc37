package org.initlab.analysis;

import org.initlab.numpy.Histogram;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationHardSigmoid;
import org.nd4j.linalg.activations.impl.ActivationHardTanH;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU6;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftSign;
import org.nd4j.linalg.activations.impl.ActivationTanH;

import java.util.List;
import java.util.Objects;

/**
 * What the statistics need to know of an activation function: its flat points, where its derivative vanishes and a
 * unit stops learning (sigmoid 0 and 1, tanh −1 and 1, ReLU 0: Glorot &amp; Bengio 2010, Saito §6.2), and its output
 * range when bounded. A value is <em>saturated</em> when it lies within {@link #NEAR} = 0.1 of a flat point,
 * {@code min_p |a − p| ≤ 0.1}.
 *
 * @param name       a short name, e.g. {@code sigmoid}
 * @param flatPoints the flat points; empty when the activation has none (the saturated share is then NaN)
 * @param lo         the lower end of the output range, or NaN when unbounded
 * @param hi         the upper end of the output range, or NaN when unbounded
 */
public record ActivationProfile(String name, List<Double> flatPoints, double lo, double hi) {
    /** How close to a flat point a value counts as saturated. */
    public static final double NEAR = 0.1;

    public static final ActivationProfile SIGMOID = new ActivationProfile("sigmoid", List.of(0.0, 1.0), 0.0, 1.0);
    public static final ActivationProfile TANH = new ActivationProfile("tanh", List.of(-1.0, 1.0), -1.0, 1.0);
    public static final ActivationProfile RELU = new ActivationProfile("relu", List.of(0.0), Double.NaN, Double.NaN);

    public ActivationProfile {
        Objects.requireNonNull(name, "name");
        flatPoints = List.copyOf(flatPoints);
    }

    /** A function InitLab knows nothing about: no flat points, unbounded. */
    public static ActivationProfile unknown(String name) {
        return new ActivationProfile(name, List.of(), Double.NaN, Double.NaN);
    }

    /**
     * The profile of a DL4J activation: sigmoid and hard sigmoid (0 and 1, range [0, 1]); tanh, hard tanh and softsign
     * (−1 and 1, range [−1, 1]); plain ReLU (0, plus its cap if it has one); ReLU6 (0 and 6, range [0, 6]); identity
     * (none). Anything else, including leaky and thresholded ReLUs, is {@link #unknown}.
     */
    public static ActivationProfile of(IActivation fn) {
        if (fn instanceof ActivationSigmoid) {
            return SIGMOID;
        }
        if (fn instanceof ActivationHardSigmoid) {
            return new ActivationProfile("hardsigmoid", List.of(0.0, 1.0), 0.0, 1.0);
        }
        if (fn instanceof ActivationTanH) {
            return TANH;
        }
        if (fn instanceof ActivationHardTanH) {
            return new ActivationProfile("hardtanh", List.of(-1.0, 1.0), -1.0, 1.0);
        }
        if (fn instanceof ActivationSoftSign) {
            return new ActivationProfile("softsign", List.of(-1.0, 1.0), -1.0, 1.0);
        }
        if (fn instanceof ActivationReLU6) {
            return new ActivationProfile("relu6", List.of(0.0, 6.0), 0.0, 6.0);
        }
        if (fn instanceof ActivationReLU r && isZero(r.getThreshold()) && isZero(r.getNegativeSlope())) {
            Double max = r.getMax();
            return max == null || max == 0.0 ? RELU
                    : new ActivationProfile("relu", List.of(0.0, max), 0.0, max);
        }
        if (fn instanceof ActivationIdentity) {
            return unknown("identity");
        }
        return unknown(fn == null ? "none" : fn.toString());
    }

    private static boolean isZero(Double x) {
        return x == null || x == 0.0;
    }

    /** Whether the output range is bounded on both sides. */
    public boolean bounded() {
        return Double.isFinite(lo) && Double.isFinite(hi);
    }

    /** The share of {@code values} within {@link #NEAR} of a flat point; NaN without flat points or values. */
    public double saturated(double[] values) {
        if (flatPoints.isEmpty() || values.length == 0) {
            return Double.NaN;
        }
        long near = 0;
        for (double v : values) {
            for (double p : flatPoints) {
                if (Math.abs(v - p) <= NEAR) {
                    near++;
                    break;
                }
            }
        }
        return (double) near / values.length;
    }

    /**
     * The share of {@code values} in the flat ends of a bounded output range, measured as tanh's: a value {@code a}
     * is saturated when {@code |u| > level} for {@code u = 2(a − lo)/(hi − lo) − 1}, its place in the range mapped
     * onto tanh's {@code [−1, 1]}. With {@code level = 0.97} this is Karpathy's {@code |tanh| > 0.97} ("Building
     * makemore Part 3"), the same derivative-relative point on sigmoid ({@code σ < 0.015} or {@code σ > 0.985},
     * where {@code σ′} is 6 % of its peak, as {@code tanh′} is at 0.97). NaN for an unbounded activation or no values.
     */
    public double saturatedBeyond(double[] values, double level) {
        if (!bounded() || values.length == 0) {
            return Double.NaN;
        }
        double half = (hi - lo) / 2;
        double centre = lo + half;
        long beyond = 0;
        for (double v : values) {
            if (Math.abs(v - centre) / half > level) {
                beyond++;
            }
        }
        return (double) beyond / values.length;
    }

    /** Whether a unit with this activation can be dead: ReLU's flat side, exactly 0 for every input below 0. */
    public boolean canDie() {
        return name.equals("relu") || name.equals("relu6");
    }

    /**
     * The histogram of {@code values} over the output range when it is bounded, else over the values' own
     * {@code [min, max]} (numpy's default).
     */
    public Histogram histogram(double[] values, int bins) {
        return bounded() ? Histogram.of(values, bins, lo, hi) : Histogram.of(values, bins);
    }
}
