package org.initlab.data;

import org.initlab.numpy.NumpyRandomState;

/**
 * The input of the activation-distribution experiment (E4, after Saito's "Deep Learning from Scratch", §6.2):
 * {@code np.random.randn(1000, 100)}, 1000 examples of 100 standard-normal values, filled row by row.
 */
public final class Probe {
    public static final int EXAMPLES = 1000;
    public static final int FEATURES = 100;

    private Probe() {
    }

    /** {@code np.random.seed(seed); np.random.randn(1000, 100)}; rows are examples. */
    public static Matrix input(long seed) {
        return input(new NumpyRandomState(seed));
    }

    /** {@code randn(1000, 100)} drawn from {@code rng}, which moves on by 100 000 Gaussians. */
    public static Matrix input(NumpyRandomState rng) {
        return new Matrix(EXAMPLES, FEATURES, rng.randn(EXAMPLES, FEATURES));
    }
}
