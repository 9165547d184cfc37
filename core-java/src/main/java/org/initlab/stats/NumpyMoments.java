package org.initlab.stats;

/**
 * numpy's {@code a.mean()} and {@code a.std()} of a contiguous float64 array, to the last bit:
 * {@code mean = S(a) / n} and {@code std = sqrt(S((a − mean)²) / n)} (population std, {@code ddof = 0}), where
 * {@code S} is numpy's {@code pairwise_sum} ({@code numpy/_core/src/umath/loops_utils.h.src}): fewer than 8 values
 * added left to right; up to 128 values in eight interleaved accumulators combined as
 * {@code ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))} plus the remainder; longer runs split at
 * {@code ⌊n/2⌋ − (⌊n/2⌋ mod 8)} and the halves' sums added. Checked against numpy 2.4 on 1000 × 100 arrays.
 */
public final class NumpyMoments {
    private static final int BLOCK = 128;

    private NumpyMoments() {
    }

    /** {@code np.mean(values)}; NaN for no values. */
    public static double mean(double[] values) {
        return sum(values, 0, values.length) / values.length;
    }

    /** {@code np.std(values)}: the population standard deviation; NaN for no values. */
    public static double std(double[] values) {
        double mean = mean(values);
        double[] sq = new double[values.length];
        for (int i = 0; i < sq.length; i++) {
            double d = values[i] - mean;
            sq[i] = d * d;
        }
        return Math.sqrt(sum(sq, 0, sq.length) / sq.length);
    }

    /** {@code np.sum(values)} in numpy's pairwise order. */
    public static double sum(double[] values) {
        return sum(values, 0, values.length);
    }

    private static double sum(double[] a, int from, int n) {
        if (n < 8) {
            double res = -0.0;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= BLOCK) {
            double[] r = new double[8];
            System.arraycopy(a, from, r, 0, 8);
            int i = 8;
            for (; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += a[from + i + j];
                }
            }
            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return sum(a, from, n2) + sum(a, from + n2, n - n2);
    }
}
