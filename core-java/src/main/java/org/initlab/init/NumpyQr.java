package org.initlab.init;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas;

/**
 * {@code numpy.linalg.qr(a)} (reduced) through the LAPACK routines numpy calls, {@code dgeqrf} then {@code dorgqr},
 * from the OpenBLAS that ND4J bundles. Agrees with numpy within rounding (equal to the last bit where both BLAS
 * builds compute the reflections alike).
 */
final class NumpyQr {
    private NumpyQr() {
    }

    /**
     * The QR factorization of the column-major {@code m × n} matrix {@code a} ({@code m ≥ n}): {@code a} is
     * overwritten with the orthonormal columns {@code Q} (column-major {@code m × n}), and the diagonal of {@code R}
     * is returned.
     */
    static double[] factor(double[] a, int m, int n) {
        if (m < n || a.length != (long) m * n) {
            throw new IllegalArgumentException("QR of " + m + " x " + n + ": need m >= n and m·n values");
        }
        try (DoublePointer p = new DoublePointer(a); DoublePointer tau = new DoublePointer(n)) {
            int info = openblas.LAPACKE_dgeqrf(openblas.LAPACK_COL_MAJOR, m, n, p, m, tau);
            if (info != 0) {
                throw new IllegalStateException("LAPACK dgeqrf failed (info " + info + ")");
            }
            double[] diagonal = new double[n];
            for (int j = 0; j < n; j++) {
                diagonal[j] = p.get((long) j * m + j);
            }
            info = openblas.LAPACKE_dorgqr(openblas.LAPACK_COL_MAJOR, m, n, n, p, m, tau);
            if (info != 0) {
                throw new IllegalStateException("LAPACK dorgqr failed (info " + info + ")");
            }
            p.get(a);
            return diagonal;
        }
    }
}
