package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.List;

/**
 * Keras's {@code LecunNormal}, JAX's {@code jax.nn.initializers.lecun_normal} (LeCun et al. 1998, Klambauer et al.
 * 2017): {@code W = z · √(1 / fan_in) / 0.87962566103423978, z ~ N(0, 1) cut at ±2}; biases 0. The preset {@link
 * VarianceScaling} with scale 1.0, {@code fan_in}, {@code truncated-normal}. Reference name {@code lecun-normal}.
 */
public final class LecunNormal extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    public LecunNormal() {
        this(null);
    }

    @JsonCreator
    LecunNormal(@JsonProperty("position") StreamPosition position) {
        super(position);
    }

    @Override
    public String name() {
        return "lecun-normal";
    }

    @Override
    List<Param> params() {
        return List.of();
    }

    @Override
    public LecunNormal at(StreamPosition position) {
        return new LecunNormal(position);
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        VarianceScaling.draw(rng, shape, 1.0, FanMode.FAN_IN, Distribution.TRUNCATED_NORMAL, out);
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
        VarianceScaling.skip(rng, shape, Distribution.TRUNCATED_NORMAL);
    }
}
