package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.List;

/**
 * Keras's {@code HeNormal}, JAX's {@code jax.nn.initializers.he_normal} (He et al. 2015): {@code W = z · √(2 /
 * fan_in) / 0.87962566103423978, z ~ N(0, 1) cut at ±2}; biases 0. The preset {@link VarianceScaling} with scale
 * 2.0, {@code fan_in}, {@code truncated-normal}. Reference name {@code he-normal}.
 */
public final class HeNormal extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    public HeNormal() {
        this(null);
    }

    @JsonCreator
    HeNormal(@JsonProperty("position") StreamPosition position) {
        super(position);
    }

    @Override
    public String name() {
        return "he-normal";
    }

    @Override
    List<Param> params() {
        return List.of();
    }

    @Override
    public HeNormal at(StreamPosition position) {
        return new HeNormal(position);
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        VarianceScaling.draw(rng, shape, 2.0, FanMode.FAN_IN, Distribution.TRUNCATED_NORMAL, out);
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
        VarianceScaling.skip(rng, shape, Distribution.TRUNCATED_NORMAL);
    }
}
