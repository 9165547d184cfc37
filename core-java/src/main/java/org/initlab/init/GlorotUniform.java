package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.List;

/**
 * Keras's {@code GlorotUniform}, JAX's {@code jax.nn.initializers.glorot_uniform} and PyTorch's {@code
 * xavier_uniform_} (Glorot and Bengio 2010): {@code W ~ U(−√(6 / (fan_in + fan_out)), √(6 / (fan_in + fan_out)))};
 * biases 0. The preset {@link VarianceScaling} with scale 1.0, {@code fan_avg}, {@code uniform}. Reference name
 * {@code glorot-uniform}.
 */
public final class GlorotUniform extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    public GlorotUniform() {
        this(null);
    }

    @JsonCreator
    GlorotUniform(@JsonProperty("position") StreamPosition position) {
        super(position);
    }

    @Override
    public String name() {
        return "glorot-uniform";
    }

    @Override
    List<Param> params() {
        return List.of();
    }

    @Override
    public GlorotUniform at(StreamPosition position) {
        return new GlorotUniform(position);
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        VarianceScaling.draw(rng, shape, 1.0, FanMode.FAN_AVG, Distribution.UNIFORM, out);
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
        VarianceScaling.skip(rng, shape, Distribution.UNIFORM);
    }
}
