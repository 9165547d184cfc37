package org.initlab.spec;

import java.util.Locale;

/**
 * The course's weight initializers. Each draws from numpy's stream seeded once; layers draw in order.
 * <table>
 *   <caption>Weights and biases of layer l, numpy shape (n_l, n_{l-1})</caption>
 *   <tr><td>zeros</td><td>W = 0</td></tr>
 *   <tr><td>random</td><td>W = randn · 10 (the course's "large random")</td></tr>
 *   <tr><td>he</td><td>W = randn · sqrt(2 / n_in), He et al. 2015</td></tr>
 *   <tr><td>xavier</td><td>W = randn / sqrt(n_in), the course's "1/sqrt(n_in)"</td></tr>
 *   <tr><td>normal:SIGMA</td><td>W = randn · SIGMA</td></tr>
 *   <tr><td>nielsen</td><td>W = randn / sqrt(n_in), b = randn (Nielsen ch. 3)</td></tr>
 *   <tr><td>large</td><td>W = randn, b = randn (Nielsen ch. 1)</td></tr>
 * </table>
 * Biases are zero unless said. {@code nielsen} and {@code large} draw as the numpy peer of E5 does: per layer
 * {@code W = randn(n_in, n_out)} then {@code b = randn(n_out)}.
 */
public enum InitScheme {
    ZEROS(false), RANDOM(false), HE(false), XAVIER(false), NORMAL(false), NIELSEN(true), LARGE(true);

    private final boolean randomBiases;

    InitScheme(boolean randomBiases) {
        this.randomBiases = randomBiases;
    }

    /** Whether biases are drawn {@code N(0, 1)} from the stream (else they are zero). */
    public boolean randomBiases() {
        return randomBiases;
    }

    /** Whether weights are drawn in numpy shape {@code (n_in, n_out)} (E5's peer) rather than {@code (n_out, n_in)}. */
    public boolean inputMajor() {
        return randomBiases;
    }

    /** Whether the scheme draws from the random stream at all. */
    public boolean draws() {
        return this != ZEROS;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The weight a standard normal draw {@code g} becomes for a layer with {@code nIn} inputs, written as the course
     * writes it, so that results equal numpy's bit for bit.
     */
    public double scale(double g, int nIn, double sigma) {
        return switch (this) {
            case ZEROS -> 0.0;
            case RANDOM -> g * 10;
            case HE -> g * Math.sqrt(2.0 / nIn);
            case XAVIER, NIELSEN -> g / Math.sqrt(nIn);
            case NORMAL -> g * sigma;
            case LARGE -> g;
        };
    }

    public static InitScheme parse(String s) {
        return Names.parse(InitScheme.class, s, "initializer", "init");
    }
}
