package org.initlab.init;

import com.fasterxml.jackson.databind.JsonNode;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.net.CourseNetworks;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.initlab.testing.Reference;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumpyStreamInitTest {

    private static MultiLayerNetwork net(InitScheme scheme, long seed, int... layers) {
        ExperimentSpec spec = ExperimentSpec.builder().init(scheme).seed(seed).layers(layers).build();
        return CourseNetworks.build(spec, 1);
    }

    /** Asserts DL4J's {@code [nIn, nOut]} weights equal numpy's {@code W (n_out, n_in)} bit for bit. */
    private static void assertWeightsEqual(JsonNode expected, MultiLayerNetwork net) {
        for (int l = 0; l < net.getnLayers(); l++) {
            JsonNode w = expected.get("W" + (l + 1));
            INDArray actual = net.getLayer(l).getParam("W");
            assertEquals(w.size(), actual.size(1), "n_out of W" + (l + 1));
            for (int o = 0; o < w.size(); o++) {
                assertEquals(w.get(o).size(), actual.size(0), "n_in of W" + (l + 1));
                for (int i = 0; i < w.get(o).size(); i++) {
                    assertEquals(w.get(o).get(i).asDouble(), actual.getDouble(i, o), 0.0,
                            "W" + (l + 1) + "[" + o + "," + i + "]");
                }
            }
        }
    }

    @Test
    void heInitMatchesNumpyBitForBit() {
        assertWeightsEqual(Reference.json("initializers.json").get("he_2-10-5-1_seed3"),
                net(InitScheme.HE, 3, 2, 10, 5, 1));
    }

    @Test
    void randomInitMatchesNumpyBitForBit() {
        assertWeightsEqual(Reference.json("initializers.json").get("random_2-10-5-1_seed3"),
                net(InitScheme.RANDOM, 3, 2, 10, 5, 1));
    }

    @Test
    void xavierInitMatchesNumpyBitForBit() {
        assertWeightsEqual(Reference.json("initializers.json").get("xavier_2-20-3-1_seed3"),
                net(InitScheme.XAVIER, 3, 2, 20, 3, 1));
    }

    @Test
    void deepXavierInitMatchesNumpySummary() {
        JsonNode ref = Reference.json("initializers.json").get("xavier_12288-20-7-5-1_seed1_summary");
        MultiLayerNetwork net = net(InitScheme.XAVIER, 1, 12288, 20, 7, 5, 1);
        for (int l = 0; l < 4; l++) {
            JsonNode w = ref.get("W" + (l + 1));
            INDArray actual = net.getLayer(l).getParam("W");
            long nIn = actual.size(0);
            double[] first = Reference.doubles(w.get("first8_c_order"));
            for (int k = 0; k < first.length; k++) {
                assertEquals(first[k], actual.getDouble(k % nIn, k / nIn), 0.0, "W" + (l + 1) + " value " + k);
            }
            double[] all = actual.dup('f').data().asDouble();
            double sum = 0;
            double sumSq = 0;
            for (double v : all) {
                sum += v;
                sumSq += v * v;
            }
            assertEquals(w.get("sum").asDouble(), sum, 1e-12 * Math.abs(w.get("sum").asDouble()), "sum of W" + (l + 1));
            assertEquals(w.get("sum_sq").asDouble(), sumSq, 1e-12 * w.get("sum_sq").asDouble(),
                    "sum of squares of W" + (l + 1));
        }
    }

    @Test
    void zerosInitGivesZeroWeightsAndBiases() {
        MultiLayerNetwork net = net(InitScheme.ZEROS, 3, 2, 10, 5, 1);
        assertEquals(0.0, net.params().norm2Number().doubleValue(), 0.0);
    }

    @Test
    void nielsenDrawsInputMajorWeightsThenRandomBiasesPerLayer() {
        MultiLayerNetwork net = net(InitScheme.NIELSEN, 0, 4, 3, 2);
        NumpyRandomState s = new NumpyRandomState(0);
        int[] n = {4, 3, 2};
        for (int l = 0; l < 2; l++) {
            INDArray w = net.getLayer(l).getParam("W");
            for (int i = 0; i < n[l]; i++) {
                for (int o = 0; o < n[l + 1]; o++) {
                    assertEquals(s.randn() / Math.sqrt(n[l]), w.getDouble(i, o), 0.0, "W" + (l + 2) + "[" + i + "," + o + "]");
                }
            }
            INDArray b = net.getLayer(l).getParam("b");
            for (int o = 0; o < n[l + 1]; o++) {
                assertEquals(s.randn(), b.getDouble(o), 0.0, "b" + (l + 2) + "[" + o + "]");
            }
        }
    }

    @Test
    void skipPositionsEachLayerAfterTheGaussiansOfTheLayersBeforeIt() {
        DrawPlan plan = DrawPlan.of(java.util.List.of(784, 30, 10), InitScheme.LARGE);
        assertEquals(0, plan.weightStart(0));
        assertEquals(784 * 30, plan.biasStart(0));
        assertEquals(784 * 30 + 30, plan.weightStart(1));
        assertEquals(784 * 30 + 30 + 300 + 10, plan.total());
        DrawPlan course = DrawPlan.of(java.util.List.of(2, 10, 5, 1), InitScheme.HE);
        assertEquals(20, course.weightStart(1));
        assertEquals(70, course.weightStart(2));
        assertEquals(75, course.total());
        assertEquals(0, DrawPlan.of(java.util.List.of(2, 10, 5, 1), InitScheme.ZEROS).total());
    }
}
