package org.initlab.numpy;

/**
 * numpy's float64 summation, in its order ({@code pairwise_sum} in numpy's {@code loops_utils.h}): fewer than 8
 * values are added left to right; up to 128 values go to eight interleaved accumulators
 * {@code r[j] = a[j] + a[j+8] + a[j+16] + …}, combined as {@code ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))},
 * then the remainder is added; longer runs are split at {@code n2 = ⌊n/2⌋ − (⌊n/2⌋ mod 8)} and the two halves' sums
 * added. The reduction then adds that sum to its identity {@code +0.0}, so a sum of zeros is {@code +0.0} even when
 * they are all {@code −0.0}. {@code np.nansum} does the same after replacing NaN with 0. Summing in numpy's order
 * keeps a cost equal to the course's to the last bit, not just to rounding.
 *
 * <p>One implementation serves the DL4J losses, the statistics and the fast engine's inner loops, so it allocates
 * nothing.
 */
public final class NumpySum {
    private static final int BLOCK = 128;

    private NumpySum() {
    }

    /** {@code np.nansum(a)}: the pairwise sum of the values that are not NaN. */
    public static double nansum(double[] a) {
        double[] b = a.clone();
        for (int i = 0; i < b.length; i++) {
            if (Double.isNaN(b[i])) {
                b[i] = 0.0;
            }
        }
        return pairwise(b, 0, b.length);
    }

    /** {@code np.sum(a[from:from + n])}: numpy's {@code pairwise_sum} of the run, added to {@code +0.0}. */
    public static double pairwise(double[] a, int from, int n) {
        return 0.0 + pairwiseSum(a, from, n);
    }

    /** The fast engine's {@code np.sum} of {@code a[from, from + n)}: the same as {@link #pairwise}. */
    public static double sum(double[] a, int from, int n) {
        return pairwise(a, from, n);
    }

    /** numpy's {@code pairwise_sum} itself: a run of fewer than 8 values is added from {@code −0.0}. */
    private static double pairwiseSum(double[] a, int from, int n) {
        if (n < 8) {
            double res = -0.0;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= BLOCK) {
            double r0 = a[from];
            double r1 = a[from + 1];
            double r2 = a[from + 2];
            double r3 = a[from + 3];
            double r4 = a[from + 4];
            double r5 = a[from + 5];
            double r6 = a[from + 6];
            double r7 = a[from + 7];
            int i = 8;
            for (; i < n - (n % 8); i += 8) {
                int at = from + i;
                r0 += a[at];
                r1 += a[at + 1];
                r2 += a[at + 2];
                r3 += a[at + 3];
                r4 += a[at + 4];
                r5 += a[at + 5];
                r6 += a[at + 6];
                r7 += a[at + 7];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwiseSum(a, from, n2) + pairwiseSum(a, from + n2, n - n2);
    }
}
