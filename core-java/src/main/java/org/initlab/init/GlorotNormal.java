package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.List;

/**
 * Keras's {@code GlorotNormal}, JAX's {@code jax.nn.initializers.glorot_normal} (Glorot and Bengio 2010): {@code W =
 * z · √(2 / (fan_in + fan_out)) / 0.87962566103423978, z ~ N(0, 1) cut at ±2}; biases 0. The preset {@link
 * VarianceScaling} with scale 1.0, {@code fan_avg}, {@code truncated-normal}. Reference name {@code glorot-normal}.
 */
public final class GlorotNormal extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    public GlorotNormal() {
        this(null);
    }

    @JsonCreator
    GlorotNormal(@JsonProperty("position") StreamPosition position) {
        super(position);
    }

    @Override
    public String name() {
        return "glorot-normal";
    }

    @Override
    List<Param> params() {
        return List.of();
    }

    @Override
    public GlorotNormal at(StreamPosition position) {
        return new GlorotNormal(position);
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        VarianceScaling.draw(rng, shape, 1.0, FanMode.FAN_AVG, Distribution.TRUNCATED_NORMAL, out);
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
        VarianceScaling.skip(rng, shape, Distribution.TRUNCATED_NORMAL);
    }
}
