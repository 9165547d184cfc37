package org.initlab.net;

import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CourseCrossEntropyTest {
    private static final CourseCrossEntropy LOSS = new CourseCrossEntropy();
    private static final ActivationSigmoid SIGMOID = new ActivationSigmoid();

    private static INDArray column(double... v) {
        return Nd4j.createFromArray(v).reshape(v.length, 1).castTo(DataType.DOUBLE);
    }

    private static double sigmoid(double z) {
        return new ActivationSigmoid().getActivation(column(z), false).getDouble(0);
    }

    @Test
    void outputExactlyOneOnTheWrongSideCostsInfinity() {
        assertEquals(1.0, sigmoid(40), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, LOSS.computeScore(column(0), column(40), SIGMOID, null, true));
    }

    @Test
    void outputExactlyRightIsSkippedByNansum() {
        double zeroAndOne = LOSS.computeScore(column(1, 0), column(40, -800), SIGMOID, null, false);
        assertEquals(0.0, zeroAndOne, 0.0);
        double withOther = LOSS.computeScore(column(1, 0), column(40, 0), SIGMOID, null, false);
        assertEquals(Math.log(2), withOther, 1e-16);
    }

    @Test
    void scoreIsTheMeanOfTheCoursesTermsWhenAveraged() {
        double[] z = {0.3, -1.2, 2.0};
        double[] y = {1, 0, 0};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double a = 1 / (1 + Math.exp(-z[i]));
            sum += -Math.log(a) * y[i] + -Math.log(1 - a) * (1 - y[i]);
        }
        assertEquals(sum, LOSS.computeScore(column(y), column(z), SIGMOID, null, false), 1e-15);
        assertEquals(sum / 3, LOSS.computeScore(column(y), column(z), SIGMOID, null, true), 1e-15);
    }

    @Test
    void gradientIsExactlyAMinusYForSigmoid() {
        INDArray z = column(0.3, -1.2, 40, -800);
        INDArray y = column(1, 0, 0, 0);
        INDArray a = SIGMOID.getActivation(z.dup(), true);
        INDArray grad = LOSS.computeGradient(y, z, SIGMOID, null);
        for (int i = 0; i < 4; i++) {
            assertEquals(a.getDouble(i) - y.getDouble(i), grad.getDouble(i), 0.0, "example " + i);
        }
        assertEquals(1.0, grad.getDouble(2), 0.0);
    }

    @Test
    void scoreArrayHoldsOneCostPerExample() {
        INDArray scores = LOSS.computeScoreArray(column(1, 0), column(40, 40), SIGMOID, null);
        assertArrayEquals(new long[]{2, 1}, scores.shape());
        assertEquals(0.0, scores.getDouble(0), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, scores.getDouble(1));
    }

    @Test
    void softmaxOutputsUseTheCategoricalFormWithGradientAMinusY() {
        INDArray z = Nd4j.createFromArray(new double[][]{{1.0, 2.0, 0.5}, {0.0, -1.0, 3.0}});
        INDArray y = Nd4j.createFromArray(new double[][]{{0, 1, 0}, {1, 0, 0}});
        ActivationSoftmax softmax = new ActivationSoftmax();
        INDArray a = softmax.getActivation(z.dup(), true);
        double expected = -Math.log(a.getDouble(0, 1)) - Math.log(a.getDouble(1, 0));
        assertEquals(expected, LOSS.computeScore(y, z, softmax, null, false), 1e-15);
        assertEquals(a.sub(y), LOSS.computeGradient(y, z, softmax, null));
    }

    @Test
    void otherActivationsGetTheUnclippedDerivative() {
        INDArray a = column(0.25, 0.9);
        INDArray y = column(1, 0);
        INDArray grad = LOSS.computeGradient(y, a, new ActivationIdentity(), null);
        assertEquals(-1 / 0.25, grad.getDouble(0), 1e-15);
        assertEquals(1 / (1 - 0.9), grad.getDouble(1), 1e-12);
    }

    @Test
    void maskedExamplesNeitherCostNorPush() {
        INDArray mask = column(1, 0);
        assertEquals(0.0, LOSS.computeScore(column(1, 0), column(40, 40), SIGMOID, mask, false), 0.0);
        assertEquals(0.0, LOSS.computeGradient(column(1, 0), column(40, 40), SIGMOID, mask).getDouble(1), 0.0);
    }
}
