package org.initlab.net;

import org.initlab.data.Matrix;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** InitLab's row-major {@link Matrix} to and from ND4J's {@link INDArray}, in double precision. */
public final class Matrices {
    private Matrices() {
    }

    /** {@code x} as a {@code rows × cols} DOUBLE array in C order. */
    public static INDArray toNd(Matrix x) {
        return Nd4j.create(x.data().clone(), new long[]{x.rows(), x.cols()}, new long[]{x.cols(), 1}, 'c',
                DataType.DOUBLE);
    }

    /** A rank-2 array as a {@link Matrix}. */
    public static Matrix fromNd(INDArray a) {
        if (a.rank() != 2) {
            throw new IllegalArgumentException("need a rank-2 array, got shape " + java.util.Arrays.toString(a.shape()));
        }
        double[] data = a.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        return new Matrix(Math.toIntExact(a.size(0)), Math.toIntExact(a.size(1)), data);
    }
}
