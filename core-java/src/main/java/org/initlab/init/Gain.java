package org.initlab.init;

/**
 * PyTorch's {@code torch.nn.init.calculate_gain}: the factor that keeps a layer's output variance at its input's for
 * a nonlinearity. {@code linear}, {@code identity}, {@code conv*} and {@code sigmoid}: 1; {@code tanh}: 5/3;
 * {@code relu}: √2; {@code leaky_relu} with negative slope {@code a}: √(2 / (1 + a²)); {@code selu}: 3/4.
 */
public final class Gain {
    /** PyTorch's negative slope of {@code leaky_relu} when none is given. */
    public static final double DEFAULT_LEAKY_SLOPE = 0.01;

    private Gain() {
    }

    /**
     * {@code calculate_gain(nonlinearity, param)}.
     *
     * @param a the negative slope of {@code leaky_relu}; null for PyTorch's default 0.01; ignored otherwise
     */
    public static double calculateGain(Nonlinearity nonlinearity, Double a) {
        return switch (nonlinearity) {
            case LINEAR, IDENTITY, CONV1D, CONV2D, CONV3D, SIGMOID -> 1.0;
            case TANH -> 5.0 / 3;
            case RELU -> Math.sqrt(2.0);
            case LEAKY_RELU -> {
                double slope = a == null ? DEFAULT_LEAKY_SLOPE : a;
                yield Math.sqrt(2.0 / (1 + slope * slope));
            }
            case SELU -> 3.0 / 4;
        };
    }

    /** {@code calculate_gain(nonlinearity)}, with PyTorch's default slope for {@code leaky_relu}. */
    public static double calculateGain(Nonlinearity nonlinearity) {
        return calculateGain(nonlinearity, null);
    }

    /**
     * {@code calculate_gain} by PyTorch's name of the nonlinearity ({@code relu}, {@code leaky_relu}, …).
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static double calculateGain(String nonlinearity, Double a) {
        Nonlinearity n = nonlinearity == null ? null : Nonlinearity.byId(nonlinearity.trim().toLowerCase(java.util.Locale.ROOT));
        if (n == null) {
            throw new IllegalArgumentException("unknown nonlinearity '" + nonlinearity + "': expected one of "
                    + Nonlinearity.ids());
        }
        return calculateGain(n, a);
    }
}
