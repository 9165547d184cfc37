package org.initlab.net;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Nielsen's quadratic cost as a DL4J loss: {@code C = (1/m) Σ_x ½‖y(x) − a(x)‖²} ("Neural networks and deep
 * learning", ch. 1, eq. 6). Gradient {@code dC/dz = (a − y) · σ'(z)}: {@code a − y} passed back through the output
 * activation. As with {@link CourseCrossEntropy}, DL4J divides score and weight gradients by the mini-batch size.
 */
public final class CourseQuadratic extends CourseLoss {
    private static final long serialVersionUID = 1L;

    private static final OutputValues.Term TERM = (y, a) -> 0.5 * ((y - a) * (y - a));

    @Override
    OutputValues.Term term(IActivation activationFn) {
        return TERM;
    }

    @Override
    INDArray gradient(INDArray labels, INDArray preOutput, IActivation activationFn) {
        INDArray dLda = activationFn.getActivation(preOutput.dup(), true).subi(labels);
        return activationFn.backprop(preOutput.dup(), dLda).getFirst();
    }
}
