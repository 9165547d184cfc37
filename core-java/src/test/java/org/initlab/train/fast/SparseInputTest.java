package org.initlab.train.fast;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.data.Matrix;
import org.initlab.data.Split;
import org.initlab.spec.Activation;
import org.initlab.spec.Cost;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.Output;
import org.initlab.train.DivergedException;
import org.initlab.train.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mostly blank inputs (as MNIST's pixels) go through {@link SparseInput} in the row layout; the column layout copies
 * them in full. Both must give the same bits, whatever the schedule.
 */
class SparseInputTest {
    private static final int[] SIZES = {24, 7, 3};

    /** {@code m} examples of 24 inputs, three in four of them exactly zero, and one-hot labels of three classes. */
    private static Split blankInputs(int m, long seed) {
        NumpyRandomState r = new NumpyRandomState(seed);
        double[] x = new double[m * SIZES[0]];
        for (int e = 0; e < x.length; e++) {
            x[e] = r.randint(0, 4) == 0 ? r.randint(0, 255) / 255.0 + 1.0 / 255 : 0.0;
        }
        double[] y = new double[m * SIZES[2]];
        for (int i = 0; i < m; i++) {
            y[i * SIZES[2] + (int) r.randint(0, SIZES[2])] = 1.0;
        }
        return new Split(new Matrix(m, SIZES[0], x), new Matrix(m, SIZES[2], y));
    }

    private static ExperimentSpec spec(String schedule) {
        ExperimentSpec.Builder b = ExperimentSpec.builder().layers(SIZES).hidden(Activation.SIGMOID)
                .cost(Cost.QUADRATIC).seed(4).learningRate(3.0).printEvery(0);
        return switch (schedule) {
            case "mini-batch" -> b.epochs(3, 10).build();
            case "mini-batch-l2" -> b.epochs(3, 10).lambda(0.5).build();
            case "full-batch" -> b.iterations(40).build();
            case "full-batch-l2" -> b.iterations(40).lambda(0.5).build();
            default -> throw new IllegalArgumentException(schedule);
        };
    }

    private static MultiLayerNetwork trained(ExperimentSpec spec, Split data, LayoutKind kind) {
        MultiLayerNetwork net = TestNets.dense(SIZES, Activation.SIGMOID, Output.SIGMOID);
        FastTraining.train(spec, data, net, Progress.NONE, kind);
        return net;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mini-batch", "mini-batch-l2", "full-batch", "full-batch-l2"})
    void sparseInputsTrainToTheBitsOfInputsCopiedInFull(String schedule) {
        Split data = blankInputs(schedule.startsWith("full") ? 25 : 47, 7);
        assertNotNull(SparseInput.of(data.x().data(), 0, data.size(), SIZES[0]), "the data is sparse");
        ExperimentSpec spec = spec(schedule);

        MultiLayerNetwork rows = trained(spec, data, LayoutKind.ROW);
        MultiLayerNetwork columns = trained(spec, data, LayoutKind.COLUMN);

        for (int l = 1; l < SIZES.length; l++) {
            double[][] wr = TestNets.courseW(rows, l);
            double[][] wc = TestNets.courseW(columns, l);
            for (int j = 0; j < wr.length; j++) {
                assertArrayEquals(wc[j], wr[j], 0.0, "W" + l + " row " + j);
            }
            assertArrayEquals(TestNets.bias(columns, l), TestNets.bias(rows, l), 0.0, "b" + l);
        }
        assertFalse(java.util.Arrays.equals(TestNets.courseW(rows, 1)[0],
                TestNets.courseW(TestNets.dense(SIZES, Activation.SIGMOID, Output.SIGMOID), 1)[0]), "it trained");
    }

    @Test
    void denseInputsAreNotKeptAsSparse() {
        double[] half = {0.0, 1.0, 0.0, 2.0, 3.0, 0.0};
        double[] more = {0.0, 1.0, 0.0, 2.0, 3.0, 4.0};
        assertNotNull(SparseInput.of(half, 0, 2, 3), "half of the values non-zero");
        assertNull(SparseInput.of(more, 0, 2, 3), "more than half");
        assertNotNull(SparseInput.of(more, 0, 1, 3), "the first row alone has one non-zero value of three");
        assertNull(SparseInput.of(more, 1, 1, 3), "the second row alone has three");
    }

    @Test
    void predictionsOfManyExamplesAreThoseOfEachAlone() {
        Split data = blankInputs(1300, 11);
        ExperimentSpec spec = spec("mini-batch");
        Parameters p = Parameters.read(trained(spec, data, LayoutKind.ROW), SIZES, new RowLayout());
        FastNetwork rows = new FastNetwork(spec, p, LayoutKind.ROW);

        Matrix all = rows.output(data.x());
        for (int i : new int[]{0, 511, 512, 1023, 1299}) {
            Matrix one = rows.output(new Matrix(1, SIZES[0], data.x().row(i)));
            for (int u = 0; u < SIZES[2]; u++) {
                assertEquals(one.get(0, u), all.get(i, u), 0.0, "example " + i + ", output " + u);
            }
        }
    }

    /**
     * One example of four inputs, the first two 1 and the others 0, into a layer of two units whose weights are
     * {@code w} (rows 0 and 1 given; rows 2 and 3 zero).
     */
    private static boolean step(double[][] w, double lr) {
        SparseInput in = SparseInput.of(new double[]{1.0, 1.0, 0.0, 0.0}, 0, 1, 4);
        assertNotNull(in);
        double[][] all = {w[0], w[1], new double[2], new double[2]};
        double[][] dz = {{1.0, -1.0}};
        return new SparseInput.Gradient(4, 2, 1).step(in, null, 0, 1, dz, all, lr, 2);
    }

    @Test
    void theFusedStepTellsOverflowingSumsFromNonFiniteWeights() {
        double[][] large = {{Double.MAX_VALUE, 0.0}, {Double.MAX_VALUE, 0.0}};
        assertTrue(step(large, 0.0), "finite weights whose column sum overflows");
        assertArrayEquals(new double[]{Double.MAX_VALUE, 0.0}, large[1], 0.0);

        double[][] growing = {{Double.MAX_VALUE, 0.0}, {1.0, 0.0}};
        assertFalse(step(growing, -Double.MAX_VALUE), "W[0][0] − lr·1 overflows");
        assertEquals(Double.POSITIVE_INFINITY, growing[0][0]);
    }

    @Test
    void weightsThatOverflowOnSparseInputsStopTraining() {
        Split data = blankInputs(47, 7);
        ExperimentSpec spec = spec("mini-batch").toBuilder().hidden(Activation.RELU).cost(Cost.CROSS_ENTROPY)
                .learningRate(1e306).build();
        MultiLayerNetwork net = TestNets.dense(SIZES, Activation.RELU, Output.SIGMOID);
        MultiLayerNetwork column = TestNets.dense(SIZES, Activation.RELU, Output.SIGMOID);

        DivergedException rows = assertThrows(DivergedException.class,
                () -> FastTraining.train(spec, data, net, Progress.NONE, LayoutKind.ROW));
        DivergedException columns = assertThrows(DivergedException.class,
                () -> FastTraining.train(spec, data, column, Progress.NONE, LayoutKind.COLUMN));
        assertEquals(columns.getMessage(), rows.getMessage(), "the same iteration and array");
    }
}
