package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.Arrays;
import java.util.List;

/**
 * PyTorch's {@code zeros_}, Keras's {@code Zeros}, JAX's {@code zeros}: every weight is 0, biases 0. Draws nothing.
 * Reference name {@code zeros} (the same values as the course's {@code zeros}).
 */
public final class Zeros extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    public Zeros() {
        this(null);
    }

    @JsonCreator
    Zeros(@JsonProperty("position") StreamPosition position) {
        super(position);
    }

    @Override
    public String name() {
        return "zeros";
    }

    @Override
    List<Param> params() {
        return List.of();
    }

    @Override
    public Zeros at(StreamPosition position) {
        return new Zeros(position);
    }

    @Override
    public boolean draws() {
        return false;
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        Arrays.fill(out, 0.0);
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
    }
}
