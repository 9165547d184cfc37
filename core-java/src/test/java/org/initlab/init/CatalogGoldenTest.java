package org.initlab.init;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.initlab.net.CourseNetworks;
import org.initlab.init.InitialValues;
import org.initlab.spec.ExperimentSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.File;
import java.nio.file.Path;
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
        assertEquals(original.params(), fromJson.params());
        File file = dir.resolve("model.zip").toFile();
        ModelSerializer.writeModel(original, file, false);
        MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(file, false);
        assertEquals(original.getLayerWiseConfigurations(), restored.getLayerWiseConfigurations());
        MultiLayerNetwork rebuilt = new MultiLayerNetwork(restored.getLayerWiseConfigurations().clone());
        rebuilt.init();
        assertEquals(original.params(), rebuilt.params());
        assertEquals(original.params(), restored.params());
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
