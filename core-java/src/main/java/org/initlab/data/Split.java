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
}
