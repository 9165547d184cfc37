package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.List;

/**
 * PyTorch's {@code xavier_normal_(gain)} (Glorot and Bengio 2010; Keras's {@code GlorotNormal} is its truncated
 * cousin, {@link GlorotNormal}): {@code W = randn · gain · √(2 / (fan_in + fan_out))}, biases 0. Gain 1 by default;
 * {@link Gain#calculateGain} gives the one of a nonlinearity. Reference name {@code xavier-normal:gain=G}.
 */
public final class XavierNormal extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    @JsonProperty("gain")
    private final double gain;

    /** Gain 1. */
    public XavierNormal() {
        this(1.0);
    }

    public XavierNormal(double gain) {
        this(gain, null);
    }

    @JsonCreator
    XavierNormal(@JsonProperty("gain") double gain, @JsonProperty("position") StreamPosition position) {
        super(position);
        Check.finite("xavier-normal", "gain", gain);
        this.gain = gain;
    }

    public double gain() {
        return gain;
    }

    @Override
    public String name() {
        return "xavier-normal";
    }

    @Override
    List<Param> params() {
        return List.of(new Param("gain", gain, 1.0));
    }

    @Override
    public XavierNormal at(StreamPosition position) {
        return new XavierNormal(gain, position);
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        double factor = Math.sqrt(2.0 / (shape.fanIn() + shape.fanOut()));
        for (int k = 0; k < out.length; k++) {
            out[k] = rng.randn() * gain * factor;
        }
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
        Draws.skipGaussians(rng, shape.size());
    }
}
