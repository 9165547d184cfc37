package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.List;

/**
 * Keras's {@code HeUniform}, JAX's {@code jax.nn.initializers.he_uniform} and PyTorch's {@code
 * kaiming_uniform_(nonlinearity='relu')} (He et al. 2015): {@code W ~ U(−√(6 / fan_in), √(6 / fan_in))}; biases 0.
 * The preset {@link VarianceScaling} with scale 2.0, {@code fan_in}, {@code uniform}. Reference name {@code he-
 * uniform}.
 */
public final class HeUniform extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    public HeUniform() {
        this(null);
    }

    @JsonCreator
    HeUniform(@JsonProperty("position") StreamPosition position) {
        super(position);
    }

    @Override
    public String name() {
        return "he-uniform";
    }

    @Override
    List<Param> params() {
        return List.of();
    }

    @Override
    public HeUniform at(StreamPosition position) {
        return new HeUniform(position);
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        VarianceScaling.draw(rng, shape, 2.0, FanMode.FAN_IN, Distribution.UNIFORM, out);
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
        VarianceScaling.skip(rng, shape, Distribution.UNIFORM);
    }
}
