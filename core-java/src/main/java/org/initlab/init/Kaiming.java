package org.initlab.init;

import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

/**
 * What PyTorch's {@code kaiming_normal_} and {@code kaiming_uniform_} share (He et al. 2015): the standard deviation
 * {@code gain(nonlinearity, a) / √fan}, {@code fan} the chosen {@link FanMode} ({@code fan_in} or {@code fan_out}),
 * with {@link Gain#calculateGain}, and PyTorch's defaults {@code fan_in}, {@code leaky_relu}, {@code a = 0}.
 */
public abstract sealed class Kaiming extends CatalogInit permits KaimingNormal, KaimingUniform {
    @Serial
    private static final long serialVersionUID = 1L;

    @JsonProperty("mode")
    private final FanMode mode;
    @JsonProperty("nonlinearity")
    private final Nonlinearity nonlinearity;
    @JsonProperty("a")
    private final double a;

    Kaiming(FanMode mode, Nonlinearity nonlinearity, double a, StreamPosition position) {
        super(position);
        Objects.requireNonNull(mode, "mode");
        if (mode == FanMode.FAN_AVG) {
            throw new InitSpecException(name(), "mode fan_avg: must be fan_in or fan_out");
        }
        Check.finite(name(), "a", a);
        this.mode = mode;
        this.nonlinearity = Objects.requireNonNull(nonlinearity, "nonlinearity");
        this.a = a;
    }

    public FanMode mode() {
        return mode;
    }

    public Nonlinearity nonlinearity() {
        return nonlinearity;
    }

    public double a() {
        return a;
    }

    /** {@code gain(nonlinearity, a) / √fan} for a layer of {@code shape}. */
    final double std(WeightShape shape) {
        return Gain.calculateGain(nonlinearity, a) / Math.sqrt(mode.of(shape));
    }

    @Override
    final List<Param> params() {
        return List.of(new Param("mode", mode, FanMode.FAN_IN),
                new Param("nonlinearity", nonlinearity, Nonlinearity.LEAKY_RELU), new Param("a", a, 0.0));
    }
}
