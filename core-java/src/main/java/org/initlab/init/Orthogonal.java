package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.List;

/**
 * PyTorch's {@code orthogonal_(gain)} and Keras's {@code Orthogonal(gain)} (Saxe et al. 2014): {@code A = randn(rows,
 * cols)}, transposed when {@code rows < cols}; {@code Q, R = qr(A)} (reduced); {@code Q = Q · sign(diag(R))}, transposed
 * back; {@code W = gain · Q}. The rows (or columns, whichever are fewer) of {@code W} are orthonormal up to the gain;
 * biases 0. A convolution's filters are flattened to {@code (nOut, nIn·kH·kW)} first, as PyTorch does. The QR is
 * LAPACK's {@code dgeqrf}/{@code dorgqr} ({@link NumpyQr}). Reference name {@code orthogonal:gain=G}.
 */
public final class Orthogonal extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    @JsonProperty("gain")
    private final double gain;

    /** Gain 1. */
    public Orthogonal() {
        this(1.0);
    }

    public Orthogonal(double gain) {
        this(gain, null);
    }

    @JsonCreator
    Orthogonal(@JsonProperty("gain") double gain, @JsonProperty("position") StreamPosition position) {
        super(position);
        Check.finite("orthogonal", "gain", gain);
        this.gain = gain;
    }

    public double gain() {
        return gain;
    }

    @Override
    public String name() {
        return "orthogonal";
    }

    @Override
    List<Param> params() {
        return List.of(new Param("gain", gain, 1.0));
    }

    @Override
    public Orthogonal at(StreamPosition position) {
        return new Orthogonal(gain, position);
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        draw(rng, shape, gain, out);
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
        Draws.skipGaussians(rng, shape.size());
    }

    /** The reference's {@code orthogonal(rng, rows, cols, gain)}. */
    static void draw(NumpyRandomState rng, WeightShape shape, double gain, double[] out) {
        int rows = shape.rows();
        int cols = shape.cols();
        double[] a = rng.randn(shape.size());
        boolean transposed = rows < cols;
        int m = transposed ? cols : rows;
        int n = transposed ? rows : cols;
        // The column-major m × n matrix LAPACK factors: A itself, or Aᵀ, whose column-major layout is A's C order.
        double[] columns;
        if (transposed) {
            columns = a;
        } else {
            columns = new double[a.length];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    columns[i + m * j] = a[i * cols + j];
                }
            }
        }
        double[] diagonal = NumpyQr.factor(columns, m, n);
        for (int j = 0; j < n; j++) {
            double sign = Math.signum(diagonal[j]);
            for (int i = 0; i < m; i++) {
                double q = columns[i + m * j] * sign;
                // Not transposed: W[i][j] = Q[i][j]; transposed: W[j][i] = Q[i][j], at j·cols + i = i + m·j.
                out[transposed ? i + m * j : i * cols + j] = gain * q;
            }
        }
    }
}
