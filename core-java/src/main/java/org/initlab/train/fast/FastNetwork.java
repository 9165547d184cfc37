package org.initlab.train.fast;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Matrix;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.Predictor;

/**
 * A network held by the fast engine as plain arrays: its outputs come from the same forward pass as training uses,
 * without dropout, and its parameters can be written into a DL4J network of the same shape. It reads the arrays as
 * they are when called, so during training it is a live view for {@link org.initlab.train.Progress#epochEnd}
 * callbacks, which run between two steps.
 */
public final class FastNetwork implements Predictor {
    /** Examples per forward pass: each example's outputs are computed alone, so this changes no bit. */
    private static final int CHUNK = 512;

    private final ExperimentSpec spec;
    private final Parameters p;
    private final LayoutKind kind;
    private final boolean live;
    private Inputs last;

    /** The inputs of one matrix, chunk by chunk, as {@link SparseInput} (null for a chunk that is not sparse). */
    private record Inputs(double[] data, int rows, SparseInput[] chunks) {
    }

    FastNetwork(ExperimentSpec spec, Parameters p, LayoutKind kind) {
        this(spec, p, kind, false);
    }

    /**
     * @param live whether this is the view of a network in training, whose callbacks score the same test set after
     *             every epoch: it keeps the non-zero inputs of the last matrix it was given (the same array, not
     *             copied or changed meanwhile) until {@link #endTraining}
     */
    FastNetwork(ExperimentSpec spec, Parameters p, LayoutKind kind, boolean live) {
        this.spec = spec;
        this.p = p;
        this.kind = kind;
        this.live = live;
    }

    /** Forgets the inputs a live view kept. */
    synchronized void endTraining() {
        last = null;
    }

    /** The sparse inputs of each chunk of {@code x}, from the live view's memory when it holds them. */
    private synchronized SparseInput[] chunks(Matrix x, int chunk) {
        if (live && last != null && last.data == x.data() && last.rows == x.rows()) {
            return last.chunks;
        }
        int m = x.rows();
        SparseInput[] chunks = new SparseInput[(m + chunk - 1) / chunk];
        if (kind == LayoutKind.ROW) {
            for (int c = 0; c < chunks.length; c++) {
                int first = c * chunk;
                chunks[c] = SparseInput.of(x.data(), first, Math.min(chunk, m - first), x.cols());
            }
        }
        if (live) {
            last = new Inputs(x.data(), m, chunks);
        }
        return chunks;
    }

    @Override
    public Matrix output(Matrix x) {
        int n0 = p.sizes[0];
        int nL = p.sizes[p.depth()];
        if (x.cols() != n0) {
            throw new IllegalArgumentException("the network takes " + n0 + " inputs; got " + x.cols());
        }
        int m = x.rows();
        if (m == 0) {
            return Matrix.zeros(0, nL);
        }
        Layout layout = kind.create(new Parallel(1));
        int chunk = Math.min(m, CHUNK);
        double[] values = new double[Math.multiplyExact(m, nL)];
        Propagation forward = new Propagation(spec, layout, p, chunk, chunk);
        double[][] in = null;
        SparseInput[] chunks = chunks(x, chunk);
        for (int first = 0; first < m; first += chunk) {
            int size = Math.min(chunk, m - first);
            SparseInput sparse = chunks[first / chunk];
            forward.useSparse(sparse);
            forward.select(null, 0);
            if (sparse == null) {
                in = in != null ? in : layout.allocate(n0, chunk);
                layout.load(x.data(), n0, null, first, size, in);
            }
            forward.forward(sparse != null ? null : in, size, null);
            double[][] a = forward.output();
            for (int i = 0; i < size; i++) {
                for (int u = 0; u < nL; u++) {
                    values[(first + i) * nL + u] = layout.get(a, u, i);
                }
            }
        }
        return new Matrix(m, nL, values);
    }

    /**
     * Writes the parameters into {@code net}, a DL4J network of the specification's shape (as
     * {@link org.initlab.net.CourseNetworks#build} makes it): the course's {@code W[l]ᵀ} into {@code "(l−1)_W"} and
     * {@code b[l]} into {@code "(l−1)_b"}.
     */
    public void writeTo(MultiLayerNetwork net) {
        p.write(net);
    }
}
