package org.initlab.analysis;

import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Units that cannot be told apart: two units of a layer whose incoming weights and bias are identical compute the
 * same activation and receive gradients that differ only through their outgoing weights — with zeros everywhere, as
 * in the course's E1, not at all, and they stay copies of each other forever.
 */
final class Symmetry {
    private Symmetry() {
    }

    /**
     * The largest share of the layer's units that share one vector of incoming weights and bias (values compared
     * exactly, {@code −0.0} as {@code 0.0}), 0 when no two are alike; NaN when the layer's weights are neither a
     * dense {@code [n_in, n_out]} matrix (a unit's weights are a column, contiguous in 'f' order) nor 2-D convolution
     * filters {@code [out, in, kh, kw]} (a unit's are a filter, contiguous in 'c' order).
     */
    static double largestShare(Layer conf, INDArray w, INDArray b) {
        long units;
        double[] values;
        if (conf instanceof ConvolutionLayer && w.rank() == 4) {
            units = w.size(0);
            values = Doctor.values(w, 'c');
        } else if (conf instanceof FeedForwardLayer && w.rank() == 2) {
            units = w.size(1);
            values = Doctor.values(w, 'f');
        } else {
            return Double.NaN;
        }
        double[] bias = b == null ? null : Doctor.values(b, 'c');
        int per = Math.toIntExact(values.length / units);
        double[][] rows = new double[Math.toIntExact(units)][];
        for (int u = 0; u < rows.length; u++) {
            rows[u] = java.util.Arrays.copyOfRange(values, u * per, (u + 1) * per);
        }
        return largestShare(rows, bias);
    }

    /** The same over explicit rows, one per unit, with an optional bias per unit. */
    static double largestShare(double[][] units, double[] bias) {
        if (units.length < 2) {
            return 0.0;
        }
        Map<Key, Integer> groups = new HashMap<>();
        int largest = 1;
        for (int u = 0; u < units.length; u++) {
            int extra = bias == null ? 0 : 1;
            double[] v = Arrays.copyOf(units[u], units[u].length + extra);
            if (bias != null) {
                v[v.length - 1] = bias[u];
            }
            for (int k = 0; k < v.length; k++) {
                v[k] += 0.0;
            }
            largest = Math.max(largest, groups.merge(new Key(v), 1, Integer::sum));
        }
        return largest < 2 ? 0.0 : (double) largest / units.length;
    }

    private record Key(double[] v) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(k.v, v);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(v);
        }

        @Override
        public String toString() {
            return Arrays.toString(v);
        }
    }
}
