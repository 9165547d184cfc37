package org.initlab.init;

import org.bytedeco.openblas.global.openblas;

/**
 * {@code numpy.linalg.qr(a)} (reduced) through the LAPACK routines numpy calls, {@code dgeqrf} then {@code dorgqr},
 * from the OpenBLAS that ND4J bundles.
 *
 * <p>Both are given the least workspace ({@code n}), which makes LAPACK use its unblocked Householder code
 * ({@code dgeqr2}, {@code dorg2r}) at every size. Below 128 columns that is the path numpy's LAPACK takes too, and the
 * results are numpy's to the last bit where both BLAS builds compute the reflections alike; above, numpy blocks and the
 * results agree within rounding. The blocked path is avoided because the level-3 kernels of the bundled OpenBLAS
 * 0.3.19 for AVX-512 ("SkylakeX") return wrong factors there. Every {@code Q} is checked to be orthonormal.
 */
final class NumpyQr {
    /** The largest {@code |QᵀQ − I|} accepted: far above rounding, far below any wrong factor. */
    private static final double ORTHONORMAL = 1e-9;

    private NumpyQr() {
    }

    /**
     * The QR factorization of the column-major {@code m × n} matrix {@code a} ({@code m ≥ n}): {@code a} is
     * overwritten with the orthonormal columns {@code Q} (column-major {@code m × n}), and the diagonal of {@code R}
     * is returned.
     *
     * @throws IllegalStateException when LAPACK fails or its {@code Q} is not orthonormal
     */
    static double[] factor(double[] a, int m, int n) {
        if (m < n || n < 1 || a.length != (long) m * n) {
            throw new IllegalArgumentException("QR of " + m + " x " + n + ": need m >= n >= 1 and m·n values");
        }
        int[] rows = {m};
        int[] cols = {n};
        int[] lda = {m};
        int[] lwork = {n};
        int[] info = {0};
        double[] tau = new double[n];
        double[] work = new double[n];
        openblas.LAPACK_dgeqrf(rows, cols, a, lda, tau, work, lwork, info);
        if (info[0] != 0) {
            throw new IllegalStateException("LAPACK dgeqrf failed (info " + info[0] + ")");
        }
        double[] diagonal = new double[n];
        for (int j = 0; j < n; j++) {
            diagonal[j] = a[j * m + j];
        }
        openblas.LAPACK_dorgqr(rows, cols, cols, a, lda, tau, work, lwork, info);
        if (info[0] != 0) {
            throw new IllegalStateException("LAPACK dorgqr failed (info " + info[0] + ")");
        }
        checkOrthonormal(a, m, n);
        return diagonal;
    }

    private static void checkOrthonormal(double[] q, int m, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double dot = 0;
                for (int r = 0; r < m; r++) {
                    dot += q[i * m + r] * q[j * m + r];
                }
                if (Math.abs(dot - (i == j ? 1.0 : 0.0)) > ORTHONORMAL) {
                    throw new IllegalStateException("LAPACK's QR of a " + m + " x " + n + " matrix is not orthonormal"
                            + " (column " + i + "·" + j + " = " + dot + "): the BLAS library computes wrongly here");
                }
            }
        }
    }
}
