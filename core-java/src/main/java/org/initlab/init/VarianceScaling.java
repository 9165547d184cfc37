package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

/**
 * Keras's {@code VarianceScaling(scale, mode, distribution)} ({@code tf.keras.initializers}; JAX's
 * {@code jax.nn.initializers.variance_scaling}): weights with variance {@code scale / n}, {@code n = max(1, fan)} the
 * chosen {@link FanMode}. {@code normal}: {@code W = randn · √(scale/n)}; {@code truncated-normal}: every weight, in C
 * order, draws {@code z ~ N(0, 1)} again until {@code |z| ≤ 2} and is {@code z · √(scale/n) / 0.87962566103423978}
 * (the standard deviation of N(0, 1) cut at ±2, so the variance is {@code scale/n}); {@code uniform}:
 * {@code W ~ U(−√(3·scale/n), √(3·scale/n))}. Defaults as Keras: scale 1, {@code fan_in}, {@code truncated-normal}.
 * Reference name {@code variance-scaling:scale=S,mode=M,distribution=D}.
 */
public final class VarianceScaling extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    @JsonProperty("scale")
    private final double scale;
    @JsonProperty("mode")
    private final FanMode mode;
    @JsonProperty("distribution")
    private final Distribution distribution;

    /** Keras's defaults: scale 1, {@code fan_in}, truncated normal. */
    public VarianceScaling() {
        this(1.0, FanMode.FAN_IN, Distribution.TRUNCATED_NORMAL);
    }

    public VarianceScaling(double scale, FanMode mode, Distribution distribution) {
        this(scale, mode, distribution, null);
    }

    @JsonCreator
    VarianceScaling(@JsonProperty("scale") double scale, @JsonProperty("mode") FanMode mode,
                    @JsonProperty("distribution") Distribution distribution,
                    @JsonProperty("position") StreamPosition position) {
        super(position);
        Check.positive("variance-scaling", "scale", scale);
        this.scale = scale;
        this.mode = Objects.requireNonNull(mode, "mode");
        this.distribution = Objects.requireNonNull(distribution, "distribution");
    }

    public double scale() {
        return scale;
    }

    public FanMode mode() {
        return mode;
    }

    public Distribution distribution() {
        return distribution;
    }

    @Override
    public String name() {
        return "variance-scaling";
    }

    @Override
    List<Param> params() {
        return List.of(new Param("scale", scale, 1.0), new Param("mode", mode, FanMode.FAN_IN),
                new Param("distribution", distribution, Distribution.TRUNCATED_NORMAL));
    }

    @Override
    public VarianceScaling at(StreamPosition position) {
        return new VarianceScaling(scale, mode, distribution, position);
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        draw(rng, shape, scale, mode, distribution, out);
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
        skip(rng, shape, distribution);
    }

    /** The reference's {@code variance_scaling(rng, rows, cols, scale, mode, distribution)}. */
    static void draw(NumpyRandomState rng, WeightShape shape, double scale, FanMode mode, Distribution distribution,
                     double[] out) {
        double n = Math.max(1.0, mode.of(shape));
        switch (distribution) {
            case NORMAL -> {
                double std = Math.sqrt(scale / n);
                for (int k = 0; k < out.length; k++) {
                    out[k] = rng.randn() * std;
                }
            }
            case TRUNCATED_NORMAL -> {
                double std = Math.sqrt(scale / n);
                for (int k = 0; k < out.length; k++) {
                    out[k] = Draws.truncatedStandardNormal(rng) * std / Draws.TRUNC_STD;
                }
            }
            case UNIFORM -> {
                double limit = Math.sqrt(3.0 * scale / n);
                for (int k = 0; k < out.length; k++) {
                    out[k] = Draws.uniform(rng, -limit, limit);
                }
            }
        }
    }

    static void skip(NumpyRandomState rng, WeightShape shape, Distribution distribution) {
        switch (distribution) {
            case NORMAL -> Draws.skipGaussians(rng, shape.size());
            case TRUNCATED_NORMAL -> {
                for (int k = 0; k < shape.size(); k++) {
                    Draws.truncatedStandardNormal(rng);
                }
            }
            case UNIFORM -> Draws.skipUniforms(rng, shape.size());
        }
    }
}
