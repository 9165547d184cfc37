package org.initlab.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Probe;
import org.initlab.analysis.LayerStats;
import org.initlab.analysis.SmallCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * E4 on DL4J. The small case is checked against numpy ({@code activations_small.json}, written by
 * {@code src/test/resources/stats/generate_references.py}): for each arm {@code np.random.seed(0);
 * x = randn(20, 10)}, then three layers {@code w = randn(10, 10) * scale; x = act(x @ w)}, with per layer
 * {@code a.mean()}, {@code a.std()}, the share within 0.1 of the flat points and
 * {@code np.histogram(a, 30, range=R)}, {@code R} = {@code (0, 1)} for sigmoid, {@code (−1, 1)} for tanh and
 * {@code (0, max over the layers)} for ReLU. The full case (seed 0) is checked for the shapes the course describes.
 */
class ActivationExperimentTest {
    private static ActivationResult full;

    @BeforeAll
    static void runTheFullExperiment() {
        full = ActivationExperiment.run(ActivationExperiment.DEFAULT_SEED);
    }

    private static final List<String> SMALL = List.of("sigmoid/std-1", "relu/he", "tanh/xavier");

    private static ActivationResult small() {
        return ActivationExperiment.run(0, 20, 10, 3, SMALL.stream().map(ActivationConfig::named).toList());
    }

    @Test
    void smallCaseStatisticsMatchNumpy() {
        ActivationResult r = small();
        for (String name : SMALL) {
            JsonNode expected = SmallCase.config(name);
            ConfigurationStats c = r.config(name);
            assertEquals(expected.get("scale").asDouble(), c.scale(), 0.0, name + " scale");
            assertArrayEquals(SmallCase.doubles(expected.get("range")), new double[] {c.lo(), c.hi()}, 1e-12,
                    name + " range");
            for (int l = 1; l <= 3; l++) {
                JsonNode e = expected.get("layers").get(l - 1);
                LayerStats s = c.layer(l);
                String at = name + " layer " + l;
                assertEquals(e.get("mean").asDouble(), s.mean(), 1e-12, at + " mean");
                assertEquals(e.get("std").asDouble(), s.std(), 1e-12, at + " std");
                assertEquals(e.get("saturated").asDouble(), s.saturated(), 1e-12, at + " saturated");
                assertArrayEquals(SmallCase.longs(e.get("histogram").get("counts")), s.histogram().counts(),
                        at + " counts");
                assertArrayEquals(SmallCase.doubles(e.get("histogram").get("edges")), s.histogram().edges(), 1e-12,
                        at + " edges");
            }
        }
    }

    @Test
    void smallCaseWeightsAreNumpysDrawsAfterTheInputBitForBit() {
        for (String name : SMALL) {
            JsonNode weights = SmallCase.config(name).get("weights");
            MultiLayerNetwork net = ActivationExperiment.network(ActivationConfig.named(name), 0, 20, 10, 3);
            for (int l = 0; l < 3; l++) {
                INDArray w = net.getLayer(l).getParam("W");
                assertEquals(0, net.getLayer(l).numParams() - 100, "no bias in layer " + (l + 1));
                for (int i = 0; i < 10; i++) {
                    assertArrayEquals(SmallCase.doubles(weights.get(l).get(i)), w.getRow(i).toDoubleVector(), 0.0,
                            name + " W" + (l + 1) + " row " + i);
                }
            }
        }
    }

    /**
     * The course's case against numpy ({@code activations_full.json}: {@code np.random.seed(0);
     * x = randn(1000, 100)}; five layers {@code w = randn(100, 100) * scale; x = act(x @ w)} per arm). DL4J's matrix
     * products add in another order than numpy's, so the means and spreads agree to rounding, not bit for bit.
     */
    @Test
    void courseCaseMomentsMatchNumpy() {
        for (JsonNode expected : SmallCase.json("activations_full.json").get("configs")) {
            ConfigurationStats c = full.config(expected.get("name").asText());
            for (int l = 1; l <= 5; l++) {
                JsonNode e = expected.get("layers").get(l - 1);
                LayerStats s = c.layer(l);
                String at = c.name() + " layer " + l;
                assertEquals(e.get("mean").asDouble(), s.mean(), 1e-10 * Math.abs(e.get("mean").asDouble()), at);
                assertEquals(e.get("std").asDouble(), s.std(), 1e-10 * e.get("std").asDouble(), at);
                assertEquals(e.get("saturated").asDouble(), s.saturated(), 1e-12, at);
            }
            assertEquals(expected.get("range").get(1).asDouble(), c.hi(), 1e-12 * c.hi(), c.name() + " range");
        }
    }

    @Test
    void theInputIsTheActivationProbe() {
        assertEquals(Probe.input(7), ActivationExperiment.input(7, 1000, 100));
    }

    @Test
    void runsTheSevenCourseArmsOnFiveLayersOfAThousandValuesEach() {
        assertEquals(List.of("sigmoid/std-1", "sigmoid/std-0.01", "sigmoid/xavier", "relu/std-0.01", "relu/xavier",
                "relu/he", "tanh/xavier"), full.configs().stream().map(ConfigurationStats::name).toList());
        for (ConfigurationStats c : full.configs()) {
            assertEquals(5, c.layers().size());
            for (LayerStats s : c.layers()) {
                assertEquals(100_000, s.count());
                assertEquals(30, s.histogram().bins());
            }
        }
        assertEquals(0.1, full.config("sigmoid/xavier").scale(), 0.0);
        assertEquals(Math.sqrt(0.02), full.config("relu/he").scale(), 0.0);
    }

    @Test
    void sigmoidWithStdOnePilesAtZeroAndOne() {
        ConfigurationStats c = full.config("sigmoid/std-1");
        for (LayerStats s : c.layers()) {
            assertTrue(s.saturated() > 0.5, "layer " + s.layer() + " saturated " + s.saturated());
            long[] n = s.histogram().counts();
            assertTrue(n[0] > 5 * n[15] && n[29] > 5 * n[15], "peaks at the ends of layer " + s.layer());
        }
    }

    @Test
    void sigmoidWithStdHundredthSpikesAtOneHalf() {
        ConfigurationStats c = full.config("sigmoid/std-0.01");
        for (int l = 2; l <= 5; l++) {
            LayerStats s = c.layer(l);
            assertTrue(s.std() < 0.02, "layer " + l + " std " + s.std());
            assertEquals(0.5, s.mean(), 0.01, "layer " + l + " mean");
            assertEquals(0.0, s.saturated(), 0.0);
            long[] n = s.histogram().counts();
            assertTrue(n[14] + n[15] > 95_000, "the two bins around 0.5 of layer " + l + " hold " + (n[14] + n[15]));
        }
    }

    @Test
    void sigmoidWithXavierIsWideInEveryLayer() {
        ConfigurationStats c = full.config("sigmoid/xavier");
        for (LayerStats s : c.layers()) {
            assertTrue(s.std() > 0.1, "layer " + s.layer() + " std " + s.std());
            assertTrue(s.saturated() < 0.2, "layer " + s.layer() + " saturated " + s.saturated());
            long nonEmpty = java.util.Arrays.stream(s.histogram().counts()).filter(k -> k > 0).count();
            assertTrue(nonEmpty >= 10, "layer " + s.layer() + " spans " + nonEmpty + " bins");
        }
    }

    @Test
    void reluWithStdHundredthVanishesLayerByLayer() {
        ConfigurationStats c = full.config("relu/std-0.01");
        assertTrue(c.layer(5).std() < 1e-5, "layer 5 std " + c.layer(5).std());
        assertTrue(c.layer(1).saturated() > 0.8, "layer 1 saturated " + c.layer(1).saturated());
        for (int l = 2; l <= 5; l++) {
            assertTrue(c.layer(l).std() < c.layer(l - 1).std() / 5, "layer " + l);
            assertEquals(1.0, c.layer(l).saturated(), 0.0, "every value within 0.1 of 0 in layer " + l);
        }
        for (int l = 3; l <= 5; l++) {
            assertEquals(100_000, c.layer(l).histogram().counts()[0], "all in the first bin in layer " + l);
        }
    }

    @Test
    void reluWithXavierNarrowsLayerByLayer() {
        ConfigurationStats c = full.config("relu/xavier");
        for (int l = 2; l <= 5; l++) {
            assertTrue(c.layer(l).std() < c.layer(l - 1).std(), "layer " + l);
        }
        assertTrue(c.layer(5).std() < 0.5 * c.layer(1).std());
    }

    @Test
    void reluWithHeKeepsTheSameSpreadInEveryLayer() {
        ConfigurationStats c = full.config("relu/he");
        for (LayerStats s : c.layers()) {
            double ratio = s.std() / c.layer(1).std();
            assertTrue(ratio > 0.5 && ratio < 2, "layer " + s.layer() + " std ratio " + ratio);
        }
    }

    @Test
    void tanhWithXavierNarrowsAroundZero() {
        ConfigurationStats c = full.config("tanh/xavier");
        for (int l = 2; l <= 5; l++) {
            assertTrue(c.layer(l).std() < c.layer(l - 1).std(), "layer " + l);
        }
        for (LayerStats s : c.layers()) {
            assertEquals(0.0, s.mean(), 0.05, "layer " + s.layer() + " mean");
        }
        assertEquals(-1.0, c.lo());
        assertEquals(1.0, c.hi());
    }

    @Test
    void jsonMapHoldsEveryArmWithLayersAndHistograms() {
        Map<String, Object> m = full.toMap();
        List<?> configs = (List<?>) m.get("configs");
        assertEquals(7, configs.size());
        Map<?, ?> first = (Map<?, ?>) configs.get(0);
        assertEquals("sigmoid/std-1", first.get("name"));
        Map<?, ?> layer = (Map<?, ?>) ((List<?>) first.get("layers")).get(0);
        Map<?, ?> histogram = (Map<?, ?>) layer.get("histogram");
        assertEquals(31, ((List<?>) histogram.get("edges")).size());
        assertEquals(30, ((List<?>) histogram.get("counts")).size());
        assertEquals(full.config("sigmoid/std-1").layer(1).mean(), layer.get("mean"));
    }

    @Test
    void printsAMeanAndAStdTableOfEveryArm() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        full.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        for (ConfigurationStats c : full.configs()) {
            assertEquals(3, text.split(java.util.regex.Pattern.quote(c.name() + " "), -1).length, c.name());
        }
        assertTrue(text.contains("mean / layer"));
        assertTrue(text.contains("std / layer"));
    }
}
