package org.initlab.bench;

import org.junit.jupiter.api.Test;

import org.initlab.numpy.NumpyRandomState;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The peak counts only products that Freivalds' test finds right. */
class PeakTest {
    private static double[] product(double[] a, double[] b, int n) {
        double[] c = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += a[i * n + k] * b[k * n + j];
                }
                c[i * n + j] = s;
            }
        }
        return c;
    }

    @Test
    void freivaldsAcceptsARightProductAndRejectsAWrongEntry() {
        int n = 64;
        NumpyRandomState r = new NumpyRandomState(3);
        double[] a = r.rand(n * n);
        double[] b = r.rand(n * n);
        double[] c = product(a, b, n);
        assertTrue(Peak.freivalds(a, b, c, n, new NumpyRandomState(1)) <= Peak.TOLERANCE, "right");

        c[17 * n + 40] += 1e-3;
        assertTrue(Peak.freivalds(a, b, c, n, new NumpyRandomState(1)) > Peak.TOLERANCE, "one entry off by 1e-3");
        c[17 * n + 40] = Double.NaN;
        assertTrue(Peak.freivalds(a, b, c, n, new NumpyRandomState(1)) > Peak.TOLERANCE, "NaN");
    }
}
