package org.initlab.train.fast;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.spec.DropoutMode;
import org.initlab.spec.ExperimentSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The memory layouts, the two forms of the column layout's weight gradient and the split over cores compute every
 * element with the same operations in the same order: their results are equal, not merely close.
 */
class FastEngineLayoutsTest {
    /** Course-shaped random values, with every third one exactly zero (ReLU's zeros, dropped units, blank pixels). */
    private static double[][] course(NumpyRandomState r, int rows, int cols) {
        double[][] v = new double[rows][cols];
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < cols; i++) {
                v[j][i] = (j + i) % 3 == 0 ? 0.0 : r.randn();
            }
        }
        return v;
    }

    private static double[][] activations(Layout layout, double[][] a) {
        int units = a.length;
        int m = a[0].length;
        double[][] out = layout.allocate(units, m);
        for (int j = 0; j < units; j++) {
            for (int i = 0; i < m; i++) {
                layout.set(out, j, i, a[j][i]);
            }
        }
        return out;
    }

    private static double[][] weights(Layout layout, double[][] w) {
        int nOut = w.length;
        int nIn = w[0].length;
        double[][] out = layout.allocateWeights(nIn, nOut);
        for (int j = 0; j < nOut; j++) {
            for (int k = 0; k < nIn; k++) {
                layout.setWeight(out, j, k, w[j][k]);
            }
        }
        return out;
    }

    private static double[][] courseActivations(Layout layout, double[][] v, int units, int m) {
        double[][] out = new double[units][m];
        for (int j = 0; j < units; j++) {
            for (int i = 0; i < m; i++) {
                out[j][i] = layout.get(v, j, i);
            }
        }
        return out;
    }

    private static double[][] courseWeights(Layout layout, double[][] v, int nIn, int nOut) {
        double[][] out = new double[nOut][nIn];
        for (int j = 0; j < nOut; j++) {
            for (int k = 0; k < nIn; k++) {
                out[j][k] = layout.weight(v, j, k);
            }
        }
        return out;
    }

    /** Zeroes the gradient rows a layout left out as all zero. */
    private static void clearUntouched(Layout layout, double[][] dw, int[] touched, int count) {
        java.util.Set<Integer> written = new java.util.HashSet<>();
        for (int t = 0; t < count; t++) {
            written.add(touched[t]);
        }
        for (int r = 0; r < dw.length; r++) {
            if (!written.contains(r)) {
                java.util.Arrays.fill(dw[r], 0.0);
            }
        }
    }

    /** The three products of {@code layout} on course-shaped inputs, as course-shaped results. */
    private record Products(double[][] z, double[][] dw, double[][] da, double[] db) {
        static Products of(Layout layout, double[][] w, double[] b, double[][] a, double[][] dz, boolean rows) {
            int nOut = w.length;
            int nIn = w[0].length;
            int m = a[0].length;
            double[][] lw = weights(layout, w);
            double[][] la = activations(layout, a);
            double[][] ldz = activations(layout, dz);
            double[][] z = layout.allocate(nOut, m);
            double[][] dw = layout.allocateWeights(nIn, nOut);
            double[][] da = layout.allocate(nIn, m);
            double[] db = new double[nOut];
            layout.forward(lw, b, la, z, nIn, nOut, m);
            int[] touched = new int[Math.max(nIn, nOut)];
            int count = layout.weightGradient(ldz, la, rows ? activations(new RowLayout(), a) : null, dw, nIn,
                    nOut, m, touched);
            clearUntouched(layout, dw, touched, count);
            layout.inputGradient(lw, ldz, da, nIn, nOut, m);
            layout.biasGradient(ldz, db, nOut, m);
            return new Products(courseActivations(layout, z, nOut, m), courseWeights(layout, dw, nIn, nOut),
                    courseActivations(layout, da, nIn, m), db);
        }

        void assertEqualTo(Products o) {
            for (int j = 0; j < z.length; j++) {
                assertArrayEquals(z[j], o.z[j], 0.0, "Z row " + j);
            }
            for (int j = 0; j < dw.length; j++) {
                assertArrayEquals(dw[j], o.dw[j], 0.0, "dW row " + j);
            }
            for (int k = 0; k < da.length; k++) {
                assertArrayEquals(da[k], o.da[k], 0.0, "dA row " + k);
            }
            assertArrayEquals(db, o.db, 0.0, "db");
        }
    }

    @ParameterizedTest(name = "nIn = {0}")
    @ValueSource(ints = {1, 3, 5, 20, 31, 32, 45, 300})
    void columnAndRowLayoutsComputeTheSameProducts(int nIn) {
        NumpyRandomState r = new NumpyRandomState(nIn);
        int nOut = 7;
        int m = 37;
        double[][] w = course(r, nOut, nIn);
        double[] b = course(r, 1, nOut)[0];
        double[][] a = course(r, nIn, m);
        double[][] dz = course(r, nOut, m);
        Products column = Products.of(new ColumnLayout(new Parallel(1)), w, b, a, dz, false);
        Products columnWithRows = Products.of(new ColumnLayout(new Parallel(1)), w, b, a, dz, true);
        Products row = Products.of(new RowLayout(), w, b, a, dz, false);

        column.assertEqualTo(row);
        columnWithRows.assertEqualTo(row);
        assertEquals(0.0, column.z[2][1] - dot(w[2], a, 1) - b[2], 1e-12, "Z = W·A + b");
    }

    private static double dot(double[] w, double[][] a, int i) {
        double s = 0;
        for (int k = 0; k < w.length; k++) {
            s += w[k] * a[k][i];
        }
        return s;
    }

    @Test
    void splittingALargeProductOverThreadsChangesNoBit() {
        NumpyRandomState r = new NumpyRandomState(9);
        int nIn = 3000;
        int nOut = 20;
        int m = 41;
        assertTrue((long) nIn * nOut * m >= ColumnLayout.PARALLEL_FROM, "large enough to be split");
        double[][] w = course(r, nOut, nIn);
        double[] b = course(r, 1, nOut)[0];
        double[][] a = course(r, nIn, m);
        double[][] dz = course(r, nOut, m);
        try (Parallel three = new Parallel(3)) {
            Products.of(new ColumnLayout(three), w, b, a, dz, true)
                    .assertEqualTo(Products.of(new ColumnLayout(new Parallel(1)), w, b, a, dz, true));
        }
    }

    private static MultiLayerNetwork trained(NumpyCase c, ExperimentSpec spec, LayoutKind kind) {
        MultiLayerNetwork net = c.network();
        FastTraining.train(spec, c.data(), net, Progress0.INSTANCE, kind);
        return net;
    }

    /** Progress that ignores everything. */
    private enum Progress0 implements org.initlab.train.Progress {
        INSTANCE
    }

    @Test
    void bothLayoutsTrainToTheSameParameters() {
        NumpyCase c = NumpyCase.named("tanh_softmax_fresh_l2_b50");
        ExperimentSpec spec = c.spec().toBuilder().epochs(3, 25).keepProb(0.7).dropoutMode(DropoutMode.FRESH).build();
        MultiLayerNetwork column = trained(c, spec, LayoutKind.COLUMN);
        MultiLayerNetwork row = trained(c, spec, LayoutKind.ROW);

        for (int l = 1; l < c.sizes().length; l++) {
            double[][] wc = TestNets.courseW(column, l);
            double[][] wr = TestNets.courseW(row, l);
            for (int j = 0; j < wc.length; j++) {
                assertArrayEquals(wc[j], wr[j], 0.0, "W" + l + " row " + j);
            }
            assertArrayEquals(TestNets.bias(column, l), TestNets.bias(row, l), 0.0, "b" + l);
        }
    }
}
