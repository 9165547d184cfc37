package org.initlab.init;

import org.deeplearning4j.nn.weights.IWeightInit;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.spec.InitSpec;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.Serial;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An initializer of the catalogue as a DL4J {@link IWeightInit}: it fills a layer's weights with the values the
 * reference {@code init_catalog.py} draws for the same numpy matrix {@link WeightShape}, bit for bit, from numpy's
 * legacy stream at its {@link #position()}.
 *
 * <p>On its own an initializer draws from the start of the stream seeded with 0; {@link #seeded} and {@link #at} give
 * the same initializer elsewhere. {@link NumpyStreams#position} positions every layer of a DL4J configuration so that
 * the network draws one stream in layer order, as numpy's reference does; {@code CourseNetworks} does this for the
 * course's networks. Instances are immutable values; DL4J's JSON writes their fields (parameters and position).
 */
public abstract sealed class CatalogInit implements IWeightInit, InitSpec.Catalog
        permits VarianceScaling, GlorotUniform, GlorotNormal, HeUniform, HeNormal, LecunUniform, LecunNormal,
        XavierNormal, XavierUniform, Kaiming, Orthogonal, DeltaOrthogonal, Identity, Dirac, Sparse, TruncNormal,
        Normal, Uniform, Constant, Ones, Zeros, Lsuv {
    @Serial
    private static final long serialVersionUID = 1L;

    private final StreamPosition position;

    CatalogInit(StreamPosition position) {
        this.position = position == null ? StreamPosition.start(0) : position;
    }

    /** The reference's name: {@code he-uniform}, {@code orthogonal}, … */
    public abstract String name();

    /** The parameters, in the reference's order of keys. */
    abstract List<Param> params();

    /** This initializer drawing from {@code position}. */
    public abstract CatalogInit at(StreamPosition position);

    /**
     * Draws the weights of {@code shape} from {@code rng}, as numpy's matrix in C order (row {@code r}, column
     * {@code c} at {@code r·cols + c}), leaving {@code rng} where the reference leaves it.
     */
    abstract void draw(NumpyRandomState rng, WeightShape shape, double[] out);

    /** Advances {@code rng} exactly as {@link #draw} would, computing no more than needed. */
    void skip(NumpyRandomState rng, WeightShape shape) {
        draw(rng, shape, new double[shape.size()]);
    }

    /** Whether this initializer draws from the stream at all. */
    public boolean draws() {
        return true;
    }

    /** This initializer at the start of the stream seeded with {@code seed}. */
    public final CatalogInit seeded(long seed) {
        return at(StreamPosition.start(seed));
    }

    /** Where this initializer's draws start. */
    public final StreamPosition position() {
        return position;
    }

    /** The weights of {@code shape} from {@code rng}, as numpy's matrix in C order. */
    public final double[] weights(NumpyRandomState rng, WeightShape shape) {
        double[] out = new double[shape.size()];
        draw(rng, shape, out);
        return out;
    }

    /** The weights of {@code shape} drawn at {@link #position()}, as numpy's matrix in C order. */
    public final double[] weights(WeightShape shape) {
        return weights(position.open(), shape);
    }

    /**
     * Fills DL4J's weight view: a dense layer's {@code [nIn, nOut]} ({@code 'f'} order) or a convolution's
     * {@code [nOut, nIn, kH, kW]} ({@code 'c'} order) from the numpy matrix {@code (nOut, nIn·kH·kW)}.
     * {@code fanIn} and {@code fanOut} are not read: the fans come from the shape ({@link WeightShape}).
     */
    @Override
    public INDArray init(double fanIn, double fanOut, long[] shape, char order, INDArray paramView) {
        WeightShape s = WeightShape.ofDl4j(shape);
        double[] values = weights(s);
        INDArray flat = paramView.reshape(paramView.length());
        boolean sameOrder = shape.length == 2 ? order == 'f' : order == 'c';
        if (sameOrder) {
            flat.assign(Nd4j.createFromArray(values).castTo(paramView.dataType()));
        } else {
            INDArray matrix = Nd4j.createFromArray(values).reshape('c', s.rows(), s.cols());
            INDArray shaped = shape.length == 2 ? matrix.transpose() : matrix.reshape('c', shape);
            flat.assign(Nd4j.toFlattened(order, shaped).reshape(flat.length()).castTo(paramView.dataType()));
        }
        return paramView.reshape(order, shape);
    }

    /**
     * {@code NAME} or {@code NAME:key=value,…} with the parameters that differ from their defaults, numbers as Python
     * prints them: parsing it ({@link Catalog#parse}) gives this initializer back (at the stream's start).
     */
    @Override
    public String describe() {
        String given = params().stream().filter(Param::given).map(Param::text).collect(Collectors.joining(","));
        return given.isEmpty() ? name() : name() + ":" + given;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((CatalogInit) o).params().equals(params())
                && ((CatalogInit) o).position.equals(position) && sameFitted((CatalogInit) o);
    }

    /** Whether the parts of {@code other} beyond parameters and position (LSUV's fitted scales) equal this one's. */
    boolean sameFitted(CatalogInit other) {
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass().getName(), params(), position);
    }

    @Override
    public String toString() {
        return describe() + " at " + position;
    }
}
