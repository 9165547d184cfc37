package org.initlab.net;

import org.initlab.numpy.NumpySum;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An output layer's labels and activations as plain arrays, row-major {@code [m, n]} as DL4J holds them, for the
 * course's losses to compute their per-element terms exactly as numpy does.
 */
record OutputValues(int m, int n, double[] y, double[] a, double[] mask) {

    static OutputValues of(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask) {
        INDArray act = activation.getActivation(preOutput.dup(), true);
        int m = Math.toIntExact(labels.size(0));
        int n = Math.toIntExact(labels.size(1));
        return new OutputValues(m, n, values(labels), values(act), mask == null ? null : maskValues(mask, m, n));
    }

    static double[] values(INDArray x) {
        return x.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    }

    private static double[] maskValues(INDArray mask, int m, int n) {
        double[] raw = values(mask);
        if (raw.length == m * n) {
            return raw;
        }
        double[] full = new double[m * n];
        for (int i = 0; i < m; i++) {
            java.util.Arrays.fill(full, i * n, (i + 1) * n, raw[i]);
        }
        return full;
    }

    /**
     * The terms {@code t(y, a)} in the course's orientation {@code (n, m)}, C order (output unit major), as numpy
     * lays out {@code logprobs}; masked-out entries are 0, others are weighted by the mask.
     */
    double[] courseTerms(Term term) {
        double[] out = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < n; k++) {
                int at = i * n + k;
                double t = term.of(y[at], a[at]);
                out[k * m + i] = mask == null ? t : mask[at] == 0.0 ? 0.0 : t * mask[at];
            }
        }
        return out;
    }

    /** Per example, the nansum of its terms over the outputs. */
    double[] exampleSums(Term term) {
        double[] t = courseTerms(term);
        double[] out = new double[m];
        double[] row = new double[n];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < n; k++) {
                row[k] = t[k * m + i];
            }
            out[i] = NumpySum.nansum(row);
        }
        return out;
    }

    /** A loss's value for one output of one example. */
    @FunctionalInterface
    interface Term {
        double of(double y, double a);
    }
}
