package org.initlab.train.fast;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.init.InitialValues;
import org.initlab.numpy.NumpySum;
import org.initlab.spec.ExperimentSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A network's weights and biases as plain arrays in a {@link Layout}'s arrangement: layer {@code l} (1-based, as the
 * course names {@code W1, b1, …}) has the course's {@code W[l]} of shape {@code (n_l, n_{l−1})} and {@code b[l]} of
 * {@code n_l} values. DL4J keeps {@code W[l]ᵀ} as parameter {@code "(l−1)_W"} of shape {@code [nIn, nOut]} and
 * {@code b[l]} as {@code "(l−1)_b"} of shape {@code [1, nOut]}.
 */
final class Parameters {
    final int[] sizes;
    final double[][][] w;
    final double[][] b;
    private final Layout layout;

    private Parameters(int[] sizes, Layout layout) {
        this.sizes = sizes.clone();
        this.layout = layout;
        int depth = sizes.length - 1;
        this.w = new double[depth + 1][][];
        this.b = new double[depth + 1][];
        for (int l = 1; l <= depth; l++) {
            w[l] = layout.allocateWeights(sizes[l - 1], sizes[l]);
            b[l] = new double[sizes[l]];
        }
    }

    /** Number of weight layers, L. */
    int depth() {
        return sizes.length - 1;
    }

    /**
     * The parameters of {@code net}, which must be a double-precision stack of dense layers of sizes {@code sizes}.
     *
     * @throws IllegalArgumentException when the network does not have that shape
     */
    static Parameters read(MultiLayerNetwork net, int[] sizes, Layout layout) {
        int depth = sizes.length - 1;
        if (net.getnLayers() != depth) {
            throw new IllegalArgumentException("the network has " + net.getnLayers() + " layers; the specification "
                    + depth);
        }
        Parameters p = new Parameters(sizes, layout);
        for (int l = 1; l <= depth; l++) {
            int nIn = sizes[l - 1];
            int nOut = sizes[l];
            INDArray wt = net.getParam((l - 1) + "_W");
            INDArray bias = net.getParam((l - 1) + "_b");
            if (wt == null || bias == null || wt.rank() != 2 || wt.size(0) != nIn || wt.size(1) != nOut
                    || bias.length() != nOut) {
                throw new IllegalArgumentException("layer " + (l - 1) + " of the network is not a dense layer "
                        + nIn + " -> " + nOut);
            }
            if (wt.dataType() != DataType.DOUBLE) {
                throw new IllegalArgumentException("the fast engine trains double-precision networks; layer "
                        + (l - 1) + " holds " + wt.dataType());
            }
            double[][] values = wt.toDoubleMatrix();
            double[] flat = new double[nIn * nOut];
            for (int k = 0; k < nIn; k++) {
                System.arraycopy(values[k], 0, flat, k * nOut, nOut);
            }
            p.set(l, flat, 'c', bias.reshape(nOut).toDoubleVector());
        }
        return p;
    }

    /** The initial values of {@code spec}'s course initializer, drawn without a DL4J network. */
    static Parameters initial(ExperimentSpec spec, int[] sizes, Layout layout) {
        InitialValues values = InitialValues.of(spec);
        Parameters p = new Parameters(sizes, layout);
        for (int l = 1; l <= p.depth(); l++) {
            p.set(l, values.weights(l - 1), 'f', values.biases(l - 1));
        }
        return p;
    }

    /**
     * Sets layer {@code l}'s weights from DL4J's {@code [nIn, nOut]} parameter flattened in {@code order} ('f': the
     * course's {@code W[j,k]} at {@code k + nIn·j}; 'c': at {@code k·nOut + j}) and its biases.
     */
    private void set(int l, double[] flat, char order, double[] bias) {
        int nIn = sizes[l - 1];
        int nOut = sizes[l];
        for (int j = 0; j < nOut; j++) {
            for (int k = 0; k < nIn; k++) {
                layout.setWeight(w[l], j, k, flat[order == 'f' ? k + nIn * j : k * nOut + j]);
            }
        }
        System.arraycopy(bias, 0, b[l], 0, nOut);
    }

    /** Writes these values into {@code net}'s parameters {@code "(l−1)_W"} and {@code "(l−1)_b"}. */
    void write(MultiLayerNetwork net) {
        for (int l = 1; l <= depth(); l++) {
            int nIn = sizes[l - 1];
            int nOut = sizes[l];
            double[][] values = new double[nIn][nOut];
            for (int k = 0; k < nIn; k++) {
                for (int j = 0; j < nOut; j++) {
                    values[k][j] = layout.weight(w[l], j, k);
                }
            }
            net.getParam((l - 1) + "_W").assign(Nd4j.createFromArray(values));
            net.getParam((l - 1) + "_b").assign(Nd4j.create(b[l], new long[]{1, nOut}, DataType.DOUBLE));
        }
    }

    /** The course's name ({@code W2}, {@code b1}) of the first parameter array, in layer order, holding NaN or ±∞. */
    String firstNonFinite() {
        for (int l = 1; l <= depth(); l++) {
            for (double[] row : w[l]) {
                if (!Finite.all(row)) {
                    return "W" + l;
                }
            }
            if (!Finite.all(b[l])) {
                return "b" + l;
            }
        }
        return null;
    }

    /**
     * {@code Σ_l np.sum(np.square(W[l]))} of the course's L2 cost, each layer's sum in numpy's pairwise order over
     * {@code W[l]} in C order and the layers added in order; {@code scratch} holds at least the largest layer.
     */
    double squaredWeightSum(double[] scratch) {
        double total = 0.0;
        for (int l = 1; l <= depth(); l++) {
            int nIn = sizes[l - 1];
            int nOut = sizes[l];
            for (int j = 0; j < nOut; j++) {
                for (int k = 0; k < nIn; k++) {
                    double x = layout.weight(w[l], j, k);
                    scratch[j * nIn + k] = x * x;
                }
            }
            total += NumpySum.sum(scratch, 0, nIn * nOut);
        }
        return total;
    }

    /** The largest layer's number of weights. */
    int largestLayer() {
        int max = 0;
        for (int l = 1; l <= depth(); l++) {
            max = Math.max(max, sizes[l - 1] * sizes[l]);
        }
        return max;
    }
}
