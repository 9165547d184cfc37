package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.initlab.numpy.PyFloat;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.List;

/**
 * PyTorch's {@code uniform_(a, b)}, Keras's {@code RandomUniform(minval, maxval)}, JAX's {@code uniform(scale)} on
 * {@code [0, scale)}: {@code W = uniform(a, b)}, numpy's {@code a + (b − a) · rand()}, biases 0. Defaults: a 0, b 1.
 * Reference name {@code uniform:a=A,b=B}.
 */
public final class Uniform extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    @JsonProperty("a")
    private final double a;
    @JsonProperty("b")
    private final double b;

    /** U(0, 1). */
    public Uniform() {
        this(0.0, 1.0);
    }

    public Uniform(double a, double b) {
        this(a, b, null);
    }

    @JsonCreator
    Uniform(@JsonProperty("a") double a, @JsonProperty("b") double b,
            @JsonProperty("position") StreamPosition position) {
        super(position);
        Check.finite("uniform", "a", a);
        Check.finite("uniform", "b", b);
        if (!(a <= b) || !Double.isFinite(b - a)) {
            throw Check.bad("uniform", "b", b, "must be at least a (" + PyFloat.repr(a)
                    + ") and b - a finite");
        }
        this.a = a;
        this.b = b;
    }

    public double a() {
        return a;
    }

    public double b() {
        return b;
    }

    @Override
    public String name() {
        return "uniform";
    }

    @Override
    List<Param> params() {
        return List.of(new Param("a", a, 0.0), new Param("b", b, 1.0));
    }

    @Override
    public Uniform at(StreamPosition position) {
        return new Uniform(a, b, position);
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        for (int k = 0; k < out.length; k++) {
            out[k] = Draws.uniform(rng, a, b);
        }
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
        Draws.skipUniforms(rng, shape.size());
    }
}
