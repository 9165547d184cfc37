package org.initlab.net;

import org.nd4j.linalg.api.ndarray.INDArray;

/** DL4J's output masks: a column of per-example weights, or one weight per output. */
final class Masks {
    private Masks() {
    }

    static INDArray apply(INDArray grad, INDArray mask) {
        if (mask == null) {
            return grad;
        }
        if (mask.isColumnVectorOrScalar()) {
            return grad.muliColumnVector(mask.castTo(grad.dataType()));
        }
        return grad.muli(mask.castTo(grad.dataType()));
    }
}
