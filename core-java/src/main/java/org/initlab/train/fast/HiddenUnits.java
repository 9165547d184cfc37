package org.initlab.train.fast;

import org.initlab.spec.Activation;

/**
 * A hidden layer's activation {@code g} and the factor {@code g'} the backward pass multiplies by, both written in
 * terms of the activation {@code a = g(z)} as the course and Nielsen write them:
 * <pre>
 *   relu     a = max(0, z)            dZ = dA · (a &gt; 0)          (np.int64(A &gt; 0): a factor 1 or 0)
 *   sigmoid  a = 1 / (1 + exp(−z))     dZ = dA · a · (1 − a)
 *   tanh     a = tanh(z)               dZ = dA · (1 − a²)
 * </pre>
 * {@code a} is the activation before dropout. Both work in place on the first {@code length} values of the first
 * {@code rows} arrays of a batch buffer.
 */
final class HiddenUnits {
    private HiddenUnits() {
    }

    /** {@code z = g(z)}. */
    static void activate(Activation g, double[][] z, int rows, int length) {
        for (int r = 0; r < rows; r++) {
            double[] v = z[r];
            switch (g) {
                case RELU -> {
                    for (int e = 0; e < length; e++) {
                        v[e] = Math.max(0.0, v[e]);
                    }
                }
                case SIGMOID -> {
                    for (int e = 0; e < length; e++) {
                        v[e] = 1.0 / (1.0 + Math.exp(-v[e]));
                    }
                }
                case TANH -> {
                    for (int e = 0; e < length; e++) {
                        v[e] = Math.tanh(v[e]);
                    }
                }
            }
        }
    }

    /** {@code d = d · g'}, with {@code g'} computed from the activations {@code a}. */
    static void backprop(Activation g, double[][] d, double[][] a, int rows, int length) {
        for (int r = 0; r < rows; r++) {
            double[] dv = d[r];
            double[] av = a[r];
            switch (g) {
                case RELU -> {
                    for (int e = 0; e < length; e++) {
                        dv[e] = dv[e] * (av[e] > 0.0 ? 1.0 : 0.0);
                    }
                }
                case SIGMOID -> {
                    for (int e = 0; e < length; e++) {
                        double x = av[e];
                        dv[e] = dv[e] * x * (1.0 - x);
                    }
                }
                case TANH -> {
                    for (int e = 0; e < length; e++) {
                        double x = av[e];
                        dv[e] = dv[e] * (1.0 - x * x);
                    }
                }
            }
        }
    }
}
