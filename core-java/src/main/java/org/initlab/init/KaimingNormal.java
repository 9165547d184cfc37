package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;

/**
 * PyTorch's {@code kaiming_normal_(a, mode, nonlinearity)} (He et al. 2015): {@code W = randn · std},
 * {@code std = gain(nonlinearity, a) / √fan} with {@code fan} the chosen {@link FanMode} ({@code fan_in} or
 * {@code fan_out}) and {@link Gain#calculateGain}; biases 0. PyTorch's defaults: {@code fan_in}, {@code leaky_relu},
 * {@code a = 0} (so gain √2, He's normal without truncation). Reference name
 * {@code kaiming-normal:mode=M,nonlinearity=NL,a=A}.
 */
public final class KaimingNormal extends Kaiming {
    @Serial
    private static final long serialVersionUID = 1L;

    /** PyTorch's defaults: {@code fan_in}, {@code leaky_relu}, {@code a = 0}. */
    public KaimingNormal() {
        this(FanMode.FAN_IN, Nonlinearity.LEAKY_RELU, 0.0);
    }

    public KaimingNormal(FanMode mode, Nonlinearity nonlinearity, double a) {
        this(mode, nonlinearity, a, null);
    }

    @JsonCreator
    KaimingNormal(@JsonProperty("mode") FanMode mode, @JsonProperty("nonlinearity") Nonlinearity nonlinearity,
                  @JsonProperty("a") double a, @JsonProperty("position") StreamPosition position) {
        super(mode, nonlinearity, a, position);
    }

    @Override
    public String name() {
        return "kaiming-normal";
    }

    @Override
    public KaimingNormal at(StreamPosition position) {
        return new KaimingNormal(mode(), nonlinearity(), a(), position);
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        double std = std(shape);
        for (int k = 0; k < out.length; k++) {
            out[k] = rng.randn() * std;
        }
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
        Draws.skipGaussians(rng, shape.size());
    }
}
