package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;

/** numpy's legacy draws the catalogue is written in, with the reference's order of operations. */
final class Draws {
    /** The standard deviation of N(0, 1) cut at ±2, by which Keras divides its truncated normal. */
    static final double TRUNC_STD = 0.87962566103423978;

    private Draws() {
    }

    /** {@code rng.uniform(low, high)}: numpy computes {@code low + (high − low) · rand()}. */
    static double uniform(NumpyRandomState rng, double low, double high) {
        return low + (high - low) * rng.rand();
    }

    /** {@code standard_normal()} drawn again until {@code |z| <= 2}: the reference's truncated standard normal. */
    static double truncatedStandardNormal(NumpyRandomState rng) {
        double z = rng.randn();
        while (Math.abs(z) > 2) {
            z = rng.randn();
        }
        return z;
    }

    /** Advances {@code rng} by {@code n} values of {@code rand()} (two 32-bit draws each). */
    static void skipUniforms(NumpyRandomState rng, int n) {
        for (int i = 0; i < n; i++) {
            rng.rand();
        }
    }

    /** Advances {@code rng} by {@code n} Gaussians. */
    static void skipGaussians(NumpyRandomState rng, int n) {
        rng.skipGaussians(n);
    }
}
