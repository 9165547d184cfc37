package org.initlab.train.fast;

import java.util.Arrays;

/**
 * The input layer of full-batch training without L2, when there are fewer examples than inputs, through the Gram
 * matrix {@code G = XᵀX} of the fixed input {@code X} ({@code n0 × m}). Gradient descent changes {@code W1} only by
 * {@code −lr·(1./m·dZ1·Xᵀ)}, so its product with {@code X} follows
 * <pre>
 *   P_0 = W1_0·X,    P_{t+1} = P_t − lr·(1./m·(dZ1_t·G)),    Z1_t = P_t + b1_t
 *   W1_T = W1_0 − lr·(1./m·(S_T·Xᵀ)),   S_T = Σ_{t&lt;T} dZ1_t
 * </pre>
 * which costs {@code n1·m²} per iteration instead of the {@code 2·n1·n0·m} of {@code W1·X} and {@code dZ1·Xᵀ}
 * (for the course's cat network, 0.9 million multiply-adds instead of 100 million). The algebra is exact; the
 * rounding differs from computing {@code W1·X} afresh by a few units in the last place, which does not grow (for
 * the course's 2 500 iterations on cat vs non-cat the 25 printed costs agree with numpy's to 6e-15). {@code W1}
 * itself is formed when training ends ({@link #weights}).
 *
 * <p>Runs in the {@link ColumnLayout}, whose products it reuses: {@code G} is {@code Xᵀ·X} as forward products with
 * columns of {@code Xᵀ} as weights, {@code dZ1·G} a forward product with {@code dZ1} as weights, and {@code S·Xᵀ}
 * a weight gradient.
 */
final class GramInput {
    /** Inputs per block of the sums that form {@code G}. */
    static final int BLOCK = 128;

    private final Layout layout;
    private final int n0;
    private final int n1;
    private final int m;
    private final double[][] x;
    private final double[][] xRows;
    private final double[][] w0;
    private final double[][] gram;
    private final double[][] product;
    private final double[][] sum;
    private final double[][] step;
    private final double[] zeros;

    /**
     * @param x     the inputs in the column layout, {@code x[k][i] = X[k,i]}
     * @param xRows the same inputs example by example, {@code xRows[i][k] = X[k,i]}
     * @param w1    the input layer's initial weights {@code W1[j][k]}; copied
     */
    GramInput(ColumnLayout layout, double[][] x, double[][] xRows, double[][] w1, int n0, int n1, int m) {
        this.layout = layout;
        this.n0 = n0;
        this.n1 = n1;
        this.m = m;
        this.x = x;
        this.xRows = xRows;
        this.zeros = new double[Math.max(n1, m)];
        this.w0 = new double[n1][];
        for (int j = 0; j < n1; j++) {
            w0[j] = Arrays.copyOf(w1[j], n0);
        }
        this.gram = gram(layout, x, xRows, n0, m, zeros);
        this.product = layout.allocate(n1, m);
        layout.forward(w0, zeros, x, product, n0, n1, m);
        this.sum = layout.allocate(n1, m);
        this.step = layout.allocate(n1, m);
    }

    /**
     * {@code G = XᵀX}, summed over blocks of {@link #BLOCK} inputs and then over the blocks, which keeps the rounding
     * of these long sums (the course's cat images have 12 288 inputs) near that of a blocked BLAS product. Each block
     * is a forward product whose weights are the block's columns of {@code Xᵀ}.
     */
    private static double[][] gram(ColumnLayout layout, double[][] x, double[][] xRows, int n0, int m,
                                   double[] zeros) {
        double[][] g = layout.allocate(m, m);
        double[][] partial = layout.allocate(m, m);
        double[][] weights = new double[m][BLOCK];
        for (int k0 = 0; k0 < n0; k0 += BLOCK) {
            int size = Math.min(BLOCK, n0 - k0);
            for (int i = 0; i < m; i++) {
                System.arraycopy(xRows[i], k0, weights[i], 0, size);
            }
            double[][] inputs = Arrays.copyOfRange(x, k0, k0 + size);
            layout.forward(weights, zeros, inputs, partial, size, m, m);
            for (int i = 0; i < m; i++) {
                double[] gi = g[i];
                double[] pi = partial[i];
                for (int j = 0; j < m; j++) {
                    gi[j] = gi[j] + pi[j];
                }
            }
        }
        return g;
    }

    /**
     * Whether the Gram path costs less than the plain one for a full-batch run of {@code iterations} over {@code m}
     * examples of {@code n0} inputs into {@code n1} units: forming {@code G} ({@code n0·m²}) and {@code W1}
     * ({@code n1·n0·m}) once and {@code n1·m²} per iteration, against {@code 2·n1·n0·m} per iteration.
     */
    static boolean pays(int n0, int n1, int m, long iterations) {
        double once = (double) n0 * m * m + (double) n1 * n0 * m;
        double perIteration = (double) n1 * m * m;
        double plain = 2.0 * n1 * n0 * m;
        return m < n0 && once + iterations * perIteration < 0.5 * iterations * plain;
    }

    /** {@code Z1 = P + b1} into the column-layout buffer {@code z}. */
    void preActivations(double[] b1, double[][] z) {
        for (int j = 0; j < n1; j++) {
            double[] p = product[j];
            double[] zj = z[j];
            double bj = b1[j];
            for (int i = 0; i < m; i++) {
                zj[i] = p[i] + bj;
            }
        }
    }

    /** One update from {@code dZ1} (column layout): {@code P −= lr·(1./m·(dZ1·G))}, {@code S += dZ1}. */
    void update(double[][] dz, double learningRate) {
        layout.forward(dz, zeros, gram, step, m, n1, m);
        double scale = 1.0 / m;
        for (int j = 0; j < n1; j++) {
            double[] p = product[j];
            double[] t = step[j];
            double[] s = sum[j];
            double[] d = dz[j];
            for (int i = 0; i < m; i++) {
                p[i] = p[i] - learningRate * (scale * t[i]);
                s[i] = s[i] + d[i];
            }
        }
    }

    /** Whether {@code P} and {@code S} are finite, as they are while {@code W1} is. */
    boolean finite() {
        for (int j = 0; j < n1; j++) {
            if (!Finite.all(product[j]) || !Finite.all(sum[j])) {
                return false;
            }
        }
        return true;
    }

    /** Writes {@code W1 = W1_0 − lr·(1./m·(S·Xᵀ))} into {@code w1}. */
    void weights(double[][] w1, double learningRate) {
        double[][] g = new double[n1][n0];
        int[] touched = new int[n1];
        int rows = layout.weightGradient(sum, x, xRows, g, n0, n1, m, touched);
        double scale = 1.0 / m;
        for (int j = 0; j < n1; j++) {
            System.arraycopy(w0[j], 0, w1[j], 0, n0);
        }
        for (int t = 0; t < rows; t++) {
            int j = touched[t];
            double[] w = w1[j];
            double[] w0j = w0[j];
            double[] gj = g[j];
            for (int k = 0; k < n0; k++) {
                w[k] = w0j[k] - learningRate * (scale * gj[k]);
            }
        }
    }
}
