package org.initlab.train.fast;

/**
 * Whether values are all finite, the test for divergence: {@code x·0} is 0 for a finite {@code x} and NaN for NaN
 * or ±∞, so {@code Σ x·0 = 0} exactly when every {@code x} is finite. Four running sums keep the loop fast.
 */
final class Finite {
    private Finite() {
    }

    static boolean all(double[] v) {
        return all(v, v.length);
    }

    /** Whether {@code v[0, n)} are all finite. */
    static boolean all(double[] v, int n) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            s0 += v[i] * 0.0;
            s1 += v[i + 1] * 0.0;
            s2 += v[i + 2] * 0.0;
            s3 += v[i + 3] * 0.0;
        }
        for (; i < n; i++) {
            s0 += v[i] * 0.0;
        }
        return s0 + s1 + s2 + s3 == 0.0;
    }
}
