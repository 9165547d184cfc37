package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.Arrays;
import java.util.List;

/**
 * PyTorch's {@code constant_(val)}, Keras's {@code Constant(value)}, JAX's {@code constant(value)}: every weight is
 * {@code value}, biases 0. Draws nothing. Reference name {@code constant:value=V}.
 */
public final class Constant extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    @JsonProperty("value")
    private final double value;

    public Constant(double value) {
        this(value, null);
    }

    @JsonCreator
    Constant(@JsonProperty("value") double value, @JsonProperty("position") StreamPosition position) {
        super(position);
        Check.finite("constant", "value", value);
        this.value = value;
    }

    public double value() {
        return value;
    }

    @Override
    public String name() {
        return "constant";
    }

    @Override
    List<Param> params() {
        return List.of(new Param("value", value, 0.0));
    }

    @Override
    public Constant at(StreamPosition position) {
        return new Constant(value, position);
    }

    @Override
    public boolean draws() {
        return false;
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        Arrays.fill(out, value);
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
    }
}
