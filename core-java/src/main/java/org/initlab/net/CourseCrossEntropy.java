package org.initlab.net;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The course's cross-entropy cost as a DL4J loss, without DL4J's clipping.
 * <ul>
 *   <li>Sigmoid outputs (binary): {@code J = (1/m) · nansum(-y log a - (1-y) log(1-a))} (deeplearning.ai,
 *       {@code compute_cost}). An output of exactly 0 or 1 on the wrong side gives {@code inf}; {@code nansum} skips
 *       the {@code 0 · inf = NaN} terms of an output exactly right.</li>
 *   <li>Softmax outputs (categorical): {@code J = (1/m) · nansum(-y log a)}.</li>
 * </ul>
 * The gradient with respect to the pre-activation is exactly {@code dZ = A − Y} for sigmoid and softmax outputs
 * (unlike {@code LossBinaryXENT}, which clips {@code a} at 1e-5 and divides by {@code a(1−a)}); for other output
 * activations {@code dL/da = -y/a + (1-y)/(1-a)} is passed back through the activation.
 *
 * <p>DL4J's conventions: the output layer calls {@link #computeScore} with {@code average = false} and divides by
 * the mini-batch size itself; the gradient returned here is per example, and DL4J's updater divides the summed
 * weight gradient by the mini-batch size, giving the course's {@code dW = (1/m) dZ A^T}. Terms are summed in numpy's
 * pairwise order.
 */
public final class CourseCrossEntropy extends CourseLoss {
    private static final long serialVersionUID = 1L;

    @Override
    OutputValues.Term term(IActivation activationFn) {
        if (activationFn instanceof ActivationSoftmax) {
            return (y, a) -> -Math.log(a) * y;
        }
        return (y, a) -> -Math.log(a) * y + -Math.log(1 - a) * (1 - y);
    }

    @Override
    INDArray gradient(INDArray labels, INDArray preOutput, IActivation activationFn) {
        INDArray a = activationFn.getActivation(preOutput.dup(), true);
        if (activationFn instanceof ActivationSigmoid || activationFn instanceof ActivationSoftmax) {
            return a.subi(labels);
        }
        double[] y = OutputValues.values(labels);
        double[] av = OutputValues.values(a);
        double[] dLda = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            dLda[i] = -y[i] / av[i] + (1 - y[i]) / (1 - av[i]);
        }
        INDArray eps = Nd4j.createFromArray(dLda).reshape('c', labels.size(0), labels.size(1))
                .castTo(preOutput.dataType());
        return activationFn.backprop(preOutput.dup(), eps).getFirst();
    }
}
