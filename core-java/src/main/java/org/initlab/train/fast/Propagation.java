package org.initlab.train.fast;

import org.initlab.spec.Activation;
import org.initlab.spec.ExperimentSpec;

/**
 * One network's forward pass, cost, backward pass and update on a batch of {@code m} examples, over buffers
 * allocated once for the largest batch. In the course's notation ({@code A0 = X}, {@code L} layers):
 * <pre>
 *   forward    Z_l = W_l·A_{l−1} + b_l;  A_l = g(Z_l), then A_l = A_l·D_l / keep_prob (dropout, l &lt; L);  A_L = a(Z_L)
 *   cost       J = (1/m)·nansum(terms) + λ/(2n)·Σ_l ‖W_l‖²
 *   backward   dZ_L from {@link OutputUnits};  dA_{l−1} = W_lᵀ·dZ_l;  dA_{l−1} = dA_{l−1}·D_{l−1} / keep_prob;
 *              dZ_{l−1} = dA_{l−1}·g'(A_{l−1})
 *   full batch dW_l = 1./m·(dZ_l·A_{l−1}ᵀ) + (λ/m)·W_l;   db_l = 1./m·Σ_i dZ_l        (course_numpy.py)
 *   mini-batch dZ_L /= m;  dW_l = dZ_l·A_{l−1}ᵀ + (λ/n)·W_l;   db_l = Σ_i dZ_l        (the E5 peer)
 *   update     W_l −= lr·dW_l;   b_l −= lr·db_l
 * </pre>
 * {@code n} is the number of training examples (equal to {@code m} in full-batch training). Each layer is updated
 * as soon as {@code dA_{l−1}} has been computed from its old weights, which is the course's order in effect.
 */
final class Propagation {
    private final Layout layout;
    private final Parameters p;
    private final Activation hidden;
    private final OutputUnits head;
    private final int[] n;
    private final int depth;
    private final double keepProb;
    private final double learningRate;
    private final double lambda;
    private final int trainSize;
    private final boolean miniBatch;

    private final double[][][] act;
    private final double[][][] out;
    private double[][] delta;
    private double[][] deltaPrev;
    private final double[][][] dw;
    private final double[] db;
    private final double[] scratch;

    /**
     * @param maxBatch  the largest batch the buffers must hold
     * @param trainSize {@code n}, the number of training examples
     */
    Propagation(ExperimentSpec spec, Layout layout, Parameters p, int maxBatch, int trainSize) {
        this.layout = layout;
        this.p = p;
        this.hidden = spec.hidden();
        this.head = new OutputUnits(spec.output(), spec.cost());
        this.n = p.sizes.clone();
        this.depth = p.depth();
        this.keepProb = spec.keepProb();
        this.learningRate = spec.learningRate();
        this.lambda = spec.lambda();
        this.trainSize = trainSize;
        this.miniBatch = spec.usesEpochs();
        boolean dropout = spec.usesDropout();
        act = new double[depth + 1][][];
        out = new double[depth + 1][][];
        int widest = 0;
        for (int l = 1; l <= depth; l++) {
            act[l] = layout.allocate(n[l], maxBatch);
            out[l] = dropout && l < depth ? layout.allocate(n[l], maxBatch) : act[l];
            widest = Math.max(widest, n[l]);
        }
        delta = layout.allocate(widest, maxBatch);
        deltaPrev = layout.allocate(widest, maxBatch);
        dw = new double[depth + 1][][];
        for (int l = 1; l <= depth; l++) {
            dw[l] = layout.allocateWeights(n[l - 1], n[l]);
        }
        db = new double[widest];
        scratch = new double[Math.max(p.largestLayer(), Math.multiplyExact(n[depth], maxBatch))];
    }

    /** The forward pass over the batch {@code x} of {@code m} examples; {@code masks} null for no dropout. */
    void forward(double[][] x, int m, double[][][] masks) {
        double[][] in = x;
        for (int l = 1; l <= depth; l++) {
            layout.forward(p.w[l], p.b[l], in, act[l], n[l - 1], n[l], m);
            if (l == depth) {
                head.activate(act[l], n[l], m, layout);
                break;
            }
            int rows = layout.rows(n[l], m);
            int length = layout.length(n[l], m);
            HiddenUnits.activate(hidden, act[l], rows, length);
            if (masks != null) {
                for (int r = 0; r < rows; r++) {
                    double[] a = act[l][r];
                    double[] d = masks[l][r];
                    double[] o = out[l][r];
                    for (int e = 0; e < length; e++) {
                        o[e] = a[e] * d[e] / keepProb;
                    }
                }
            }
            in = input(l, masks);
        }
    }

    /** The input of layer {@code l + 1}: layer {@code l}'s activations, after dropout when there is dropout. */
    private double[][] input(int l, double[][][] masks) {
        return masks != null ? out[l] : act[l];
    }

    /** The output layer's activations of the last forward pass, in the layout's arrangement. */
    double[][] output() {
        return act[depth];
    }

    /** The cost of the last forward pass against the labels {@code y} of its {@code m} examples. */
    double cost(double[][] y, int m) {
        double c = 1.0 / m * head.termSum(act[depth], y, n[depth], m, layout, scratch);
        if (lambda != 0.0) {
            c = c + lambda / (2.0 * trainSize) * p.squaredWeightSum(scratch);
        }
        return c;
    }

    /**
     * The backward pass after {@link #forward} of the same batch, and the update.
     *
     * @param xRows the batch's inputs example by example ({@code xRows[i][k]}), or null (see
     *              {@link Layout#weightGradient})
     */
    void backwardAndUpdate(double[][] x, double[][] xRows, double[][] y, int m, double[][][] masks) {
        head.gradient(act[depth], y, delta, n[depth], m, miniBatch ? m : 0, layout);
        for (int l = depth; l >= 1; l--) {
            int nIn = n[l - 1];
            int nOut = n[l];
            layout.weightGradient(delta, l == 1 ? x : input(l - 1, masks), l == 1 ? xRows : null, dw[l], nIn, nOut,
                    m);
            layout.biasGradient(delta, db, nOut, m);
            if (l > 1) {
                layout.inputGradient(p.w[l], delta, deltaPrev, nIn, nOut, m);
                int rows = layout.rows(nIn, m);
                int length = layout.length(nIn, m);
                if (masks != null) {
                    for (int r = 0; r < rows; r++) {
                        double[] g = deltaPrev[r];
                        double[] d = masks[l - 1][r];
                        for (int e = 0; e < length; e++) {
                            g[e] = g[e] * d[e] / keepProb;
                        }
                    }
                }
                HiddenUnits.backprop(hidden, deltaPrev, act[l - 1], rows, length);
            }
            update(l, m);
            double[][] t = delta;
            delta = deltaPrev;
            deltaPrev = t;
        }
    }

    private void update(int l, int m) {
        double[][] w = p.w[l];
        double[] b = p.b[l];
        int rows = w.length;
        int length = w[0].length;
        double lr = learningRate;
        double scale = 1.0 / m;
        double decay = lambda / (miniBatch ? trainSize : m);
        for (int r = 0; r < rows; r++) {
            double[] wr = w[r];
            double[] g = dw[l][r];
            if (miniBatch && lambda != 0.0) {
                for (int e = 0; e < length; e++) {
                    wr[e] = wr[e] - lr * (g[e] + decay * wr[e]);
                }
            } else if (miniBatch) {
                for (int e = 0; e < length; e++) {
                    wr[e] = wr[e] - lr * g[e];
                }
            } else if (lambda != 0.0) {
                for (int e = 0; e < length; e++) {
                    wr[e] = wr[e] - lr * (scale * g[e] + decay * wr[e]);
                }
            } else {
                for (int e = 0; e < length; e++) {
                    wr[e] = wr[e] - lr * (scale * g[e]);
                }
            }
        }
        for (int j = 0; j < b.length; j++) {
            b[j] = miniBatch ? b[j] - lr * db[j] : b[j] - lr * (scale * db[j]);
        }
    }
}
