package org.initlab.train.fast;

import org.initlab.numpy.NumpySum;

import java.util.Arrays;

/**
 * The course's layout: a batch is the course's {@code A} of shape {@code (units, m)}, one array per unit holding its
 * values over the examples ({@code A[j,i]} at {@code a[j][i]}), and weights are the course's {@code W} of shape
 * {@code (nOut, nIn)}, one array per unit. The inner loops run along examples, which suits full-batch training where
 * {@code m} is in the hundreds.
 *
 * <p>Sums are unrolled four terms at a time as {@code s = s + x0·y0 + x1·y1 + x2·y2 + x3·y3}, which Java evaluates
 * left to right, so the order of the terms stays the plain one. Products of at least {@link #PARALLEL_FROM}
 * multiply-adds are split over the cores along a dimension that is not summed over.
 */
final class ColumnLayout implements Layout {
    /** Multiply-adds from which a product is split over the cores. */
    static final long PARALLEL_FROM = 1L << 20;
    /** Inputs from which the weight gradient runs along the rows of {@code Aᵀ} rather than as dot products. */
    static final int ROWS_FROM = 32;
    /** Inputs per block of the row-wise weight gradient, sized to keep a block of {@code Aᵀ} in the L2 cache. */
    private static final int TILE = 128;

    private final Parallel parallel;
    private double[][] transposed = new double[0][];
    private int[][] nonZero = new int[0][];

    ColumnLayout(Parallel parallel) {
        this.parallel = parallel;
    }

    @Override
    public double[][] allocate(int units, int maxBatch) {
        return new double[units][maxBatch];
    }

    @Override
    public int rows(int units, int m) {
        return units;
    }

    @Override
    public int length(int units, int m) {
        return m;
    }

    @Override
    public double get(double[][] a, int unit, int example) {
        return a[unit][example];
    }

    @Override
    public void set(double[][] a, int unit, int example, double value) {
        a[unit][example] = value;
    }

    @Override
    public double[][] allocateWeights(int nIn, int nOut) {
        return new double[nOut][nIn];
    }

    @Override
    public double weight(double[][] w, int out, int in) {
        return w[out][in];
    }

    @Override
    public void setWeight(double[][] w, int out, int in, double value) {
        w[out][in] = value;
    }

    @Override
    public void forward(double[][] w, double[] b, double[][] a, double[][] z, int nIn, int nOut, int m) {
        if ((long) nIn * nOut * m >= PARALLEL_FROM) {
            parallel.run(m, (i0, i1) -> forwardColumns(w, b, a, z, nIn, nOut, i0, i1));
        } else {
            forwardColumns(w, b, a, z, nIn, nOut, 0, m);
        }
    }

    /** {@code Z[:, i0:i1] = W·A[:, i0:i1] + b}, accumulating four inputs per pass over the columns. */
    private static void forwardColumns(double[][] w, double[] b, double[][] a, double[][] z, int nIn, int nOut,
                                       int i0, int i1) {
        for (int j = 0; j < nOut; j++) {
            Arrays.fill(z[j], i0, i1, 0.0);
        }
        int k = 0;
        for (; k + 4 <= nIn; k += 4) {
            double[] x0 = a[k];
            double[] x1 = a[k + 1];
            double[] x2 = a[k + 2];
            double[] x3 = a[k + 3];
            for (int j = 0; j < nOut; j++) {
                double[] wj = w[j];
                double w0 = wj[k];
                double w1 = wj[k + 1];
                double w2 = wj[k + 2];
                double w3 = wj[k + 3];
                double[] zj = z[j];
                for (int i = i0; i < i1; i++) {
                    zj[i] = zj[i] + w0 * x0[i] + w1 * x1[i] + w2 * x2[i] + w3 * x3[i];
                }
            }
        }
        for (; k < nIn; k++) {
            double[] x0 = a[k];
            for (int j = 0; j < nOut; j++) {
                double w0 = w[j][k];
                double[] zj = z[j];
                for (int i = i0; i < i1; i++) {
                    zj[i] = zj[i] + w0 * x0[i];
                }
            }
        }
        for (int j = 0; j < nOut; j++) {
            double bj = b[j];
            double[] zj = z[j];
            for (int i = i0; i < i1; i++) {
                zj[i] = zj[i] + bj;
            }
        }
    }

    @Override
    public int weightGradient(double[][] dz, double[][] a, double[][] rows, double[][] dw, int nIn, int nOut, int m,
                              int[] touched) {
        for (int j = 0; j < nOut; j++) {
            touched[j] = j;
        }
        if (nIn < ROWS_FROM) {
            dotProducts(dz, a, dw, nIn, nOut, m);
            return nOut;
        }
        double[][] r = rows != null ? rows : transpose(a, nIn, m);
        int[][] nonZero = nonZeroExamples(dz, nOut, m);
        if ((long) nIn * nOut * m >= PARALLEL_FROM) {
            parallel.run(nIn, (k0, k1) -> alongRows(dz, nonZero, r, dw, nOut, k0, k1));
        } else {
            alongRows(dz, nonZero, r, dw, nOut, 0, nIn);
        }
        return nOut;
    }

    /**
     * For each unit {@code j}, the examples {@code i} with {@code dZ[j,i] ≠ 0} in increasing order, their number
     * last (ReLU makes about half of a hidden layer's {@code dZ} exactly zero; their terms add nothing).
     */
    private int[][] nonZeroExamples(double[][] dz, int nOut, int m) {
        if (nonZero.length < nOut || nonZero[0].length < m + 1) {
            nonZero = new int[nOut][m + 1];
        }
        for (int j = 0; j < nOut; j++) {
            double[] d = dz[j];
            int[] list = nonZero[j];
            int count = 0;
            for (int i = 0; i < m; i++) {
                if (d[i] != 0.0) {
                    list[count++] = i;
                }
            }
            list[list.length - 1] = count;
        }
        return nonZero;
    }

    /**
     * {@code G[j,k] = Σ_i dZ[j,i]·A[k,i]} as dot products of rows, each summed from left to right; four at a time
     * (four inputs of a unit, and for the inputs left over, four units of an input), since one sum's additions wait
     * for each other and four side by side do not.
     */
    private static void dotProducts(double[][] dz, double[][] a, double[][] dw, int nIn, int nOut, int m) {
        for (int j = 0; j < nOut; j++) {
            double[] d = dz[j];
            double[] g = dw[j];
            int k = 0;
            for (; k + 4 <= nIn; k += 4) {
                double[] x0 = a[k];
                double[] x1 = a[k + 1];
                double[] x2 = a[k + 2];
                double[] x3 = a[k + 3];
                double s0 = 0.0;
                double s1 = 0.0;
                double s2 = 0.0;
                double s3 = 0.0;
                for (int i = 0; i < m; i++) {
                    double di = d[i];
                    s0 = s0 + di * x0[i];
                    s1 = s1 + di * x1[i];
                    s2 = s2 + di * x2[i];
                    s3 = s3 + di * x3[i];
                }
                g[k] = s0;
                g[k + 1] = s1;
                g[k + 2] = s2;
                g[k + 3] = s3;
            }
        }
        for (int k = nIn - nIn % 4; k < nIn; k++) {
            double[] x = a[k];
            int j = 0;
            for (; j + 4 <= nOut; j += 4) {
                double[] d0 = dz[j];
                double[] d1 = dz[j + 1];
                double[] d2 = dz[j + 2];
                double[] d3 = dz[j + 3];
                double s0 = 0.0;
                double s1 = 0.0;
                double s2 = 0.0;
                double s3 = 0.0;
                for (int i = 0; i < m; i++) {
                    double xi = x[i];
                    s0 = s0 + d0[i] * xi;
                    s1 = s1 + d1[i] * xi;
                    s2 = s2 + d2[i] * xi;
                    s3 = s3 + d3[i] * xi;
                }
                dw[j][k] = s0;
                dw[j + 1][k] = s1;
                dw[j + 2][k] = s2;
                dw[j + 3][k] = s3;
            }
            for (; j < nOut; j++) {
                double[] d0 = dz[j];
                double s0 = 0.0;
                for (int i = 0; i < m; i++) {
                    s0 = s0 + d0[i] * x[i];
                }
                dw[j][k] = s0;
            }
        }
    }

    /**
     * {@code G[j, k0:k1] = Σ_i dZ[j,i]·Aᵀ[i, k0:k1]}: whole rows of {@code Aᵀ} scaled and added, four examples with
     * {@code dZ[j,i] ≠ 0} per pass, block by block of inputs.
     */
    private static void alongRows(double[][] dz, int[][] nonZero, double[][] rows, double[][] dw, int nOut, int k0,
                                  int k1) {
        for (int kb = k0; kb < k1; kb += TILE) {
            int ke = Math.min(kb + TILE, k1);
            for (int j = 0; j < nOut; j++) {
                double[] g = dw[j];
                double[] d = dz[j];
                int[] list = nonZero[j];
                int count = list[list.length - 1];
                Arrays.fill(g, kb, ke, 0.0);
                int t = 0;
                for (; t + 4 <= count; t += 4) {
                    double d0 = d[list[t]];
                    double d1 = d[list[t + 1]];
                    double d2 = d[list[t + 2]];
                    double d3 = d[list[t + 3]];
                    double[] r0 = rows[list[t]];
                    double[] r1 = rows[list[t + 1]];
                    double[] r2 = rows[list[t + 2]];
                    double[] r3 = rows[list[t + 3]];
                    for (int k = kb; k < ke; k++) {
                        g[k] = g[k] + d0 * r0[k] + d1 * r1[k] + d2 * r2[k] + d3 * r3[k];
                    }
                }
                for (; t < count; t++) {
                    double d0 = d[list[t]];
                    double[] r0 = rows[list[t]];
                    for (int k = kb; k < ke; k++) {
                        g[k] = g[k] + d0 * r0[k];
                    }
                }
            }
        }
    }

    /** {@code Aᵀ} of an {@code (nIn, m)} buffer, into a scratch buffer kept between calls. */
    private double[][] transpose(double[][] a, int nIn, int m) {
        if (transposed.length < m || transposed[0].length < nIn) {
            transposed = new double[Math.max(m, transposed.length)][nIn];
        }
        double[][] t = transposed;
        for (int k = 0; k < nIn; k++) {
            double[] ak = a[k];
            for (int i = 0; i < m; i++) {
                t[i][k] = ak[i];
            }
        }
        return t;
    }

    @Override
    public void inputGradient(double[][] w, double[][] dz, double[][] da, int nIn, int nOut, int m) {
        if ((long) nIn * nOut * m >= PARALLEL_FROM) {
            parallel.run(nIn, (k0, k1) -> inputRows(w, dz, da, nOut, m, k0, k1));
        } else {
            inputRows(w, dz, da, nOut, m, 0, nIn);
        }
    }

    /** {@code dA[k,:] = Σ_j W[j,k]·dZ[j,:]} for {@code k0 ≤ k < k1}, four units per pass. */
    private static void inputRows(double[][] w, double[][] dz, double[][] da, int nOut, int m, int k0, int k1) {
        for (int k = k0; k < k1; k++) {
            double[] out = da[k];
            Arrays.fill(out, 0, m, 0.0);
            int j = 0;
            for (; j + 4 <= nOut; j += 4) {
                double w0 = w[j][k];
                double w1 = w[j + 1][k];
                double w2 = w[j + 2][k];
                double w3 = w[j + 3][k];
                double[] d0 = dz[j];
                double[] d1 = dz[j + 1];
                double[] d2 = dz[j + 2];
                double[] d3 = dz[j + 3];
                for (int i = 0; i < m; i++) {
                    out[i] = out[i] + w0 * d0[i] + w1 * d1[i] + w2 * d2[i] + w3 * d3[i];
                }
            }
            for (; j < nOut; j++) {
                double w0 = w[j][k];
                double[] d0 = dz[j];
                for (int i = 0; i < m; i++) {
                    out[i] = out[i] + w0 * d0[i];
                }
            }
        }
    }

    @Override
    public void biasGradient(double[][] dz, double[] db, int nOut, int m) {
        for (int j = 0; j < nOut; j++) {
            db[j] = NumpySum.sum(dz[j], 0, m);
        }
    }

    @Override
    public void load(double[] src, int cols, int[] order, int from, int m, double[][] dst) {
        for (int s = 0; s < m; s++) {
            int row = order == null ? from + s : order[from + s];
            int sr = row * cols;
            for (int k = 0; k < cols; k++) {
                dst[k][s] = src[sr + k];
            }
        }
    }
}
