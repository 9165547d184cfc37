package org.initlab.experiment;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.BaseActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A planted error: ReLU forward, {@code a = max(0, z)}, with a wrong derivative in the backward pass,
 * {@code g'(z) = positiveSlope} for {@code z > 0} and {@code negativeSlope} for {@code z ≤ 0} (ReLU's own is 1 and 0).
 * A layer with it computes the right cost but the wrong {@code dZ = dA ⊙ g'(Z)}, so a gradient check must fail.
 * A bean (no-argument constructor, properties, value equality) so that it survives DL4J's JSON serialization.
 */
public final class ReluWithWrongDerivative extends BaseActivationFunction {
    private static final long serialVersionUID = 1L;

    private double positiveSlope = 1.0;
    private double negativeSlope = 1.0;

    /** The classic slip: the mask {@code A > 0} forgotten, {@code g'(z) = 1} everywhere. */
    public ReluWithWrongDerivative() {
    }

    public ReluWithWrongDerivative(double positiveSlope, double negativeSlope) {
        this.positiveSlope = positiveSlope;
        this.negativeSlope = negativeSlope;
    }

    @Override
    public INDArray getActivation(INDArray in, boolean training) {
        return Transforms.relu(in, false);
    }

    @Override
    public Pair<INDArray, INDArray> backprop(INDArray in, INDArray epsilon) {
        assertShape(in, epsilon);
        INDArray positive = in.gt(0.0).castTo(in.dataType());
        INDArray slope = positive.mul(positiveSlope - negativeSlope).addi(negativeSlope);
        return new Pair<>(epsilon.mul(slope), null);
    }

    public double getPositiveSlope() {
        return positiveSlope;
    }

    public void setPositiveSlope(double positiveSlope) {
        this.positiveSlope = positiveSlope;
    }

    public double getNegativeSlope() {
        return negativeSlope;
    }

    public void setNegativeSlope(double negativeSlope) {
        this.negativeSlope = negativeSlope;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReluWithWrongDerivative other
                && Double.compare(other.positiveSlope, positiveSlope) == 0
                && Double.compare(other.negativeSlope, negativeSlope) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(positiveSlope) * 31 + Double.hashCode(negativeSlope);
    }

    @Override
    public String toString() {
        return "ReluWithWrongDerivative(" + positiveSlope + ", " + negativeSlope + ")";
    }
}
