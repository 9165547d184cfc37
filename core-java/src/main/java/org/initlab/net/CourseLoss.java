package org.initlab.net;

import org.initlab.numpy.NumpySum;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * What the course's DL4J losses share: the score as the {@code nansum} of per-element terms in numpy's pairwise order,
 * the per-example scores, the mask applied to the gradient, and identity by class. A subclass gives only its formula:
 * the {@link #term term} {@code t(y, a)} and the {@link #gradient gradient} with respect to the pre-activation.
 *
 * <p>The class has no fields, so DL4J's JSON form of a configuration (Jackson, by field, with the concrete class
 * named) stays that of the concrete loss.
 */
abstract class CourseLoss implements ILossFunction {
    private static final long serialVersionUID = 1L;

    /** The term {@code t(y, a)} of one label and output, for the output layer's activation. */
    abstract OutputValues.Term term(IActivation activationFn);

    /** {@code dL/dz} per example, before the mask. */
    abstract INDArray gradient(INDArray labels, INDArray preOutput, IActivation activationFn);

    @Override
    public final double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask,
                                     boolean average) {
        OutputValues v = OutputValues.of(labels, preOutput, activationFn, mask);
        double sum = NumpySum.nansum(v.courseTerms(term(activationFn)));
        return average ? sum / v.m() : sum;
    }

    @Override
    public final INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn,
                                            INDArray mask) {
        OutputValues v = OutputValues.of(labels, preOutput, activationFn, mask);
        return Nd4j.createFromArray(v.exampleSums(term(activationFn))).reshape(v.m(), 1);
    }

    @Override
    public final INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn,
                                          INDArray mask) {
        return Masks.apply(gradient(labels, preOutput, activationFn), mask);
    }

    @Override
    public final Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput,
                                                                IActivation activationFn, INDArray mask,
                                                                boolean average) {
        return new Pair<>(computeScore(labels, preOutput, activationFn, mask, average),
                computeGradient(labels, preOutput, activationFn, mask));
    }

    @Override
    public final String name() {
        return getClass().getSimpleName();
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass();
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode();
    }

    @Override
    public final String toString() {
        return name() + "()";
    }
}
