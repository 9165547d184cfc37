package org.initlab.train.fast;

import org.initlab.numpy.NumpySum;
import org.initlab.spec.Activation;
import org.initlab.spec.Cost;
import org.initlab.spec.Output;

/**
 * The output layer's activation, the cost's terms and the gradient {@code dZ_L} that starts the backward pass, for
 * the output {@code a} and labels {@code y} of {@code m} examples:
 * <pre>
 *   sigmoid   a = 1 / (1 + exp(−z))
 *   softmax   a_u = e_u / Σ_v e_v,  e_u = exp(z_u − max_v z_v)       (np.sum over axis 0: left to right)
 *
 *   cross-entropy, sigmoid   term = (−log a)·y + (−log(1 − a))·(1 − y)    dZ = a − y
 *   cross-entropy, softmax   term = (−log a)·y                            dZ = a − y
 *   quadratic, sigmoid       term = ½·(y − a)²                            dZ = (a − y)·a·(1 − a)
 *   quadratic, softmax       term = ½·(y − a)²                            dZ_u = a_u·(g_u − Σ_v a_v·g_v),  g = a − y
 * </pre>
 * The cost is {@code (1/m)·nansum(terms)} with the terms summed in numpy's pairwise order over the course's
 * {@code (units, m)} array (a term that is NaN, {@code 0·∞}, counts as 0; an infinite term makes the cost infinite,
 * as the course prints {@code inf}). In mini-batch training {@code dZ} is divided by the batch size, as the E5 peer
 * writes {@code d3 = (a3 − y)·a3·(1 − a3) / batch}.
 */
final class OutputUnits {
    private final Output output;
    private final Cost cost;

    OutputUnits(Output output, Cost cost) {
        this.output = output;
        this.cost = cost;
    }

    /** {@code z = a(z)} in place for a batch of {@code m} examples of {@code units} outputs. */
    void activate(double[][] z, int units, int m, Layout layout) {
        if (output == Output.SIGMOID) {
            HiddenUnits.activate(Activation.SIGMOID, z, layout.rows(units, m), layout.length(units, m));
            return;
        }
        for (int i = 0; i < m; i++) {
            double max = layout.get(z, 0, i);
            for (int u = 1; u < units; u++) {
                max = Math.max(max, layout.get(z, u, i));
            }
            double sum = 0.0;
            for (int u = 0; u < units; u++) {
                double e = Math.exp(layout.get(z, u, i) - max);
                layout.set(z, u, i, e);
                sum += e;
            }
            for (int u = 0; u < units; u++) {
                layout.set(z, u, i, layout.get(z, u, i) / sum);
            }
        }
    }

    /** {@code dz = dZ_L}, divided by {@code batch} when {@code batch > 0} (mini-batch training). */
    void gradient(double[][] a, double[][] y, double[][] dz, int units, int m, int batch, Layout layout) {
        int rows = layout.rows(units, m);
        int length = layout.length(units, m);
        if (cost == Cost.CROSS_ENTROPY) {
            for (int r = 0; r < rows; r++) {
                double[] av = a[r];
                double[] yv = y[r];
                double[] d = dz[r];
                for (int e = 0; e < length; e++) {
                    d[e] = av[e] - yv[e];
                }
            }
        } else if (output == Output.SIGMOID) {
            for (int r = 0; r < rows; r++) {
                double[] av = a[r];
                double[] yv = y[r];
                double[] d = dz[r];
                for (int e = 0; e < length; e++) {
                    double x = av[e];
                    d[e] = (x - yv[e]) * x * (1.0 - x);
                }
            }
        } else {
            for (int i = 0; i < m; i++) {
                double s = 0.0;
                for (int u = 0; u < units; u++) {
                    double x = layout.get(a, u, i);
                    s += x * (x - layout.get(y, u, i));
                }
                for (int u = 0; u < units; u++) {
                    double x = layout.get(a, u, i);
                    layout.set(dz, u, i, x * ((x - layout.get(y, u, i)) - s));
                }
            }
        }
        if (batch > 0) {
            double divisor = batch;
            for (int r = 0; r < rows; r++) {
                double[] d = dz[r];
                for (int e = 0; e < length; e++) {
                    d[e] = d[e] / divisor;
                }
            }
        }
    }

    /**
     * {@code nansum(terms)} in numpy's order over the course's {@code (units, m)} array (a NaN term, {@code 0 · inf},
     * counts as 0); {@code scratch} holds at least {@code units·m} values.
     */
    double termSum(double[][] a, double[][] y, int units, int m, Layout layout, double[] scratch) {
        for (int u = 0; u < units; u++) {
            for (int i = 0; i < m; i++) {
                double t = term(layout.get(a, u, i), layout.get(y, u, i));
                scratch[u * m + i] = Double.isNaN(t) ? 0.0 : t;
            }
        }
        return NumpySum.sum(scratch, 0, units * m);
    }

    private double term(double a, double y) {
        if (cost == Cost.QUADRATIC) {
            double d = y - a;
            return 0.5 * (d * d);
        }
        if (output == Output.SOFTMAX) {
            return (-Math.log(a)) * y;
        }
        return (-Math.log(a)) * y + (-Math.log(1.0 - a)) * (1.0 - y);
    }
}
