package org.initlab.train.fast;

import com.fasterxml.jackson.databind.JsonNode;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Matrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast engine against numpy runs of the generalized course trainer ({@code fast/generate_references.py}):
 * mini-batches with shuffles from the run's stream, tanh and sigmoid hidden layers, softmax output, quadratic cost,
 * L2, faithful and fresh dropout, random biases, and an E9-sized first layer; in each memory layout and in the one the
 * engine picks itself.
 */
class FastEngineNumpyCasesTest {
    private static final double TOLERANCE = 1e-12;

    static Stream<Arguments> cases() {
        List<Arguments> args = new ArrayList<>();
        for (NumpyCase c : NumpyCase.all()) {
            args.add(Arguments.of(c, null));
            args.add(Arguments.of(c, LayoutKind.COLUMN));
            args.add(Arguments.of(c, LayoutKind.ROW));
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} in layout {1}")
    @MethodSource("cases")
    void costsParametersAndEpochOutputsEqualNumpys(NumpyCase c, LayoutKind layout) {
        MultiLayerNetwork net = c.network();
        List<Double> epochSums = new ArrayList<>();
        RecordingProgress progress = new RecordingProgress(
                model -> epochSums.add(sumOfSquares(model.output(c.data().x()))));

        FastTraining.train(c.spec(), c.data(), net, progress, layout);

        JsonNode costs = c.json().get("costs");
        assertEquals(costs.size(), progress.costs.size(), "number of reported costs");
        for (JsonNode point : costs) {
            long t = point.get(0).asLong();
            double expected = point.get(1).asDouble();
            double actual = progress.costs.get(t);
            assertTrue(TestNets.relative(expected, actual) <= TOLERANCE,
                    "cost at " + t + ": numpy " + expected + ", fast " + actual);
        }
        double[] sums = TestNets.doubles(c.json().get("epoch_output_sums"));
        assertEquals(sums.length, epochSums.size(), "epochs reported");
        for (int e = 0; e < sums.length; e++) {
            assertTrue(TestNets.relative(sums[e], epochSums.get(e)) <= TOLERANCE,
                    "sum of squared outputs after epoch " + e + ": numpy " + sums[e] + ", fast " + epochSums.get(e));
        }
        if (c.json().has("final")) {
            assertFinalParameters(c, net);
        } else {
            assertFinalSummary(c, net);
        }
    }

    private static void assertFinalParameters(NumpyCase c, MultiLayerNetwork net) {
        JsonNode fin = c.json().get("final");
        for (int l = 1; l < c.sizes().length; l++) {
            double[][] expected = TestNets.matrix(fin.get("W").get(l - 1));
            double[][] actual = TestNets.courseW(net, l);
            for (int j = 0; j < expected.length; j++) {
                for (int k = 0; k < expected[j].length; k++) {
                    assertClose(expected[j][k], actual[j][k], "W" + l + "[" + j + "," + k + "]");
                }
            }
            double[] eb = TestNets.doubles(fin.get("b").get(l - 1));
            double[] ab = TestNets.bias(net, l);
            for (int j = 0; j < eb.length; j++) {
                assertClose(eb[j], ab[j], "b" + l + "[" + j + "]");
            }
        }
    }

    private static void assertFinalSummary(NumpyCase c, MultiLayerNetwork net) {
        JsonNode summary = c.json().get("final_summary");
        for (int l = 1; l < c.sizes().length; l++) {
            double[][] w = TestNets.courseW(net, l);
            double s = 0;
            double sq = 0;
            for (double[] row : w) {
                for (double v : row) {
                    s += v;
                    sq += v * v;
                }
            }
            assertClose(summary.get("W" + l).get(0).asDouble(), s, "sum of W" + l);
            assertClose(summary.get("W" + l).get(1).asDouble(), sq, "sum of squares of W" + l);
        }
    }

    /** Within 1e-12 of the expected value's magnitude, or of 1 for values near 0. */
    private static void assertClose(double expected, double actual, String what) {
        double scale = Math.max(1.0, Math.abs(expected));
        assertTrue(Math.abs(actual - expected) <= TOLERANCE * scale, what + ": numpy " + expected + ", fast " + actual);
    }

    private static double sumOfSquares(Matrix m) {
        double s = 0;
        for (double v : m.data()) {
            s += v * v;
        }
        return s;
    }
}
