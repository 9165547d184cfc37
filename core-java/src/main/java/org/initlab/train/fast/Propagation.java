package org.initlab.train.fast;

import org.initlab.spec.Activation;
import org.initlab.spec.ExperimentSpec;

/**
 * One network's forward pass, cost, backward pass and update on a batch of {@code m} examples, over buffers
 * allocated once for the largest batch. In the course's notation ({@code A0 = X}, {@code L} layers):
 * <pre>
 *   forward    Z_l = W_l·A_{l−1} + b_l;  A_l = g(Z_l), then A_l = A_l·D_l / keep_prob (dropout, l &lt; L);
 *              A_L = a(Z_L)
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
    private final int[] touched;
    private boolean finite = true;
    private GramInput gram;
    private SparseInput sparse;
    private SparseInput.Gradient sparseGradient;
    private final int maxBatch;
    private int[] sparseOrder;
    private int sparseFrom;

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
        this.maxBatch = maxBatch;
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
        int widestInput = 0;
        for (int l = 0; l < depth; l++) {
            widestInput = Math.max(widestInput, n[l]);
        }
        touched = new int[Math.max(widestInput, widest)];
    }

    /**
     * Runs the input layer through {@code g} from now on: its pre-activations come from the Gram recurrence and its
     * weights are formed by {@link #finish}. Only for full-batch training without L2 on the inputs {@code g} holds.
     */
    void useGram(GramInput g) {
        if (lambda != 0.0 || miniBatch) {
            throw new IllegalStateException("the Gram path needs full-batch training without L2");
        }
        this.gram = g;
    }

    /**
     * Takes the input layer's inputs from {@code s} from now on ({@link RowLayout} only), or from the arguments again
     * when {@code s} is null: the batch is chosen with {@link #select} and the inputs passed to {@link #forward} and
     * {@link #backwardAndUpdate} are not read.
     */
    void useSparse(SparseInput s) {
        if (s != null && !(layout instanceof RowLayout)) {
            throw new IllegalStateException("sparse inputs need the row layout");
        }
        this.sparse = s;
    }

    private SparseInput.Gradient sparseGradient() {
        if (sparseGradient == null) {
            sparseGradient = new SparseInput.Gradient(n[0], n[1], maxBatch);
        }
        return sparseGradient;
    }

    /**
     * The batch of the next step on sparse inputs ({@link #useSparse}): example {@code i} of the batch is
     * {@code order[from + i]}, or {@code from + i} when {@code order} is null.
     */
    void select(int[] order, int from) {
        this.sparseOrder = order;
        this.sparseFrom = from;
    }

    /**
     * Brings the parameters up to date after the last step: forms {@code W1} when the Gram path ran, once; no step
     * may follow.
     */
    void finish() {
        if (gram != null) {
            gram.weights(p.w[1], learningRate);
            gram = null;
        }
    }

    /**
     * The forward pass over the batch {@code x} of {@code m} examples (null with sparse inputs, {@link #useSparse});
     * {@code masks} null for no dropout.
     */
    void forward(double[][] x, int m, double[][][] masks) {
        double[][] in = x;
        for (int l = 1; l <= depth; l++) {
            if (l == 1 && gram != null) {
                gram.preActivations(p.b[1], act[1]);
            } else if (l == 1 && sparse != null) {
                sparse.forward(sparseOrder, sparseFrom, m, p.w[1], p.b[1], act[1], n[1]);
            } else {
                layout.forward(p.w[l], p.b[l], in, act[l], n[l - 1], n[l], m);
            }
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
            int rows = 0;
            boolean stepped = false;
            boolean steppedFinite = true;
            if (l == 1 && gram != null) {
                gram.update(delta, learningRate);
            } else if (l == 1 && sparse != null && miniBatch && lambda == 0.0) {
                steppedFinite = sparseGradient().step(sparse, sparseOrder, sparseFrom, m, delta, p.w[1], learningRate,
                        nOut);
                stepped = true;
            } else if (l == 1 && sparse != null) {
                rows = sparseGradient().weightGradient(sparse, sparseOrder, sparseFrom, m, delta, dw[1], nOut, touched);
            } else {
                rows = layout.weightGradient(delta, l == 1 ? x : input(l - 1, masks), l == 1 ? xRows : null, dw[l],
                        nIn, nOut, m, touched);
            }
            layout.biasGradient(delta, db, nOut, m);
            if (l > 1) {
                layout.inputGradient(p.w[l], delta, deltaPrev, nIn, nOut, m);
                int batchRows = layout.rows(nIn, m);
                int length = layout.length(nIn, m);
                if (masks != null) {
                    for (int r = 0; r < batchRows; r++) {
                        double[] g = deltaPrev[r];
                        double[] d = masks[l - 1][r];
                        for (int e = 0; e < length; e++) {
                            g[e] = g[e] * d[e] / keepProb;
                        }
                    }
                }
                HiddenUnits.backprop(hidden, deltaPrev, act[l - 1], batchRows, length);
            }
            if (stepped) {
                updateBiases(l, m, steppedFinite);
            } else {
                update(l, m, rows);
            }
            double[][] t = delta;
            delta = deltaPrev;
            deltaPrev = t;
        }
    }

    /** Whether every parameter the last {@link #backwardAndUpdate} wrote is finite. */
    boolean updatedFinite() {
        return finite;
    }

    /**
     * {@code W −= lr·dW}, {@code b −= lr·db} for layer {@code l}, where {@code touched[0, count)} lists the rows of
     * the weight gradient that were written; the other rows are zero, so with {@code λ = 0} their weights stay.
     */
    private void update(int l, int m, int count) {
        double[][] w = p.w[l];
        double[][] g = dw[l];
        double lr = learningRate;
        double scale = 1.0 / m;
        double decay = lambda / (miniBatch ? trainSize : m);
        boolean ok = true;
        if (lambda == 0.0) {
            for (int t = 0; t < count; t++) {
                int r = touched[t];
                ok &= miniBatch ? step(w[r], g[r], lr) : step(w[r], g[r], lr, scale);
            }
        } else {
            int t = 0;
            for (int r = 0; r < w.length; r++) {
                if (t < count && touched[t] == r) {
                    t++;
                    ok &= miniBatch ? decayStep(w[r], g[r], lr, decay) : decayStep(w[r], g[r], lr, scale, decay);
                } else {
                    ok &= decayOnly(w[r], lr, decay);
                }
            }
        }
        updateBiases(l, m, ok);
    }

    /**
     * {@code b −= lr·db} for layer {@code l}, whose weights are already updated ({@code weightsFinite} says whether
     * they stayed finite).
     */
    private void updateBiases(int l, int m, boolean weightsFinite) {
        double[] b = p.b[l];
        double lr = learningRate;
        double scale = 1.0 / m;
        for (int j = 0; j < b.length; j++) {
            b[j] = miniBatch ? b[j] - lr * db[j] : b[j] - lr * (scale * db[j]);
        }
        boolean ok = weightsFinite && (l == depth || finite);
        finite = ok && Finite.all(b) && (l != 1 || gram == null || gram.finite());
    }

    /** Mini-batch: {@code w −= lr·g}. */
    private static boolean step(double[] w, double[] g, double lr) {
        for (int e = 0; e < w.length; e++) {
            w[e] = w[e] - lr * g[e];
        }
        return Finite.all(w);
    }

    /** Full batch: {@code w −= lr·(1./m·g)}. */
    private static boolean step(double[] w, double[] g, double lr, double scale) {
        for (int e = 0; e < w.length; e++) {
            w[e] = w[e] - lr * (scale * g[e]);
        }
        return Finite.all(w);
    }

    /** Mini-batch with L2: {@code w −= lr·(g + (λ/n)·w)}. */
    private static boolean decayStep(double[] w, double[] g, double lr, double decay) {
        for (int e = 0; e < w.length; e++) {
            w[e] = w[e] - lr * (g[e] + decay * w[e]);
        }
        return Finite.all(w);
    }

    /** Full batch with L2: {@code w −= lr·(1./m·g + (λ/m)·w)}. */
    private static boolean decayStep(double[] w, double[] g, double lr, double scale, double decay) {
        for (int e = 0; e < w.length; e++) {
            w[e] = w[e] - lr * (scale * g[e] + decay * w[e]);
        }
        return Finite.all(w);
    }

    /**
     * L2 on a row whose gradient is zero: {@code w −= lr·(decay·w)}, which equals both {@code g + (λ/n)·w} and
     * {@code 1./m·g + (λ/m)·w} for {@code g = 0}.
     */
    private static boolean decayOnly(double[] w, double lr, double decay) {
        for (int e = 0; e < w.length; e++) {
            w[e] = w[e] - lr * (decay * w[e]);
        }
        return Finite.all(w);
    }
}
