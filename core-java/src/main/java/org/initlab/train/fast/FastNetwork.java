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
    private final ExperimentSpec spec;
    private final Parameters p;
    private final LayoutKind kind;

    FastNetwork(ExperimentSpec spec, Parameters p, LayoutKind kind) {
        this.spec = spec;
        this.p = p;
        this.kind = kind;
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
        double[][] in = layout.allocate(n0, m);
        layout.load(x.data(), n0, null, 0, m, in);
        Propagation forward = new Propagation(spec, layout, p, m, m);
        forward.forward(in, null, m, null);
        double[][] a = forward.output();
        double[] values = new double[Math.multiplyExact(m, nL)];
        for (int i = 0; i < m; i++) {
            for (int u = 0; u < nL; u++) {
                values[i * nL + u] = layout.get(a, u, i);
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
