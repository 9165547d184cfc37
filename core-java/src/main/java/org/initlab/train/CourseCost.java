package org.initlab.train;

import org.initlab.data.Matrix;
import org.initlab.numpy.NumpySum;
import org.initlab.spec.Cost;
import org.initlab.spec.Output;

/**
 * The course's cost of a network's outputs {@code a} against labels {@code y} on {@code m} examples, without
 * regularization terms: {@code (1/m)·nansum(terms)}, summed in numpy's pairwise order over the course's
 * {@code (units, m)} array, with the terms
 * <pre>
 *   cross-entropy, sigmoid   (−log a)·y + (−log(1 − a))·(1 − y)
 *   cross-entropy, softmax   (−log a)·y
 *   quadratic                ½·(y − a)²
 * </pre>
 * A NaN term ({@code 0·∞}) counts as 0, an infinite one makes the cost infinite, as the course prints {@code inf}.
 * Outputs that hold a NaN (a diverged network) give NaN.
 */
public final class CourseCost {
    private CourseCost() {
    }

    /** The cost of {@code outputs} ({@code m × units}) against {@code y}, for the given output layer and cost. */
    public static double of(Output output, Cost cost, Matrix outputs, Matrix y) {
        if (outputs.rows() != y.rows() || outputs.cols() != y.cols()) {
            throw new IllegalArgumentException("outputs " + outputs + " and labels " + y + " differ in shape");
        }
        int m = y.rows();
        int units = y.cols();
        if (m == 0) {
            return Double.NaN;
        }
        double[] terms = new double[units * m];
        for (int u = 0; u < units; u++) {
            for (int i = 0; i < m; i++) {
                double a = outputs.get(i, u);
                if (Double.isNaN(a)) {
                    return Double.NaN;
                }
                double t = term(output, cost, a, y.get(i, u));
                terms[u * m + i] = Double.isNaN(t) ? 0.0 : t;
            }
        }
        return NumpySum.sum(terms, 0, terms.length) / m;
    }

    /** The cost of {@code model}'s outputs on {@code x} against {@code y}. */
    public static double of(Output output, Cost cost, Predictor model, Matrix x, Matrix y) {
        return of(output, cost, model.output(x), y);
    }

    private static double term(Output output, Cost cost, double a, double y) {
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
