package org.initlab.data;

/**
 * Examples and their labels: {@code x} is {@code m × features}, {@code y} is {@code m × outputs} (one column of
 * 0/1 for a binary task, one-hot columns for several classes).
 */
public record Split(Matrix x, Matrix y) {
    public Split {
        if (x.rows() != y.rows()) {
            throw new IllegalArgumentException(x.rows() + " examples but " + y.rows() + " labels");
        }
    }

    public int size() {
        return x.rows();
    }

    /** The first {@code n} examples. */
    public Split head(int n) {
        return new Split(x.head(n), y.head(n));
    }

    /** The examples at {@code indices}. */
    public Split rows(int[] indices) {
        return new Split(x.rows(indices), y.rows(indices));
    }

    /**
     * The class index of each example: the 0/1 value of a single label column, otherwise the column holding the
     * largest value (the hot one of a one-hot row; the first on ties).
     */
    public int[] labels() {
        int m = y.rows();
        int k = y.cols();
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            if (k == 1) {
                out[i] = (int) y.get(i, 0);
                continue;
            }
            int best = 0;
            for (int j = 1; j < k; j++) {
                if (y.get(i, j) > y.get(i, best)) {
                    best = j;
                }
            }
            out[i] = best;
        }
        return out;
    }
}
