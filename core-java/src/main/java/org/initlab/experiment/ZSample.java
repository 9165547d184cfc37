package org.initlab.experiment;

import org.initlab.numpy.Histogram;
import org.initlab.numpy.NumpyMoments;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.DoubleStream;

/**
 * The weighted input {@code z = Σ_j w_j x_j + b} of one freshly initialized neuron, drawn many times, under one
 * initialization (Nielsen, "Neural Networks and Deep Learning", ch. 3, "Weight initialization"). With {@code k}
 * inputs equal to 1 and the rest 0, {@code z} is a sum of {@code k} weights and the bias, so
 * {@code z ~ N(0, k·σ_w² + σ_b²)}.
 *
 * @param name           {@code large} or {@code scaled}
 * @param sigmaW         the weights' standard deviation
 * @param sigmaB         the bias's standard deviation
 * @param theoreticalStd {@code sqrt(k·σ_w² + σ_b²)}
 * @param z              the drawn values, one per draw
 * @param histogram      their histogram
 */
public record ZSample(String name, double sigmaW, double sigmaB, double theoreticalStd, double[] z,
                      Histogram histogram) {
    public ZSample {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(histogram, "histogram");
        z = z.clone();
    }

    @Override
    public double[] z() {
        return z.clone();
    }

    /** The mean of the drawn {@code z}, numpy's {@code z.mean()}. */
    public double empiricalMean() {
        return NumpyMoments.mean(z);
    }

    /** The standard deviation of the drawn {@code z}, numpy's {@code z.std()}. */
    public double empiricalStd() {
        return NumpyMoments.std(z);
    }

    /**
     * The mean of {@code σ'(z) = σ(z)(1 − σ(z))} over the draws: how fast a sigmoid neuron starting there learns
     * (at most 1/4, at {@code z = 0}); Nielsen's saturated neuron has it near 0.
     */
    public double meanSigmoidPrime() {
        double[] d = new double[z.length];
        for (int i = 0; i < d.length; i++) {
            double s = 1 / (1 + Math.exp(-z[i]));
            d[i] = s * (1 - s);
        }
        return NumpyMoments.mean(d);
    }

    /** The theoretical density of {@code z}, {@code exp(−x²/(2s²)) / (s·sqrt(2π))}, {@code s} the theoretical std. */
    public double theoreticalDensity(double x) {
        double u = x / theoreticalStd;
        return Math.exp(-0.5 * u * u) / (theoreticalStd * Math.sqrt(2 * Math.PI));
    }

    /**
     * {@code {"sigma_w", "sigma_b", "theoretical_std", "empirical_mean", "empirical_std", "mean_sigmoid_prime",
     * "histogram": {"edges", "counts"}, "density": {"x", "empirical", "theoretical"}}}; the density at the bins'
     * centres, empirical as {@code counts / (draws · width)}.
     */
    public Map<String, Object> toMap() {
        double[] x = histogram.centres();
        Map<String, Object> density = new LinkedHashMap<>();
        density.put("x", list(x));
        density.put("empirical", list(histogram.density(z.length)));
        density.put("theoretical", list(DoubleStream.of(x).map(this::theoreticalDensity).toArray()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sigma_w", sigmaW);
        m.put("sigma_b", sigmaB);
        m.put("theoretical_std", theoreticalStd);
        m.put("empirical_mean", empiricalMean());
        m.put("empirical_std", empiricalStd());
        m.put("mean_sigmoid_prime", meanSigmoidPrime());
        m.put("histogram", histogram.toMap());
        m.put("density", density);
        return m;
    }

    private static List<Double> list(double[] values) {
        return DoubleStream.of(values).boxed().toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZSample s && s.name.equals(name) && Double.compare(s.sigmaW, sigmaW) == 0
                && Double.compare(s.sigmaB, sigmaB) == 0 && Arrays.equals(s.z, z)
                && s.histogram.equals(histogram);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, sigmaW, sigmaB, Arrays.hashCode(z), histogram);
    }

    @Override
    public String toString() {
        return "ZSample[" + name + ", " + z.length + " draws, theoretical std " + theoreticalStd + "]";
    }
}
