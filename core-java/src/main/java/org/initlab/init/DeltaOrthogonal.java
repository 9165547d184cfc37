package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.Arrays;
import java.util.List;

/**
 * JAX's {@code delta_orthogonal(scale)} (Xiao et al. 2018): a convolution that is orthogonal at its kernel's centre and
 * 0 at every other tap. The centre taps {@code W[:, :, k₁/2, k₂/2, …]}, an {@code (out, in)} matrix, are drawn as
 * {@link Orthogonal} draws a dense {@code in → out} layer, scaled by {@code scale}; a layer with more inputs than
 * outputs has no such matrix with orthonormal columns and is refused, as JAX refuses it. A dense layer is a kernel of
 * one tap, so there it is {@code orthogonal:gain=scale} (JAX refuses 2-D weights). Draws {@code out · in} Gaussians.
 * Reference name {@code delta-orthogonal:scale=S}.
 */
public final class DeltaOrthogonal extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    @JsonProperty("scale")
    private final double scale;

    /** Scale 1. */
    public DeltaOrthogonal() {
        this(1.0);
    }

    public DeltaOrthogonal(double scale) {
        this(scale, null);
    }

    @JsonCreator
    DeltaOrthogonal(@JsonProperty("scale") double scale, @JsonProperty("position") StreamPosition position) {
        super(position);
        Check.finite("delta-orthogonal", "scale", scale);
        this.scale = scale;
    }

    public double scale() {
        return scale;
    }

    @Override
    public String name() {
        return "delta-orthogonal";
    }

    @Override
    List<Param> params() {
        return List.of(new Param("scale", scale, 1.0));
    }

    @Override
    public DeltaOrthogonal at(StreamPosition position) {
        return new DeltaOrthogonal(scale, position);
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        if (shape.receptiveField() == 1) {
            Orthogonal.draw(rng, shape, scale, out);
            return;
        }
        int in = shape.cols() / shape.receptiveField();
        if (in > shape.rows()) {
            throw new InitSpecException(describe(), "a convolution of " + in + " input channels and " + shape.rows()
                    + " output channels: needs at least as many outputs as inputs");
        }
        double[] centre = new double[shape.rows() * in];
        Orthogonal.draw(rng, WeightShape.dense(in, shape.rows()), scale, centre);
        Arrays.fill(out, 0.0);
        for (int o = 0; o < shape.rows(); o++) {
            for (int i = 0; i < in; i++) {
                out[o * shape.cols() + i * shape.receptiveField() + shape.center()] = centre[o * in + i];
            }
        }
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
        Draws.skipGaussians(rng, shape.rows() * (shape.cols() / shape.receptiveField()));
    }
}
