package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.Arrays;
import java.util.List;

/**
 * LSUV, layer-sequential unit-variance initialization (Mishkin and Matas 2015, "All you need is a good init"): start
 * from {@code orthogonal:gain=1}, then for {@code l = 1..L} in order, up to {@code max-iter} times, forward the first
 * {@code batch} training examples (all when 0) through layers {@code 1..l}, take {@code v = Var(Z_l)} of the
 * pre-activations (all elements), stop when {@code |v − 1| < tol}, else {@code W_l = W_l / √v}. Defaults: tol 0.1,
 * max-iter 10, batch 0. Biases 0. Reference name {@code lsuv:tol=T,max-iter=K,batch=N}.
 *
 * <p>The scaling needs data, so it is done by {@link LsuvFit}: for the course's networks when a run starts, for any
 * DL4J network with {@link LsuvFit#fit(org.deeplearning4j.nn.multilayer.MultiLayerNetwork,
 * org.nd4j.linalg.api.ndarray.INDArray)}. As a layer's {@code IWeightInit} it draws the orthogonal start and divides it
 * by the layer's fitted {@link #divisors()} in order, so a saved network's configuration rebuilds its LSUV weights
 * without the data.
 */
public final class Lsuv extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    @JsonProperty("tol")
    private final double tol;
    @JsonProperty("maxIter")
    private final int maxIter;
    @JsonProperty("batch")
    private final int batch;
    @JsonProperty("divisors")
    private final double[] divisors;

    /** tol 0.1, max-iter 10, all examples. */
    public Lsuv() {
        this(0.1, 10, 0);
    }

    public Lsuv(double tol, int maxIter, int batch) {
        this(tol, maxIter, batch, null, null);
    }

    @JsonCreator
    Lsuv(@JsonProperty("tol") double tol, @JsonProperty("maxIter") int maxIter, @JsonProperty("batch") int batch,
         @JsonProperty("divisors") double[] divisors, @JsonProperty("position") StreamPosition position) {
        super(position);
        Check.positive("lsuv", "tol", tol);
        if (maxIter < 1) {
            throw new InitSpecException("lsuv", "max-iter " + maxIter + ": must be at least 1");
        }
        if (batch < 0) {
            throw new InitSpecException("lsuv", "batch " + batch + ": must be 0 (all examples) or more");
        }
        this.tol = tol;
        this.maxIter = maxIter;
        this.batch = batch;
        this.divisors = divisors == null ? new double[0] : divisors.clone();
        for (double d : this.divisors) {
            if (!(d > 0) || !Double.isFinite(d)) {
                throw new IllegalArgumentException("lsuv divisor " + d + ": must be a positive number");
            }
        }
    }

    /** The tolerance: a layer is done when {@code |Var(Z_l) − 1| < tol}. */
    public double tol() {
        return tol;
    }

    /** The most times a layer's weights are divided. */
    public int maxIter() {
        return maxIter;
    }

    /** How many training examples the variance is taken over; 0 for all. */
    public int batch() {
        return batch;
    }

    /** The {@code √v} this layer's orthogonal start is divided by, in order; empty until fitted. */
    public double[] divisors() {
        return divisors.clone();
    }

    /** The same LSUV for a layer whose orthogonal start is divided by {@code divisors} in order. */
    public Lsuv withDivisors(double[] divisors) {
        return new Lsuv(tol, maxIter, batch, divisors, position());
    }

    @Override
    public String name() {
        return "lsuv";
    }

    @Override
    List<Param> params() {
        return List.of(new Param("tol", tol, 0.1), new Param("max-iter", maxIter, 10), new Param("batch", batch, 0));
    }

    @Override
    public Lsuv at(StreamPosition position) {
        return new Lsuv(tol, maxIter, batch, divisors, position);
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        Orthogonal.draw(rng, shape, 1.0, out);
        for (double d : divisors) {
            divide(out, d);
        }
    }

    /** {@code w = w / d}, as the reference's {@code W_l / np.sqrt(v)}. */
    static void divide(double[] w, double d) {
        for (int k = 0; k < w.length; k++) {
            w[k] = w[k] / d;
        }
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
        Draws.skipGaussians(rng, shape.size());
    }

    @Override
    boolean sameFitted(CatalogInit other) {
        return Arrays.equals(divisors, ((Lsuv) other).divisors);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Arrays.hashCode(divisors);
    }
}
