package org.initlab.train.fast;

import java.util.Arrays;

/**
 * The input layer of the {@link RowLayout} on inputs that are mostly exactly zero (MNIST's blank pixels). Each example
 * is kept once, as the positions and values of its non-zero inputs (compressed rows), so a batch is chosen by naming
 * its examples and never copied, and the two products with the inputs touch only their non-zero terms:
 * <pre>
 *   forward   Z[j,i] = (Σ_k W[j,k]·X[k,i]) + b[j]     over the k with X[k,i] ≠ 0, in increasing k
 *   weights   G[j,k] = Σ_i dZ[j,i]·X[k,i]             over the i with X[k,i] ≠ 0, in increasing i
 * </pre>
 * The terms left out are exactly zero (for finite weights and gradients), and every sum adds the others from left to
 * right starting from {@code +0.0}, as {@link RowLayout} does with the inputs copied in full: the results are the same
 * to the last bit. The weight gradient runs row by row of {@code W} ({@link Gradient}): for each input that some
 * example of the batch has non-zero, those examples are gathered first, so that each row of the gradient is summed
 * in one pass and, in mini-batch training without L2, applied to the weights in the same pass.
 *
 * <p>Immutable once made; the scratch space of the weight gradient is a {@link Gradient} of each run's own.
 */
final class SparseInput {
    private final int inputs;
    private final int[] start;
    private final int[] index;
    private final double[] value;

    private SparseInput(int inputs, int[] start, int[] index, double[] value) {
        this.inputs = inputs;
        this.start = start;
        this.index = index;
        this.value = value;
    }

    /**
     * The non-zero inputs of rows {@code [first, first + rows)} of the row-major {@code data} of {@code cols}
     * columns, one example a row, or null when more than half of them are non-zero (then skipping zeros does not
     * pay).
     */
    static SparseInput of(double[] data, int first, int rows, int cols) {
        long half = (long) rows * cols / 2;
        int[] start = new int[rows + 1];
        int capacity = (int) Math.min(Math.max(16, half / 2), half + cols);
        int[] index = new int[capacity];
        double[] value = new double[capacity];
        int n = 0;
        for (int i = 0; i < rows; i++) {
            if (index.length - n < cols) {
                int grown = (int) Math.min(Math.max(2L * index.length, n + cols), half + cols);
                index = Arrays.copyOf(index, grown);
                value = Arrays.copyOf(value, grown);
            }
            n = compact(data, (first + i) * cols, cols, index, value, n);
            if (n > half) {
                return null;
            }
            start[i + 1] = n;
        }
        return new SparseInput(cols, start, index, value);
    }

    /** Appends the positions and values of the non-zero {@code data[at, at + cols)} at {@code n}; returns the end. */
    private static int compact(double[] data, int at, int cols, int[] index, double[] value, int n) {
        int end = n;
        for (int k = 0; k < cols; k++) {
            double v = data[at + k];
            index[end] = k;
            value[end] = v;
            end += v != 0.0 ? 1 : 0;
        }
        return end;
    }

    /**
     * {@code z[s] = W·x_e + b} for the batch of {@code size} examples {@code e = order[from + s]} (or
     * {@code from + s} when {@code order} is null), {@code w} in the row layout ({@code w[k][j]}).
     */
    void forward(int[] order, int from, int size, double[][] w, double[] b, double[][] z, int nOut) {
        for (int s = 0; s < size; s++) {
            int e = order == null ? from + s : order[from + s];
            forward(start[e], start[e + 1], w, b, z[s], nOut);
        }
    }

    /** {@code zi = Σ_t W[index[t]]·value[t] + b} over {@code t ∈ [t0, t1)}, four inputs per pass. */
    private void forward(int t0, int t1, double[][] w, double[] b, double[] zi, int nOut) {
        int[] nz = index;
        double[] x = value;
        for (int j = 0; j < nOut; j++) {
            zi[j] = 0.0;
        }
        int t = t0;
        for (; t + 4 <= t1; t += 4) {
            double x0 = x[t];
            double x1 = x[t + 1];
            double x2 = x[t + 2];
            double x3 = x[t + 3];
            double[] w0 = w[nz[t]];
            double[] w1 = w[nz[t + 1]];
            double[] w2 = w[nz[t + 2]];
            double[] w3 = w[nz[t + 3]];
            for (int j = 0; j < nOut; j++) {
                zi[j] = zi[j] + w0[j] * x0 + w1[j] * x1 + w2[j] * x2 + w3[j] * x3;
            }
        }
        for (; t < t1; t++) {
            double x0 = x[t];
            double[] w0 = w[nz[t]];
            for (int j = 0; j < nOut; j++) {
                zi[j] = zi[j] + w0[j] * x0;
            }
        }
        for (int j = 0; j < nOut; j++) {
            zi[j] = zi[j] + b[j];
        }
    }

    /**
     * The weight gradient of the input layer on a batch of {@link SparseInput} examples, row by row of the weights;
     * holds the scratch space (one per run: not to be shared between threads).
     */
    static final class Gradient {
        private final int inputs;
        private final int capacity;
        private final int[] count;
        private final int[] examples;
        private final double[] values;
        private final double[] sum;
        private final double[] zeros;
        private final double[] check;

        /** For batches of up to {@code maxBatch} examples of {@code inputs} inputs and layers of {@code units}. */
        Gradient(int inputs, int units, int maxBatch) {
            this.inputs = inputs;
            this.capacity = maxBatch;
            this.count = new int[inputs];
            this.examples = new int[Math.multiplyExact(inputs, maxBatch)];
            this.values = new double[inputs * maxBatch];
            this.sum = new double[units];
            this.zeros = new double[units];
            this.check = new double[units];
        }

        /**
         * {@code dw[k] = Σ_s dz[s]·X[k,e]} for the batch as {@link SparseInput#forward} names it, written only for the
         * inputs {@code k} that some example has non-zero; those are listed in {@code touched} in increasing order and
         * their number returned (as {@link Layout#weightGradient}).
         */
        int weightGradient(SparseInput in, int[] order, int from, int size, double[][] dz, double[][] dw, int nOut,
                           int[] touched) {
            gather(in, order, from, size);
            int rows = 0;
            for (int k = 0; k < inputs; k++) {
                int n = count[k];
                if (n == 0) {
                    continue;
                }
                count[k] = 0;
                touched[rows++] = k;
                int[] ex = examples;
                double[] xs = values;
                double[] g = dw[k];
                double[] base = zeros;
                int t = k * capacity;
                int end = t + n;
                for (; end - t >= 4; t += 4) {
                    add4(base, g, dz[ex[t]], xs[t], dz[ex[t + 1]], xs[t + 1], dz[ex[t + 2]], xs[t + 2], dz[ex[t + 3]],
                            xs[t + 3], nOut);
                    base = g;
                }
                for (; t < end; t++) {
                    add1(base, g, dz[ex[t]], xs[t], nOut);
                    base = g;
                }
            }
            return rows;
        }

        /**
         * Mini-batch gradient descent on the input layer without L2, {@code W[k] −= lr·dw[k]} with {@code dw} as
         * {@link #weightGradient} computes it, for the inputs some example has non-zero (the other rows' gradient is
         * zero, so they stay). Each row's gradient is summed and applied in one pass, term by term in the same order,
         * so the weights are the same to the last bit. Returns whether every weight written is finite.
         */
        boolean step(SparseInput in, int[] order, int from, int size, double[][] dz, double[][] w, double lr,
                     int nOut) {
            gather(in, order, from, size);
            double[] g = sum;
            double[] acc = check;
            Arrays.fill(acc, 0, nOut, 0.0);
            for (int k = 0; k < inputs; k++) {
                int n = count[k];
                if (n == 0) {
                    continue;
                }
                count[k] = 0;
                int[] ex = examples;
                double[] xs = values;
                double[] wk = w[k];
                double[] base = zeros;
                int t = k * capacity;
                int end = t + n;
                for (; end - t > 4; t += 4) {
                    add4(base, g, dz[ex[t]], xs[t], dz[ex[t + 1]], xs[t + 1], dz[ex[t + 2]], xs[t + 2], dz[ex[t + 3]],
                            xs[t + 3], nOut);
                    base = g;
                }
                switch (end - t) {
                    case 1 -> update1(wk, base, acc, lr, dz[ex[t]], xs[t], nOut);
                    case 2 -> update2(wk, base, acc, lr, dz[ex[t]], xs[t], dz[ex[t + 1]], xs[t + 1], nOut);
                    case 3 -> update3(wk, base, acc, lr, dz[ex[t]], xs[t], dz[ex[t + 1]], xs[t + 1], dz[ex[t + 2]],
                            xs[t + 2], nOut);
                    default -> update4(wk, base, acc, lr, dz[ex[t]], xs[t], dz[ex[t + 1]], xs[t + 1], dz[ex[t + 2]],
                            xs[t + 2], dz[ex[t + 3]], xs[t + 3], nOut);
                }
            }
            // The column sums of the new weights are finite when every weight is; when they are not, some weight is
            // not finite or a sum overflowed, and the rows written (the batch's non-zero inputs) tell which.
            if (Finite.all(acc, nOut)) {
                return true;
            }
            for (int s = 0; s < size; s++) {
                int e = order == null ? from + s : order[from + s];
                for (int t = in.start[e]; t < in.start[e + 1]; t++) {
                    if (!Finite.all(w[in.index[t]])) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** For each input, the batch's examples that have it non-zero, in batch order, with their values. */
        private void gather(SparseInput in, int[] order, int from, int size) {
            int[] nz = in.index;
            double[] x = in.value;
            for (int s = 0; s < size; s++) {
                int e = order == null ? from + s : order[from + s];
                int end = in.start[e + 1];
                for (int t = in.start[e]; t < end; t++) {
                    int k = nz[t];
                    int c = count[k];
                    int at = k * capacity + c;
                    examples[at] = s;
                    values[at] = x[t];
                    count[k] = c + 1;
                }
            }
        }

        /** {@code g = base + d0·x0}. */
        private static void add1(double[] base, double[] g, double[] d0, double x0, int n) {
            for (int j = 0; j < n; j++) {
                g[j] = base[j] + d0[j] * x0;
            }
        }

        /** {@code g = base + d0·x0 + d1·x1 + d2·x2 + d3·x3}, left to right. */
        private static void add4(double[] base, double[] g, double[] d0, double x0, double[] d1, double x1,
                                 double[] d2, double x2, double[] d3, double x3, int n) {
            for (int j = 0; j < n; j++) {
                g[j] = base[j] + d0[j] * x0 + d1[j] * x1 + d2[j] * x2 + d3[j] * x3;
            }
        }

        /** {@code w −= lr·(g + d0·x0)}, adding the new weights to {@code acc}. */
        private static void update1(double[] w, double[] g, double[] acc, double lr, double[] d0, double x0, int n) {
            for (int j = 0; j < n; j++) {
                double v = w[j] - lr * (g[j] + d0[j] * x0);
                w[j] = v;
                acc[j] = acc[j] + v;
            }
        }

        private static void update2(double[] w, double[] g, double[] acc, double lr, double[] d0, double x0,
                                    double[] d1, double x1, int n) {
            for (int j = 0; j < n; j++) {
                double v = w[j] - lr * (g[j] + d0[j] * x0 + d1[j] * x1);
                w[j] = v;
                acc[j] = acc[j] + v;
            }
        }

        private static void update3(double[] w, double[] g, double[] acc, double lr, double[] d0, double x0,
                                    double[] d1, double x1, double[] d2, double x2, int n) {
            for (int j = 0; j < n; j++) {
                double v = w[j] - lr * (g[j] + d0[j] * x0 + d1[j] * x1 + d2[j] * x2);
                w[j] = v;
                acc[j] = acc[j] + v;
            }
        }

        private static void update4(double[] w, double[] g, double[] acc, double lr, double[] d0, double x0,
                                    double[] d1, double x1, double[] d2, double x2, double[] d3, double x3, int n) {
            for (int j = 0; j < n; j++) {
                double v = w[j] - lr * (g[j] + d0[j] * x0 + d1[j] * x1 + d2[j] * x2 + d3[j] * x3);
                w[j] = v;
                acc[j] = acc[j] + v;
            }
        }
    }
}
