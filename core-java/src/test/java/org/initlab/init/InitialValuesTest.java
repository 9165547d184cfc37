package org.initlab.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInitXavier;
import org.initlab.net.CourseNetworks;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.initlab.spec.InitSpec;
import org.initlab.testing.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every course initializer's initial values against numpy's arrays, bit for bit, both as {@link InitialValues} draws
 * them without ND4J and as the DL4J network of {@link CourseNetworks#build} holds them: the cases of
 * {@code numpy/initial_values.json} (every scheme, on odd layer sizes so that a cached Gaussian crosses layers) and
 * the initial arrays of the fast engine's numpy cases ({@code fast/numpy_cases.json}).
 */
class InitialValuesTest {

    /** One initializer case: the specification and numpy's {@code W[l]} (shape {@code (n_l, n_{l-1})}) and b[l]. */
    record NumpyInit(String name, ExperimentSpec spec, JsonNode weights, JsonNode biases) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<NumpyInit> numpyInitialValues() {
        List<NumpyInit> cases = new ArrayList<>();
        for (JsonNode c : Reference.numpy("initial_values.json").get("cases")) {
            String init = c.get("init").asText();
            InitSpec spec = init.equals("normal") ? Initializers.parse("normal:" + c.get("sigma").asDouble())
                    : Initializers.parse(init);
            cases.add(new NumpyInit(spec.describe() + " " + c.get("layers") + " seed " + c.get("seed"),
                    ExperimentSpec.builder().layers(ints(c.get("layers"))).init(spec).seed(c.get("seed").asLong())
                            .build(), c.get("W"), c.get("b")));
        }
        for (JsonNode c : fastNumpyCases().get("cases")) {
            if (c.has("initial")) {
                cases.add(new NumpyInit("fast/numpy_cases.json " + c.get("name").asText(),
                        ExperimentSpec.builder().layers(ints(c.get("layers"))).init(Initializers.parse(c.get("init").asText()))
                                .seed(c.get("seed").asLong()).build(),
                        c.get("initial").get("W"), c.get("initial").get("b")));
            }
        }
        return cases.stream();
    }

    @Test
    void theNumpyCasesCoverEveryCourseSchemeWithCachedGaussiansBetweenLayers() {
        Set<InitScheme> schemes = EnumSet.noneOf(InitScheme.class);
        boolean oddDraws = false;
        for (NumpyInit c : numpyInitialValues().toList()) {
            InitScheme scheme = ((InitSpec.Course) c.spec().init()).scheme();
            schemes.add(scheme);
            oddDraws |= scheme.draws() && c.spec().layers().get(0) * c.spec().layers().get(1) % 2 == 1;
        }
        assertEquals(EnumSet.allOf(InitScheme.class), schemes);
        assertEquals(true, oddDraws, "a case whose first layer leaves a Gaussian cached");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numpyInitialValues")
    void initialValuesEqualNumpysArraysBitForBit(NumpyInit c) {
        InitialValues values = InitialValues.of(c.spec());
        for (int l = 0; l < c.spec().depth(); l++) {
            double[][] w = courseMatrix(c.weights().get(l));
            int nOut = w.length;
            int nIn = w[0].length;
            double[] dl4jOrder = values.weights(l);
            assertEquals(nIn * nOut, dl4jOrder.length, "size of W" + (l + 1));
            for (int j = 0; j < nOut; j++) {
                for (int k = 0; k < nIn; k++) {
                    assertBits(w[j][k], dl4jOrder[k + nIn * j], "W" + (l + 1) + "[" + j + "," + k + "]");
                }
            }
            double[] b = Reference.doubles(c.biases().get(l));
            double[] drawn = values.biases(l);
            assertEquals(b.length, drawn.length, "size of b" + (l + 1));
            for (int j = 0; j < b.length; j++) {
                assertBits(b[j], drawn[j], "b" + (l + 1) + "[" + j + "]");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numpyInitialValues")
    void theCourseNetworkHoldsNumpysArraysBitForBit(NumpyInit c) {
        MultiLayerNetwork net = CourseNetworks.build(c.spec(), 10);
        for (int l = 0; l < c.spec().depth(); l++) {
            double[][] w = courseMatrix(c.weights().get(l));
            INDArray actual = net.getLayer(l).getParam("W");
            assertEquals(w[0].length, actual.size(0), "n_in of W" + (l + 1));
            assertEquals(w.length, actual.size(1), "n_out of W" + (l + 1));
            for (int j = 0; j < w.length; j++) {
                for (int k = 0; k < w[j].length; k++) {
                    assertBits(w[j][k], actual.getDouble(k, j), "W" + (l + 1) + "[" + j + "," + k + "]");
                }
            }
            double[] b = Reference.doubles(c.biases().get(l));
            INDArray bias = net.getLayer(l).getParam("b");
            assertEquals(b.length, bias.length(), "size of b" + (l + 1));
            for (int j = 0; j < b.length; j++) {
                assertBits(b[j], bias.getDouble(j), "b" + (l + 1) + "[" + j + "]");
            }
        }
    }

    /** E5's two networks, [784, 30, 10] seed 0: numpy's first values, sums and sums of squares of every array. */
    @Test
    void theMnistArmsStartFromNumpysArrays() {
        for (JsonNode s : Reference.numpy("initial_values.json").get("summaries")) {
            ExperimentSpec spec = ExperimentSpec.builder().layers(ints(s.get("layers")))
                    .init(Initializers.parse(s.get("init").asText())).seed(s.get("seed").asLong()).build();
            InitialValues values = InitialValues.of(spec);
            for (int l = 0; l < spec.depth(); l++) {
                int nIn = spec.layers().get(l);
                int nOut = spec.layers().get(l + 1);
                double[] w = values.weights(l);
                double[] courseOrder = new double[w.length];
                for (int j = 0; j < nOut; j++) {
                    for (int k = 0; k < nIn; k++) {
                        courseOrder[j * nIn + k] = w[k + nIn * j];
                    }
                }
                String what = s.get("init").asText() + " ";
                assertSummary(s.get("arrays").get("W" + (l + 1)), courseOrder, what + "W" + (l + 1));
                assertSummary(s.get("arrays").get("b" + (l + 1)), values.biases(l), what + "b" + (l + 1));
            }
        }
    }

    @Test
    void aUsersOwnInitializerIsLeftToDl4j() {
        ExperimentSpec spec = ExperimentSpec.builder().init(new InitSpec.Custom(new WeightInitXavier(), "xavier-dl4j")).build();
        assertFalse(InitialValues.available(spec));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InitialValues.of(spec));
        assertEquals(spec.init() + " is a user's initializer; only DL4J can draw it", e.getMessage());
    }

    private static void assertSummary(JsonNode expected, double[] actual, String what) {
        double[] first = Reference.doubles(expected.get("first8_c_order"));
        for (int i = 0; i < first.length; i++) {
            assertBits(first[i], actual[i], what + " value " + i);
        }
        double sum = 0;
        double sumSq = 0;
        for (double v : actual) {
            sum += v;
            sumSq += v * v;
        }
        double s = expected.get("sum").asDouble();
        double sq = expected.get("sum_sq").asDouble();
        assertEquals(s, sum, 1e-12 * Math.max(1, Math.abs(s)), "sum of " + what);
        assertEquals(sq, sumSq, 1e-12 * sq, "sum of squares of " + what);
    }

    private static void assertBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                what + ": numpy " + expected + ", InitLab " + actual);
    }

    private static double[][] courseMatrix(JsonNode rows) {
        double[][] m = new double[rows.size()][];
        for (int j = 0; j < m.length; j++) {
            m[j] = Reference.doubles(rows.get(j));
        }
        return m;
    }

    private static int[] ints(JsonNode node) {
        int[] out = new int[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asInt();
        }
        return out;
    }

    private static JsonNode fastNumpyCases() {
        try (InputStream in = InitialValuesTest.class.getResourceAsStream("/fast/numpy_cases.json")) {
            if (in == null) {
                throw new IllegalStateException("test resource fast/numpy_cases.json missing");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
