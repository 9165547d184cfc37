package org.initlab.train.fast;

import org.initlab.spec.Activation;
import org.initlab.spec.Cost;
import org.initlab.spec.Output;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The element-wise pieces of the fast engine: activations, output gradients and costs (sums: {@code NumpySumTest}). */
class FastEngineArithmeticTest {
    @Test
    void hiddenDerivativesAreWrittenInTermsOfTheActivation() {
        double[][] relu = {{-1.0, 0.0, 2.0}};
        HiddenUnits.activate(Activation.RELU, relu, 1, 3);
        assertArrayEquals(new double[]{0.0, 0.0, 2.0}, relu[0], 0.0);

        double[][] d = {{3.0, 3.0, 3.0}};
        HiddenUnits.backprop(Activation.RELU, d, relu, 1, 3);
        assertArrayEquals(new double[]{0.0, 0.0, 3.0}, d[0], 0.0);

        double[][] s = {{0.0}};
        HiddenUnits.activate(Activation.SIGMOID, s, 1, 1);
        double[][] ds = {{2.0}};
        HiddenUnits.backprop(Activation.SIGMOID, ds, s, 1, 1);
        assertEquals(0.5, ds[0][0], 0.0, "2·σ(0)·(1 − σ(0))");

        double[][] t = {{0.5}};
        HiddenUnits.activate(Activation.TANH, t, 1, 1);
        double[][] dt = {{1.0}};
        HiddenUnits.backprop(Activation.TANH, dt, t, 1, 1);
        assertEquals(1 - Math.tanh(0.5) * Math.tanh(0.5), dt[0][0], 0.0);
    }

    @Test
    void softmaxNormalizesEachExample() {
        Layout column = new ColumnLayout(new Parallel(1));
        double[][] z = {{1.0, 1000.0}, {2.0, 1000.0}};
        new OutputUnits(Output.SOFTMAX, Cost.CROSS_ENTROPY).activate(z, 2, 2, column);
        assertEquals(1.0 / (1.0 + Math.exp(1.0)), z[0][0], 1e-16);
        assertEquals(Math.exp(1.0) / (1.0 + Math.exp(1.0)), z[1][0], 1e-16);
        assertEquals(0.5, z[0][1], 0.0);
        assertEquals(0.5, z[1][1], 0.0);
    }

    @Test
    void quadraticSoftmaxGradientPassesThroughTheJacobian() {
        Layout column = new ColumnLayout(new Parallel(1));
        double[][] a = {{0.25}, {0.75}};
        double[][] y = {{0.0}, {1.0}};
        double[][] dz = new double[2][1];
        new OutputUnits(Output.SOFTMAX, Cost.QUADRATIC).gradient(a, y, dz, 2, 1, 0, column);
        double s = 0.25 * 0.25 + 0.75 * -0.25;
        assertEquals(0.25 * (0.25 - s), dz[0][0], 0.0);
        assertEquals(0.75 * (-0.25 - s), dz[1][0], 0.0);
    }

    @Test
    void miniBatchGradientIsDividedByTheBatchSize() {
        Layout column = new ColumnLayout(new Parallel(1));
        double[][] a = {{0.5, 0.5}};
        double[][] y = {{1.0, 0.0}};
        double[][] dz = new double[1][2];
        new OutputUnits(Output.SIGMOID, Cost.QUADRATIC).gradient(a, y, dz, 1, 2, 2, column);
        assertArrayEquals(new double[]{-0.0625, 0.0625}, dz[0], 0.0, "(a − y)·a·(1 − a) / batch");
    }

    @Test
    void crossEntropyCostIsInfiniteForASaturatedWrongOutput() {
        Layout column = new ColumnLayout(new Parallel(1));
        double[] scratch = new double[2];
        OutputUnits head = new OutputUnits(Output.SIGMOID, Cost.CROSS_ENTROPY);
        assertEquals(Double.POSITIVE_INFINITY, head.termSum(new double[][]{{1.0, 0.5}}, new double[][]{{0.0, 1.0}},
                1, 2, column, scratch));
        assertEquals(Math.log(2), head.termSum(new double[][]{{1.0, 0.5}}, new double[][]{{1.0, 1.0}}, 1, 2,
                column, scratch), 0.0, "−1·log 1 + NaN(0·∞ → 0) + log 2");
    }
}
