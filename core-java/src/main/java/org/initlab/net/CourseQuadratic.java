package org.initlab.net;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * Nielsen's quadratic cost as a DL4J loss: {@code C = (1/m) Σ_x ½‖y(x) − a(x)‖²} ("Neural networks and deep
 * learning", ch. 1, eq. 6). Gradient {@code dC/dz = (a − y) · σ'(z)}: {@code a − y} passed back through the output
 * activation. As with {@link CourseCrossEntropy}, DL4J divides score and weight gradients by the mini-batch size.
 */
public final class CourseQuadratic implements ILossFunction {
    private static final OutputValues.Term TERM = (y, a) -> 0.5 * ((y - a) * (y - a));

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask,
                               boolean average) {
        OutputValues v = OutputValues.of(labels, preOutput, activationFn, mask);
        double sum = NumpySum.nansum(v.courseTerms(TERM));
        return average ? sum / v.m() : sum;
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        OutputValues v = OutputValues.of(labels, preOutput, activationFn, mask);
        return Nd4j.createFromArray(v.exampleSums(TERM)).reshape(v.m(), 1);
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray dLda = activationFn.getActivation(preOutput.dup(), true).subi(labels);
        INDArray grad = activationFn.backprop(preOutput.dup(), dLda).getFirst();
        return Masks.apply(grad, mask);
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput, IActivation activationFn,
                                                          INDArray mask, boolean average) {
        return new Pair<>(computeScore(labels, preOutput, activationFn, mask, average),
                computeGradient(labels, preOutput, activationFn, mask));
    }

    @Override
    public String name() {
        return "CourseQuadratic";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CourseQuadratic;
    }

    @Override
    public int hashCode() {
        return CourseQuadratic.class.hashCode();
    }

    @Override
    public String toString() {
        return name() + "()";
    }
}
