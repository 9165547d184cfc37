package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.List;

/**
 * PyTorch's {@code sparse_(sparsity, std)} (Martens 2010): {@code W = normal(0, std, size=(rows, cols))}, then for each
 * column {@code j} in order the rows {@code permutation(rows)[:⌈sparsity · rows⌉]} of that column are set to 0; biases
 * 0. Defaults: sparsity 0.1, std 0.01. Reference name {@code sparse:sparsity=P,std=S}.
 */
public final class Sparse extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    @JsonProperty("sparsity")
    private final double sparsity;
    @JsonProperty("std")
    private final double std;

    /** Sparsity 0.1, std 0.01. */
    public Sparse() {
        this(0.1, 0.01);
    }

    public Sparse(double sparsity, double std) {
        this(sparsity, std, null);
    }

    @JsonCreator
    Sparse(@JsonProperty("sparsity") double sparsity, @JsonProperty("std") double std,
           @JsonProperty("position") StreamPosition position) {
        super(position);
        if (!(sparsity >= 0 && sparsity <= 1)) {
            throw Check.bad("sparse", "sparsity", sparsity, "must be between 0 and 1");
        }
        Check.notNegative("sparse", "std", std);
        this.sparsity = sparsity;
        this.std = std;
    }

    public double sparsity() {
        return sparsity;
    }

    public double std() {
        return std;
    }

    @Override
    public String name() {
        return "sparse";
    }

    @Override
    List<Param> params() {
        return List.of(new Param("sparsity", sparsity, 0.1), new Param("std", std, 0.01));
    }

    @Override
    public Sparse at(StreamPosition position) {
        return new Sparse(sparsity, std, position);
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        int rows = shape.rows();
        int cols = shape.cols();
        for (int k = 0; k < out.length; k++) {
            out[k] = rng.normal(0.0, std);
        }
        int zeros = (int) Math.ceil(sparsity * rows);
        for (int j = 0; j < cols; j++) {
            int[] perm = rng.permutation(rows);
            for (int i = 0; i < zeros; i++) {
                out[perm[i] * cols + j] = 0.0;
            }
        }
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
        Draws.skipGaussians(rng, shape.size());
        for (int j = 0; j < shape.cols(); j++) {
            rng.permutation(shape.rows());
        }
    }
}
