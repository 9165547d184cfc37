package org.initlab.init;

import org.apache.commons.math3.special.Erf;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.numpy.PyFloat;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.util.List;

/**
 * PyTorch's {@code trunc_normal_(mean, std, a, b)} (JAX's {@code truncated_normal} has the cut in standard deviations
 * instead): every weight, in C order, draws {@code x = mean + std · z}, {@code z ~ N(0, 1)}, again until
 * {@code a ≤ x ≤ b}. The cut-offs {@code a}, {@code b} are absolute and {@code std} is the deviation before truncation,
 * as in PyTorch; biases 0. Defaults: mean 0, std 1, a −2, b 2. The interval must hold at least a millionth of the
 * normal's mass, so that the rejection ends. Reference name {@code trunc-normal:mean=M,std=S,a=A,b=B}.
 */
public final class TruncNormal extends CatalogInit {
    @Serial
    private static final long serialVersionUID = 1L;
    /** The least probability of {@code [a, b]} accepted: below it the rejection would take millions of draws. */
    static final double MIN_MASS = 1e-6;

    @JsonProperty("mean")
    private final double mean;
    @JsonProperty("std")
    private final double std;
    @JsonProperty("a")
    private final double a;
    @JsonProperty("b")
    private final double b;

    /** PyTorch's defaults: mean 0, std 1, cut at −2 and 2. */
    public TruncNormal() {
        this(0.0, 1.0, -2.0, 2.0);
    }

    public TruncNormal(double mean, double std, double a, double b) {
        this(mean, std, a, b, null);
    }

    @JsonCreator
    TruncNormal(@JsonProperty("mean") double mean, @JsonProperty("std") double std, @JsonProperty("a") double a,
                @JsonProperty("b") double b, @JsonProperty("position") StreamPosition position) {
        super(position);
        Check.finite("trunc-normal", "mean", mean);
        Check.positive("trunc-normal", "std", std);
        Check.finite("trunc-normal", "a", a);
        Check.finite("trunc-normal", "b", b);
        if (!(a < b)) {
            throw Check.bad("trunc-normal", "b", b, "must be above a (" + PyFloat.repr(a) + ")");
        }
        double mass = 0.5 * (Erf.erf((b - mean) / (std * Math.sqrt(2))) - Erf.erf((a - mean) / (std * Math.sqrt(2))));
        if (!(mass >= MIN_MASS)) {
            throw new InitSpecException("trunc-normal", "[a, b] = [" + PyFloat.repr(a) + ", "
                    + PyFloat.repr(b) + "] holds only " + mass + " of N(mean, std²): drawing would not end");
        }
        this.mean = mean;
        this.std = std;
        this.a = a;
        this.b = b;
    }

    public double mean() {
        return mean;
    }

    public double std() {
        return std;
    }

    public double a() {
        return a;
    }

    public double b() {
        return b;
    }

    @Override
    public String name() {
        return "trunc-normal";
    }

    @Override
    List<Param> params() {
        return List.of(new Param("mean", mean, 0.0), new Param("std", std, 1.0), new Param("a", a, -2.0),
                new Param("b", b, 2.0));
    }

    @Override
    public TruncNormal at(StreamPosition position) {
        return new TruncNormal(mean, std, a, b, position);
    }

    @Override
    void draw(NumpyRandomState rng, WeightShape shape, double[] out) {
        for (int k = 0; k < out.length; k++) {
            double x = mean + std * rng.randn();
            while (!(a <= x && x <= b)) {
                x = mean + std * rng.randn();
            }
            out[k] = x;
        }
    }
}
