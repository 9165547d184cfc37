package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The QR factorization through the LAPACK of ND4J's OpenBLAS (loaded from the natives on the class path), on the
 * unblocked Householder path at every size: also at 200 × 130, where the bundled OpenBLAS 0.3.19's blocked AVX-512
 * kernels return factors that are not orthogonal.
 */
class NumpyQrTest {
    @Test
    void householderLeavesAnAlreadyTriangularMatrixAlone() {
        double[] a = {1, 0, 0, 0, 1, 0};   // column-major eye(3, 2)
        double[] diagonal = NumpyQr.factor(a, 3, 2);
        assertArrayEquals(new double[] {1, 0, 0, 0, 1, 0}, a, 0.0);
        assertArrayEquals(new double[] {1, 1}, diagonal, 0.0);
    }

    @Test
    void aLargeMatrixOnTheSizeWhereBlockedKernelsFailGetsAnOrthonormalBasisOfItsColumns() {
        int m = 200;
        int n = 130;
        double[] a = new NumpyRandomState(5).randn(m * n);
        double[] q = a.clone();
        double[] diagonal = NumpyQr.factor(q, m, n);
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                assertEquals(i == j ? 1.0 : 0.0, dot(q, i, q, j, m), 1e-12, "column " + i + " · column " + j);
            }
            assertTrue(diagonal[i] != 0.0, "R's diagonal");
        }
        for (int j = 0; j < n; j++) {
            double[] residual = new double[m];
            System.arraycopy(a, j * m, residual, 0, m);
            for (int i = 0; i < n; i++) {
                double c = dot(q, i, a, j, m);
                for (int r = 0; r < m; r++) {
                    residual[r] -= c * q[i * m + r];
                }
            }
            double norm = Math.sqrt(dot(residual, 0, residual, 0, m));
            assertTrue(norm < 1e-12 * Math.sqrt(dot(a, j, a, j, m)), "column " + j + " lies in Q's span: " + norm);
            assertEquals(Math.abs(diagonal[j]), Math.abs(dot(q, j, a, j, m)), 1e-12, "R[j][j] = q_j · a_j");
        }
    }

    @Test
    void aWideMatrixIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NumpyQr.factor(new double[6], 2, 3));
    }

    private static double dot(double[] x, int i, double[] y, int j, int m) {
        double s = 0;
        for (int r = 0; r < m; r++) {
            s += x[i * m + r] * y[j * m + r];
        }
        return s;
    }
}
