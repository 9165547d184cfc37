package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;

/**
 * PyTorch's {@code kaiming_uniform_(a, mode, nonlinearity)} (He et al. 2015): {@code W ~ U(−b, b)},
 * {@code b = √3 · gain(nonlinearity, a) / √fan} with {@code fan} the chosen {@link FanMode} ({@code fan_in} or
 * {@code fan_out}) and {@link Gain#calculateGain}; biases 0. PyTorch's defaults: {@code fan_in}, {@code leaky_relu},
 * {@code a = 0} (so {@code b = √(6 / fan_in)}, He's uniform). Reference name
 * {@code kaiming-uniform:mode=M,nonlinearity=NL,a=A}.
 */
public final class KaimingUniform extends Kaiming {
    @Serial
    private static final long serialVersionUID = 1L;

    /** PyTorch's defaults: {@code fan_in}, {@code leaky_relu}, {@code a = 0}. */
    public KaimingUniform() {
        this(FanMode.FAN_IN, Nonlinearity.LEAKY_RELU, 0.0);
    }

    public KaimingUniform(FanMode mode, Nonlinearity nonlinearity, double a) {
        this(mode, nonlinearity, a, null);
    }

    @JsonCreator
    KaimingUniform(@JsonProperty("mode") FanMode mode, @JsonProperty("nonlinearity") Nonlinearity nonlinearity,
                   @JsonProperty("a") double a, @JsonProperty("position") StreamPosition position) {
        super(mode, nonlinearity, a, position);
    }

    @Override
    public String name() {
        return "kaiming-uniform";
    }

    @Override
    public KaimingUniform at(StreamPosition position) {
        return new KaimingUniform(mode(), nonlinearity(), a(), position);
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        double bound = Math.sqrt(3.0) * std(shape);
        for (int k = 0; k < out.length; k++) {
            out[k] = Draws.uniform(rng, -bound, bound);
        }
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
        Draws.skipUniforms(rng, shape.size());
    }
}
