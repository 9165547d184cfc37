package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.Arrays;
import java.util.List;

/**
 * PyTorch's {@code ones_}, Keras's {@code Ones}, JAX's {@code ones}: every weight is 1, biases 0. Draws nothing.
 * Reference name {@code ones}.
 */
public final class Ones extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    public Ones() {
        this(null);
    }

    @JsonCreator
    Ones(@JsonProperty("position") StreamPosition position) {
        super(position);
    }

    @Override
    public String name() {
        return "ones";
    }

    @Override
    List<Param> params() {
        return List.of();
    }

    @Override
    public Ones at(StreamPosition position) {
        return new Ones(position);
    }

    @Override
    public boolean draws() {
        return false;
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        Arrays.fill(out, 1.0);
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
    }
}
