package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.List;

/**
 * PyTorch's {@code eye_} scaled, Keras's {@code Identity(gain)}: {@code W = gain · eye(rows, cols)}, ones on the main
 * diagonal of a matrix of any shape (rectangular too, where DL4J's {@code IDENTITY} refuses), zeros elsewhere; biases
 * 0. Draws nothing from the stream. Reference name {@code identity:gain=G}.
 */
public final class Identity extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    @JsonProperty("gain")
    private final double gain;

    /** Gain 1. */
    public Identity() {
        this(1.0);
    }

    public Identity(double gain) {
        this(gain, null);
    }

    @JsonCreator
    Identity(@JsonProperty("gain") double gain, @JsonProperty("position") StreamPosition position) {
        super(position);
        Check.finite("identity", "gain", gain);
        this.gain = gain;
    }

    public double gain() {
        return gain;
    }

    @Override
    public String name() {
        return "identity";
    }

    @Override
    List<Param> params() {
        return List.of(new Param("gain", gain, 1.0));
    }

    @Override
    public Identity at(StreamPosition position) {
        return new Identity(gain, position);
    }

    @Override
    public boolean draws() {
        return false;
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        int cols = shape.cols();
        for (int k = 0; k < out.length; k++) {
            out[k] = gain * (k / cols == k % cols ? 1.0 : 0.0);
        }
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
    }
}
