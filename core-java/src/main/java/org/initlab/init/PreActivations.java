package org.initlab.init;

import org.initlab.data.Matrix;
import org.initlab.numpy.NumpySum;
import org.initlab.spec.Activation;

import java.util.List;

/**
 * The pre-activations {@code Z_l = W_l · A_{l−1} + b_l} of the course's dense network at initialization (biases 0), in
 * plain Java, and their variance as {@code numpy.var} computes it: what LSUV scales and what its experiment reports.
 */
public final class PreActivations {
    private PreActivations() {
    }

    /**
     * {@code Var(Z_l)} for {@code l = 1..L}: the network {@code layers} (input first) with weights {@code weights}
     * (layer {@code l}'s as numpy's {@code W[l]} of shape {@code (n_l, n_{l−1})} in C order), biases 0, the hidden
     * activation {@code hidden}, on the examples {@code x} (one per row).
     */
    public static double[] variances(List<Integer> layers, List<double[]> weights, Activation hidden, Matrix x) {
        int m = x.rows();
        double[] a = inputs(x, layers.get(0), m);
        double[] out = new double[layers.size() - 1];
        for (int l = 0; l < out.length; l++) {
            double[] z = forward(weights.get(l), a, layers.get(l + 1), layers.get(l), m);
            out[l] = variance(z);
            a = activate(z, hidden);
        }
        return out;
    }

    /** The first {@code m} examples of {@code x} as the course's {@code X} of shape {@code (n0, m)} in C order. */
    static double[] inputs(Matrix x, int n0, int m) {
        if (x.cols() != n0) {
            throw new IllegalArgumentException("the data has " + x.cols() + " features; the network " + n0 + " inputs");
        }
        double[] a = new double[n0 * m];
        for (int e = 0; e < m; e++) {
            for (int k = 0; k < n0; k++) {
                a[k * m + e] = x.get(e, k);
            }
        }
        return a;
    }

    /** {@code Z = W · A + 0}: {@code W} is {@code (nOut, nIn)}, {@code A} is {@code (nIn, m)}, both in C order. */
    static double[] forward(double[] w, double[] a, int nOut, int nIn, int m) {
        double[] z = new double[nOut * m];
        for (int j = 0; j < nOut; j++) {
            int row = j * m;
            for (int k = 0; k < nIn; k++) {
                double wjk = w[j * nIn + k];
                int in = k * m;
                for (int e = 0; e < m; e++) {
                    z[row + e] += wjk * a[in + e];
                }
            }
            for (int e = 0; e < m; e++) {
                z[row + e] = z[row + e] + 0.0;
            }
        }
        return z;
    }

    /** The hidden activation of {@code z}. */
    static double[] activate(double[] z, Activation hidden) {
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = switch (hidden) {
                case RELU -> Math.max(0.0, z[i]);
                case SIGMOID -> 1.0 / (1.0 + Math.exp(-z[i]));
                case TANH -> Math.tanh(z[i]);
            };
        }
        return out;
    }

    /** {@code numpy.var(z)}: the mean of squared deviations from the mean, both sums in numpy's pairwise order. */
    static double variance(double[] z) {
        double mean = NumpySum.pairwise(z, 0, z.length) / z.length;
        double[] sq = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            double d = z[i] - mean;
            sq[i] = d * d;
        }
        return NumpySum.pairwise(sq, 0, sq.length) / sq.length;
    }
}
