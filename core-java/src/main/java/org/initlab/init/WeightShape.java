package org.initlab.init;

/**
 * A layer's weights seen as numpy's matrix {@code (rows, cols)}, filled in C order: {@code rows} units, each with
 * {@code cols} inputs, {@code receptiveField} of them per input channel. A dense layer {@code n_{l-1} → n_l} is
 * {@code (n_l, n_{l-1})} with receptive field 1, as the course writes {@code W[l]}; a convolution with {@code nOut}
 * filters of {@code nIn × kH × kW} is {@code (nOut, nIn·kH·kW)} with receptive field {@code kH·kW}, as PyTorch flattens
 * it for {@code orthogonal_}.
 *
 * <p>Fans as Keras and PyTorch compute them: {@code fan_in = cols} ({@code nIn·kH·kW}, what DL4J passes as
 * {@code fanIn}), {@code fan_out = rows · receptiveField} ({@code nOut·kH·kW}; DL4J's own {@code fanOut} of a
 * convolution also divides by the strides), {@code fan_avg = (fan_in + fan_out) / 2}. For a dense layer these are the
 * reference's {@code n_{l-1}}, {@code n_l} and their mean.
 *
 * @param rows           units (output channels)
 * @param cols           inputs per unit
 * @param receptiveField inputs per unit and input channel (1 for a dense layer); divides {@code cols}
 * @param center         where the kernel's centre tap is among those {@code receptiveField} inputs: each kernel size
 *                       {@code k}'s {@code k / 2}, in row-major order over the kernel (PyTorch's {@code dirac_}, JAX's
 *                       {@code delta_orthogonal}); 0 for a dense layer
 */
public record WeightShape(int rows, int cols, int receptiveField, int center) {
    public WeightShape {
        if (rows <= 0 || cols <= 0 || receptiveField <= 0 || cols % receptiveField != 0) {
            throw new IllegalArgumentException("weight shape (" + rows + ", " + cols + ") with receptive field "
                    + receptiveField + ": sizes must be positive and the field must divide the columns");
        }
        if (center < 0 || center >= receptiveField) {
            throw new IllegalArgumentException("weight shape (" + rows + ", " + cols + "): centre tap " + center
                    + " outside the receptive field of " + receptiveField);
        }
        if ((long) rows * cols > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("weight shape (" + rows + ", " + cols + "): too many weights for one array");
        }
    }

    /**
     * A shape whose kernel has odd sizes (or a dense layer's, field 1): its centre tap is the middle of the field.
     * A kernel with an even size needs {@link #convolution}.
     */
    public WeightShape(int rows, int cols, int receptiveField) {
        this(rows, cols, receptiveField, receptiveField / 2);
    }

    /** A dense layer's {@code (n_out, n_in)}. */
    public static WeightShape dense(int nIn, int nOut) {
        return new WeightShape(nOut, nIn, 1);
    }

    /** A convolution's {@code nOut} filters of {@code nIn × kernel…}: {@code (nOut, nIn·∏kernel)}. */
    public static WeightShape convolution(int nIn, int nOut, long... kernel) {
        long field = 1;
        long center = 0;
        for (long k : kernel) {
            center = center * k + k / 2;
            field *= k;
        }
        return new WeightShape(nOut, Math.toIntExact(nIn * field), Math.toIntExact(field), Math.toIntExact(center));
    }

    /**
     * The shape of the parameter DL4J hands an {@code IWeightInit}: a dense layer's {@code [nIn, nOut]} (rank 2), or a
     * convolution's {@code [nOut, nIn, k…]} (rank 3 or more).
     *
     * @throws IllegalArgumentException for a rank below 2
     */
    public static WeightShape ofDl4j(long[] shape) {
        if (shape.length < 2) {
            throw new IllegalArgumentException("weights of shape " + java.util.Arrays.toString(shape)
                    + ": need at least 2 dimensions");
        }
        if (shape.length == 2) {
            return new WeightShape(Math.toIntExact(shape[1]), Math.toIntExact(shape[0]), 1);
        }
        return convolution(Math.toIntExact(shape[1]), Math.toIntExact(shape[0]),
                java.util.Arrays.copyOfRange(shape, 2, shape.length));
    }

    /** {@code fan_in}: inputs per unit. */
    public double fanIn() {
        return cols;
    }

    /** {@code fan_out}: units times the receptive field. */
    public double fanOut() {
        return (double) rows * receptiveField;
    }

    /** {@code fan_avg = (fan_in + fan_out) / 2}. */
    public double fanAvg() {
        return (fanIn() + fanOut()) / 2.0;
    }

    /** The number of weights, {@code rows · cols}. */
    public int size() {
        return rows * cols;
    }

    @Override
    public String toString() {
        return "(" + rows + ", " + cols + (receptiveField == 1 ? "" : "; field " + receptiveField) + ")";
    }
}
