package org.initlab.train.fast;

/**
 * numpy's float64 summation order ({@code pairwise_sum} in numpy's {@code loops_utils.h}), for {@code np.sum} of a
 * contiguous array and {@code np.sum(a, axis=1)} of a C-ordered matrix: fewer than 8 values are added left to
 * right; up to 128 values go to eight interleaved accumulators {@code r[j] = a[j] + a[j+8] + a[j+16] + …}, combined
 * as {@code ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))}, then the remainder is added; longer runs are split at
 * {@code n2 = ⌊n/2⌋ − (⌊n/2⌋ mod 8)} and the two halves' sums added.
 */
final class PairwiseSum {
    private static final int BLOCK = 128;

    private PairwiseSum() {
    }

    /** The sum of {@code a[from + i·stride]} for {@code i = 0 … n−1}, in numpy's order. */
    static double sum(double[] a, int from, int n, int stride) {
        if (n < 8) {
            double res = 0.0;
            for (int i = 0; i < n; i++) {
                res += a[from + i * stride];
            }
            return res;
        }
        if (n <= BLOCK) {
            double r0 = a[from];
            double r1 = a[from + stride];
            double r2 = a[from + 2 * stride];
            double r3 = a[from + 3 * stride];
            double r4 = a[from + 4 * stride];
            double r5 = a[from + 5 * stride];
            double r6 = a[from + 6 * stride];
            double r7 = a[from + 7 * stride];
            int i = 8;
            for (; i < n - (n % 8); i += 8) {
                int at = from + i * stride;
                r0 += a[at];
                r1 += a[at + stride];
                r2 += a[at + 2 * stride];
                r3 += a[at + 3 * stride];
                r4 += a[at + 4 * stride];
                r5 += a[at + 5 * stride];
                r6 += a[at + 6 * stride];
                r7 += a[at + 7 * stride];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += a[from + i * stride];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return sum(a, from, n2, stride) + sum(a, from + n2 * stride, n - n2, stride);
    }

    /** {@code np.nansum}: the sum in numpy's order with every NaN counted as 0. Replaces NaNs in {@code a} in place. */
    static double nansumInPlace(double[] a, int n) {
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(a[i])) {
                a[i] = 0.0;
            }
        }
        return sum(a, 0, n, 1);
    }
}
