package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.List;

/**
 * Keras's {@code LecunUniform}, JAX's {@code jax.nn.initializers.lecun_uniform} (LeCun et al. 1998): {@code W ~
 * U(−√(3 / fan_in), √(3 / fan_in))}; biases 0. The preset {@link VarianceScaling} with scale 1.0, {@code fan_in},
 * {@code uniform}. Reference name {@code lecun-uniform}.
 */
public final class LecunUniform extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    public LecunUniform() {
        this(null);
    }

    @JsonCreator
    LecunUniform(@JsonProperty("position") StreamPosition position) {
        super(position);
    }

    @Override
    public String name() {
        return "lecun-uniform";
    }

    @Override
    List<Param> params() {
        return List.of();
    }

    @Override
    public LecunUniform at(StreamPosition position) {
        return new LecunUniform(position);
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        VarianceScaling.draw(rng, shape, 1.0, FanMode.FAN_IN, Distribution.UNIFORM, out);
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
        VarianceScaling.skip(rng, shape, Distribution.UNIFORM);
    }
}
