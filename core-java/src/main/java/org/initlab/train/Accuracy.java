package org.initlab.train;

import org.initlab.data.Matrix;
import org.initlab.data.Split;

/**
 * The course's accuracy: the mean of {@code prediction == label} ({@code np.mean((AL > 0.5) == Y)}), with
 * predictions and labels as {@link Predictions} defines them.
 */
public final class Accuracy {
    private Accuracy() {
    }

    /** The fraction of {@code split}'s examples {@code model} predicts right. */
    public static double of(Predictor model, Split split) {
        return of(model.output(split.x()), split.y());
    }

    /** The number of {@code split}'s examples {@code model} predicts right. */
    public static int correct(Predictor model, Split split) {
        return correct(model.output(split.x()), split.y());
    }

    /** The fraction of rows where {@code outputs} predicts the class of {@code y}. */
    public static double of(Matrix outputs, Matrix y) {
        if (y.rows() == 0) {
            return Double.NaN;
        }
        return (double) correct(outputs, y) / y.rows();
    }

    /** The number of rows where {@code outputs} predicts the class of {@code y}. */
    public static int correct(Matrix outputs, Matrix y) {
        if (outputs.rows() != y.rows() || outputs.cols() != y.cols()) {
            throw new IllegalArgumentException("outputs " + outputs + " and labels " + y + " differ in shape");
        }
        int[] p = Predictions.classes(outputs);
        int[] l = Predictions.labels(y);
        int n = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] == l[i]) {
                n++;
            }
        }
        return n;
    }
}
