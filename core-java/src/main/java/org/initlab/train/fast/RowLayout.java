package org.initlab.train.fast;

import org.initlab.numpy.NumpySum;

/**
 * DL4J's layout: a batch is {@code (m, units)}, one array per example holding its units' values ({@code A[j,i]} at
 * {@code a[i][j]}), and weights are DL4J's {@code (nIn, nOut)}, one array per input (the course's {@code W[j,k]} at
 * {@code w[k][j]}). The inner loops run along a layer's units, which suits small mini-batches; inputs that are
 * exactly zero (ReLU's zeros, dropped units) are skipped, which leaves every sum as it is. Mostly blank inputs
 * (MNIST's pixels) go through {@link SparseInput} instead, which keeps only their non-zero values.
 */
final class RowLayout implements Layout {
    private int[] nonZero = new int[0];
    private double[] column = new double[0];
    private int[] examples = new int[0];

    @Override
    public double[][] allocate(int units, int maxBatch) {
        return new double[maxBatch][units];
    }

    @Override
    public int rows(int units, int m) {
        return m;
    }

    @Override
    public int length(int units, int m) {
        return units;
    }

    @Override
    public double get(double[][] a, int unit, int example) {
        return a[example][unit];
    }

    @Override
    public void set(double[][] a, int unit, int example, double value) {
        a[example][unit] = value;
    }

    @Override
    public double[][] allocateWeights(int nIn, int nOut) {
        return new double[nIn][nOut];
    }

    @Override
    public double weight(double[][] w, int out, int in) {
        return w[in][out];
    }

    @Override
    public void setWeight(double[][] w, int out, int in, double value) {
        w[in][out] = value;
    }

    @Override
    public void forward(double[][] w, double[] b, double[][] a, double[][] z, int nIn, int nOut, int m) {
        int[] nz = nonZeroBuffer(nIn);
        for (int i = 0; i < m; i++) {
            double[] x = a[i];
            double[] zi = z[i];
            int count = nonZeros(x, nIn, nz);
            for (int j = 0; j < nOut; j++) {
                zi[j] = 0.0;
            }
            int t = 0;
            for (; t + 4 <= count; t += 4) {
                double x0 = x[nz[t]];
                double x1 = x[nz[t + 1]];
                double x2 = x[nz[t + 2]];
                double x3 = x[nz[t + 3]];
                double[] w0 = w[nz[t]];
                double[] w1 = w[nz[t + 1]];
                double[] w2 = w[nz[t + 2]];
                double[] w3 = w[nz[t + 3]];
                for (int j = 0; j < nOut; j++) {
                    zi[j] = zi[j] + w0[j] * x0 + w1[j] * x1 + w2[j] * x2 + w3[j] * x3;
                }
            }
            for (; t < count; t++) {
                double x0 = x[nz[t]];
                double[] w0 = w[nz[t]];
                for (int j = 0; j < nOut; j++) {
                    zi[j] = zi[j] + w0[j] * x0;
                }
            }
            for (int j = 0; j < nOut; j++) {
                zi[j] = zi[j] + b[j];
            }
        }
    }

    /**
     * Writes only the rows of inputs that are non-zero in some example of the batch, one row at a time: the examples
     * with that input non-zero are listed first, then their terms added four per pass.
     */
    @Override
    public int weightGradient(double[][] dz, double[][] a, double[][] rows, double[][] dw, int nIn, int nOut, int m,
                              int[] touched) {
        if (examples.length < m) {
            examples = new int[m];
        }
        int[] ex = examples;
        int count = 0;
        for (int k = 0; k < nIn; k++) {
            int n = 0;
            for (int i = 0; i < m; i++) {
                ex[n] = i;
                n += a[i][k] != 0.0 ? 1 : 0;
            }
            if (n == 0) {
                continue;
            }
            touched[count++] = k;
            double[] g = dw[k];
            int t = 0;
            if (n >= 4) {
                double[] d0 = dz[ex[0]];
                double[] d1 = dz[ex[1]];
                double[] d2 = dz[ex[2]];
                double[] d3 = dz[ex[3]];
                double x0 = a[ex[0]][k];
                double x1 = a[ex[1]][k];
                double x2 = a[ex[2]][k];
                double x3 = a[ex[3]][k];
                for (int j = 0; j < nOut; j++) {
                    g[j] = 0.0 + d0[j] * x0 + d1[j] * x1 + d2[j] * x2 + d3[j] * x3;
                }
                t = 4;
            } else {
                double[] d0 = dz[ex[0]];
                double x0 = a[ex[0]][k];
                for (int j = 0; j < nOut; j++) {
                    g[j] = 0.0 + d0[j] * x0;
                }
                t = 1;
            }
            for (; t + 4 <= n; t += 4) {
                double[] d0 = dz[ex[t]];
                double[] d1 = dz[ex[t + 1]];
                double[] d2 = dz[ex[t + 2]];
                double[] d3 = dz[ex[t + 3]];
                double x0 = a[ex[t]][k];
                double x1 = a[ex[t + 1]][k];
                double x2 = a[ex[t + 2]][k];
                double x3 = a[ex[t + 3]][k];
                for (int j = 0; j < nOut; j++) {
                    g[j] = g[j] + d0[j] * x0 + d1[j] * x1 + d2[j] * x2 + d3[j] * x3;
                }
            }
            for (; t < n; t++) {
                double[] d0 = dz[ex[t]];
                double x0 = a[ex[t]][k];
                for (int j = 0; j < nOut; j++) {
                    g[j] = g[j] + d0[j] * x0;
                }
            }
        }
        return count;
    }

    /** The positions of the non-zero values of {@code x[0, n)}, in order, into {@code nz}; returns how many. */
    static int nonZeros(double[] x, int n, int[] nz) {
        int count = 0;
        for (int k = 0; k < n; k++) {
            nz[count] = k;
            count += x[k] != 0.0 ? 1 : 0;
        }
        return count;
    }

    private int[] nonZeroBuffer(int n) {
        if (nonZero.length < n + 1) {
            nonZero = new int[n + 1];
        }
        return nonZero;
    }

    @Override
    public void inputGradient(double[][] w, double[][] dz, double[][] da, int nIn, int nOut, int m) {
        for (int i = 0; i < m; i++) {
            double[] d = dz[i];
            double[] out = da[i];
            for (int k = 0; k < nIn; k++) {
                double[] wk = w[k];
                double s = 0.0;
                for (int j = 0; j < nOut; j++) {
                    s = s + wk[j] * d[j];
                }
                out[k] = s;
            }
        }
    }

    @Override
    public void biasGradient(double[][] dz, double[] db, int nOut, int m) {
        if (column.length < m) {
            column = new double[m];
        }
        for (int j = 0; j < nOut; j++) {
            for (int i = 0; i < m; i++) {
                column[i] = dz[i][j];
            }
            db[j] = NumpySum.sum(column, 0, m);
        }
    }

    @Override
    public void load(double[] src, int cols, int[] order, int from, int m, double[][] dst) {
        for (int s = 0; s < m; s++) {
            int row = order == null ? from + s : order[from + s];
            System.arraycopy(src, row * cols, dst[s], 0, cols);
        }
    }
}
