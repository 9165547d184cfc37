package org.initlab.train;

import org.initlab.data.Matrix;

/**
 * Classes from output activations and from labels. One output: the course's {@code a > 0.5} → 1, else 0 (and the
 * label is its 0/1 value); several outputs: the index of the largest (first on ties, as {@code np.argmax}).
 */
public final class Predictions {
    private Predictions() {
    }

    /** The predicted class of each row of {@code outputs}. */
    public static int[] classes(Matrix outputs) {
        int[] out = new int[outputs.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = outputs.cols() == 1 ? (outputs.get(i, 0) > 0.5 ? 1 : 0) : argmax(outputs, i);
        }
        return out;
    }

    /** The class of each row of labels {@code y}: the 0/1 value of one column, the argmax of one-hot rows. */
    public static int[] labels(Matrix y) {
        int[] out = new int[y.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = y.cols() == 1 ? (int) Math.round(y.get(i, 0)) : argmax(y, i);
        }
        return out;
    }

    private static int argmax(Matrix m, int row) {
        int best = 0;
        for (int k = 1; k < m.cols(); k++) {
            if (m.get(row, k) > m.get(row, best)) {
                best = k;
            }
        }
        return best;
    }
}
