package org.initlab.experiment;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What E4b found: the spread of a neuron's weighted input {@code z} under large and under scaled initialization.
 *
 * @param seed   the numpy seed of both arms
 * @param draws  the number of neurons drawn per arm
 * @param inputs the neuron's inputs
 * @param ones   how many of them are 1 (the rest are 0)
 * @param large  weights and bias {@code N(0, 1)}
 * @param scaled weights {@code N(0, 1/inputs)}, bias {@code N(0, 1)}
 */
public record ZDistributionResult(long seed, int draws, int inputs, int ones, ZSample large, ZSample scaled) {
    public ZDistributionResult {
        Objects.requireNonNull(large, "large");
        Objects.requireNonNull(scaled, "scaled");
    }

    /**
     * {@code {"experiment": "z-distribution", "seed", "draws", "inputs", "ones", "large": {"theoretical_std",
     * "empirical_std", …}, "scaled": {…}}}, each arm as {@link ZSample#toMap()}.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("experiment", "z-distribution");
        m.put("seed", seed);
        m.put("draws", draws);
        m.put("inputs", inputs);
        m.put("ones", ones);
        m.put("large", large.toMap());
        m.put("scaled", scaled.toMap());
        return m;
    }

    /** One line per arm: theoretical and empirical standard deviation of {@code z}, and the mean {@code σ'(z)}. */
    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "E4b the saturated neuron: z = sum_j w_j x_j + b, %d inputs (%d ones), %d draws, "
                + "seed %d%n", inputs, ones, draws, seed);
        out.printf(Locale.ROOT, "%n%-28s %16s %14s %15s%n", "initialization", "theoretical std", "empirical std",
                "mean sigma'(z)");
        row(out, "large   w, b ~ N(0, 1)", large);
        row(out, "scaled  w ~ N(0, 1/" + inputs + ")", scaled);
        out.flush();
    }

    private static void row(PrintStream out, String label, ZSample s) {
        out.printf(Locale.ROOT, "%-28s %16.4f %14.4f %15.4f%n", label, s.theoreticalStd(), s.empiricalStd(),
                s.meanSigmoidPrime());
    }
}
