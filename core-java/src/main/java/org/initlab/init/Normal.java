package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.List;

/**
 * PyTorch's {@code normal_(mean, std)}, Keras's {@code RandomNormal(mean, stddev)}, JAX's {@code normal(stddev)}:
 * {@code W = mean + std · randn}, biases 0. Defaults: mean 0, std 1. Reference name {@code normal:mean=M,std=S}
 * (the course's {@code normal:SIGMA}, {@code W = randn · SIGMA}, is another initializer).
 */
public final class Normal extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    @JsonProperty("mean")
    private final double mean;
    @JsonProperty("std")
    private final double std;

    /** N(0, 1). */
    public Normal() {
        this(0.0, 1.0);
    }

    public Normal(double mean, double std) {
        this(mean, std, null);
    }

    @JsonCreator
    Normal(@JsonProperty("mean") double mean, @JsonProperty("std") double std,
           @JsonProperty("position") StreamPosition position) {
        super(position);
        Check.finite("normal", "mean", mean);
        Check.notNegative("normal", "std", std);
        this.mean = mean;
        this.std = std;
    }

    public double mean() {
        return mean;
    }

    public double std() {
        return std;
    }

    @Override
    public String name() {
        return "normal";
    }

    @Override
    List<Param> params() {
        return List.of(new Param("mean", mean, 0.0), new Param("std", std, 1.0));
    }

    @Override
    public Normal at(StreamPosition position) {
        return new Normal(mean, std, position);
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        for (int k = 0; k < out.length; k++) {
            out[k] = mean + std * rng.randn();
        }
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
        Draws.skipGaussians(rng, shape.size());
    }
}
