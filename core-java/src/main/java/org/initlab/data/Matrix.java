package org.initlab.data;

import java.util.Arrays;

/**
 * A dense row-major matrix of doubles: {@code rows} examples by {@code cols} values. This is DL4J's orientation
 * (examples in rows), the transpose of the course's {@code X} of shape {@code (features, m)}.
 *
 * @param rows number of rows (examples)
 * @param cols number of columns (features or outputs)
 * @param data the values, row by row; {@code data.length == rows * cols}
 */
public record Matrix(int rows, int cols, double[] data) {
    public Matrix {
        if (rows < 0 || cols < 0 || (long) rows * cols != data.length) {
            throw new IllegalArgumentException("matrix " + rows + "x" + cols + " cannot hold " + data.length + " values");
        }
    }

    /** A zero matrix. */
    public static Matrix zeros(int rows, int cols) {
        return new Matrix(rows, cols, new double[Math.multiplyExact(rows, cols)]);
    }

    public double get(int row, int col) {
        return data[row * cols + col];
    }

    /** The first {@code n} rows. */
    public Matrix head(int n) {
        if (n < 0 || n > rows) {
            throw new IllegalArgumentException("cannot take " + n + " rows of " + rows);
        }
        return new Matrix(n, cols, Arrays.copyOf(data, n * cols));
    }

    /** The rows at {@code indices}, in that order. */
    public Matrix rows(int[] indices) {
        double[] out = new double[indices.length * cols];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(data, indices[i] * cols, out, i * cols, cols);
        }
        return new Matrix(indices.length, cols, out);
    }

    /** One row as a new array. */
    public double[] row(int row) {
        return Arrays.copyOfRange(data, row * cols, (row + 1) * cols);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Matrix[" + rows + "x" + cols + "]";
    }
}
