package org.initlab.net;

/**
 * numpy's float64 summation, in its order: {@code np.sum} adds a contiguous array pairwise (blocks of at most 128
 * values, each summed with eight interleaved accumulators), and {@code np.nansum} does the same after replacing NaN
 * with 0. Summing in numpy's order keeps a cost equal to the course's to the last bit, not just to rounding.
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

    /** numpy's {@code pairwise_sum} of {@code a[from, from + n)}. */
    public static double pairwise(double[] a, int from, int n) {
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
        return pairwise(a, from, n2) + pairwise(a, from + n2, n - n2);
    }
}
