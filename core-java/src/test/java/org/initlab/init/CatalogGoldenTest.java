package org.initlab.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.initlab.net.CourseNetworks;
import org.initlab.spec.ExperimentSpec;
import org.initlab.testing.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every case of {@code init_catalog.py --golden} (numpy 2.4.6, copied to {@code reference/init_catalog_golden.json}):
 * the values drawn in plain Java, the DL4J network's, and those after DL4J's JSON round trip and
 * {@code ModelSerializer} equal numpy's bit for bit — within 1e-12 for orthogonal and LSUV, which go through a QR
 * factorization.
 */
class CatalogGoldenTest {
    @TempDir
    Path dir;

    static List<CatalogCase> cases() {
        return CatalogCase.golden();
    }

    @Test
    void theGoldenFileHoldsTheFifteenCasesOfTheReference() {
        assertEquals(15, cases().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void plainValuesMatchNumpy(CatalogCase c) {
        InitialValues values = InitialValues.of(c.spec());
        for (int l = 0; l < c.layers().size() - 1; l++) {
            assertMatches(c, "W" + (l + 1), c.weights(l), values.weights(l));
            assertArrayEquals(c.biases(l), values.biases(l), 0.0, "b" + (l + 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void numpyJsonIsTheReferencesLayoutWithTheSameNumbers(CatalogCase c) throws Exception {
        String json = InitialValues.of(c.spec()).numpyJson();
        assertTrue(json.startsWith("{\"W1\": [[") && json.endsWith("]]}\n") && json.indexOf('\n') == json.length() - 1,
                json);
        JsonNode printed = new ObjectMapper().readTree(json);
        List<String> names = new ArrayList<>();
        printed.fieldNames().forEachRemaining(names::add);
        List<String> expected = new ArrayList<>();
        c.params().fieldNames().forEachRemaining(expected::add);
        assertEquals(expected, names, "W1, b1, W2, b2, … in the reference's order");
        for (int l = 0; l < c.layers().size() - 1; l++) {
            assertEquals(c.layers().get(l + 1), printed.get("W" + (l + 1)).size(), "W" + (l + 1) + " has n_l rows");
            assertEquals(c.layers().get(l), printed.get("W" + (l + 1)).get(0).size(), "of n_{l-1} columns");
            assertMatches(c, "W" + (l + 1), c.weights(l), Reference.doubles(printed.get("W" + (l + 1))));
            assertArrayEquals(c.biases(l), Reference.doubles(printed.get("b" + (l + 1))), 0.0, "b" + (l + 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dl4jNetworkHoldsTheSameBitsAsThePlainValues(CatalogCase c) {
        ExperimentSpec spec = c.spec();
        InitialValues values = InitialValues.of(spec);
        MultiLayerNetwork net = CourseNetworks.build(spec, 300);
        for (int l = 0; l < spec.depth(); l++) {
            assertArrayEquals(values.weights(l), courseOrder(net, l), 0.0, "W" + (l + 1));
            assertMatches(c, "W" + (l + 1), c.weights(l), courseOrder(net, l));
            assertEquals(0.0, net.getLayer(l).getParam("b").norm1Number().doubleValue(), 0.0, "b" + (l + 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void survivesDl4jsJsonRoundTripAndModelSerializer(CatalogCase c) throws Exception {
        ExperimentSpec spec = c.spec();
        MultiLayerConfiguration conf = CourseNetworks.configuration(spec, 300);
        MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(conf.toJson());
        assertEquals(conf, back);
        MultiLayerNetwork original = CourseNetworks.build(spec, 300);
        MultiLayerNetwork fromJson = new MultiLayerNetwork(back);
        fromJson.init();
        assertArrayEquals(original.params().toDoubleVector(), fromJson.params().toDoubleVector(), 0.0);
        File file = dir.resolve("model.zip").toFile();
        ModelSerializer.writeModel(original, file, false);
        MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(file, false);
        assertEquals(original.getLayerWiseConfigurations(), restored.getLayerWiseConfigurations());
        MultiLayerNetwork rebuilt = new MultiLayerNetwork(restored.getLayerWiseConfigurations().clone());
        rebuilt.init();
        assertArrayEquals(original.params().toDoubleVector(), rebuilt.params().toDoubleVector(), 0.0);
        assertArrayEquals(original.params().toDoubleVector(), restored.params().toDoubleVector(), 0.0);
    }

    /** Layer {@code l}'s DL4J weights {@code [nIn, nOut]} as the course's {@code W (nOut, nIn)} in C order. */
    static double[] courseOrder(MultiLayerNetwork net, int l) {
        INDArray w = net.getLayer(l).getParam("W");
        return w.dup('f').data().asDouble();
    }

    static void assertMatches(CatalogCase c, String what, double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length, c + " " + what + " size");
        for (int k = 0; k < expected.length; k++) {
            if (c.viaQr()) {
                assertEquals(expected[k], actual[k], 1e-12, c + " " + what + "[" + k + "]");
            } else {
                assertEquals(Double.doubleToLongBits(expected[k]), Double.doubleToLongBits(actual[k]),
                        c + " " + what + "[" + k + "]: numpy " + expected[k] + ", InitLab " + actual[k]);
            }
        }
        assertTrue(expected.length > 0);
    }
}
