package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.Arrays;
import java.util.List;

/**
 * PyTorch's {@code dirac_(groups)}: a convolution that passes its input through. The filters, {@code [out, in, k…]},
 * are 0 but for {@code W[g·(out/groups) + d, d, k₁/2, k₂/2, …] = 1} for each group {@code g} and each
 * {@code d < min(out/groups, in)}: each output channel copies one input channel at the kernel's centre. A dense layer
 * is a kernel of one tap, so there it is {@code eye(out, in)} for one group (PyTorch refuses 2-D weights). Draws
 * nothing. Reference name {@code dirac:groups=G}.
 */
public final class Dirac extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;

    @JsonProperty("groups")
    private final int groups;

    /** One group. */
    public Dirac() {
        this(1);
    }

    public Dirac(int groups) {
        this(groups, null);
    }

    @JsonCreator
    Dirac(@JsonProperty("groups") int groups, @JsonProperty("position") StreamPosition position) {
        super(position);
        if (groups < 1) {
            throw new InitSpecException("dirac", "groups " + groups + ": must be at least 1");
        }
        this.groups = groups;
    }

    public int groups() {
        return groups;
    }

    @Override
    public String name() {
        return "dirac";
    }

    @Override
    List<Param> params() {
        return List.of(new Param("groups", groups, 1));
    }

    @Override
    public Dirac at(StreamPosition position) {
        return new Dirac(groups, position);
    }

    @Override
    public boolean draws() {
        return false;
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        if (shape.rows() % groups != 0) {
            throw new InitSpecException(describe(), shape.rows() + " output channels do not divide into " + groups
                    + " groups");
        }
        Arrays.fill(out, 0.0);
        int perGroup = shape.rows() / groups;
        int in = shape.cols() / shape.receptiveField();
        for (int g = 0; g < groups; g++) {
            for (int d = 0; d < Math.min(perGroup, in); d++) {
                out[(g * perGroup + d) * shape.cols() + d * shape.receptiveField() + shape.center()] = 1.0;
            }
        }
    }

    @Override
    void skip(NumpyRandomState rng, WeightShape shape) {
    }
}
