package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.List;

/**
 * PyTorch's {@code xavier_uniform_(gain)} (Glorot and Bengio 2010), with its gain: {@code W ~ U(−a, a)},
 * {@code a = gain · √(6 / (fan_in + fan_out))}, computed as PyTorch does, {@code √3 · (gain · √(2 / (fan_in +
 * fan_out)))}, and drawn as numpy's {@code uniform(−a, a)}; biases 0. Gain 1 by default, which is Keras's
 * {@link GlorotUniform} but for the last bit of {@code a}; {@link Gain#calculateGain} gives the gain of a nonlinearity,
 * as in PyTorch's {@code xavier_uniform_(w, gain=calculate_gain('tanh'))}. Reference name {@code xavier-uniform:gain=G}.
 */
public final class XavierUniform extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    @JsonProperty("gain")
    private final double gain;

    /** Gain 1. */
    public XavierUniform() {
        this(1.0);
    }

    public XavierUniform(double gain) {
        this(gain, null);
    }

    @JsonCreator
    XavierUniform(@JsonProperty("gain") double gain, @JsonProperty("position") StreamPosition position) {
        super(position);
        Check.finite("xavier-uniform", "gain", gain);
        this.gain = gain;
    }

    public double gain() {
        return gain;
    }

    @Override
    public String name() {
        return "xavier-uniform";
    }

    @Override
    List<Param> params() {
        return List.of(new Param("gain", gain, 1.0));
    }

    @Override
    public XavierUniform at(StreamPosition position) {
        return new XavierUniform(gain, position);
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        double bound = Math.sqrt(3.0) * (gain * Math.sqrt(2.0 / (shape.fanIn() + shape.fanOut())));
        for (int k = 0; k < out.length; k++) {
            out[k] = Draws.uniform(rng, -bound, bound);
        }
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
        Draws.skipUniforms(rng, shape.size());
    }
}
