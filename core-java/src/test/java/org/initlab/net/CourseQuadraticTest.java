package org.initlab.net;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CourseQuadraticTest {
    private static final CourseQuadratic LOSS = new CourseQuadratic();
    private static final ActivationSigmoid SIGMOID = new ActivationSigmoid();

    @Test
    void scoreIsHalfTheSquaredDistancePerExample() {
        INDArray z = Nd4j.createFromArray(new double[][]{{0.5, -0.5}, {2.0, 0.0}});
        INDArray y = Nd4j.createFromArray(new double[][]{{1, 0}, {0, 1}});
        INDArray a = SIGMOID.getActivation(z.dup(), true);
        double e0 = 0.5 * (Math.pow(1 - a.getDouble(0, 0), 2) + Math.pow(a.getDouble(0, 1), 2));
        double e1 = 0.5 * (Math.pow(a.getDouble(1, 0), 2) + Math.pow(1 - a.getDouble(1, 1), 2));
        INDArray perExample = LOSS.computeScoreArray(y, z, SIGMOID, null);
        assertEquals(e0, perExample.getDouble(0), 1e-16);
        assertEquals(e1, perExample.getDouble(1), 1e-16);
        assertEquals((e0 + e1) / 2, LOSS.computeScore(y, z, SIGMOID, null, true), 1e-16);
    }

    @Test
    void gradientIsAMinusYTimesSigmoidPrime() {
        INDArray z = Nd4j.createFromArray(new double[][]{{0.5, -0.5}, {2.0, 0.0}});
        INDArray y = Nd4j.createFromArray(new double[][]{{1, 0}, {0, 1}});
        INDArray a = SIGMOID.getActivation(z.dup(), true);
        INDArray grad = LOSS.computeGradient(y, z, SIGMOID, null);
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k < 2; k++) {
                double ak = a.getDouble(i, k);
                assertEquals((ak - y.getDouble(i, k)) * ak * (1 - ak), grad.getDouble(i, k), 1e-16);
            }
        }
    }
}
