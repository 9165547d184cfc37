package org.initlab.train.fast;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Matrix;
import org.initlab.data.Split;
import org.initlab.net.CourseNetworks;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.initlab.train.DivergedException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The input layer through {@code G = XᵀX} trains as the plain products do, to 1e-12. */
class GramInputTest {
    private static final Split WIDE = NumpyCase.synthetic(1500, 60);
    private static final ExperimentSpec SPEC = ExperimentSpec.builder().name("wide").layers(1500, 8, 4, 1)
            .init(InitScheme.XAVIER).seed(1).learningRate(0.0075).iterations(400).printEvery(20).build();

    @Test
    void gramPathPaysOnlyForWideInputsAndEnoughIterations() {
        assertTrue(GramInput.pays(12288, 20, 209, 2500), "the course's cat network");
        assertTrue(GramInput.pays(1500, 8, 60, 400), "this test's network");
        assertFalse(GramInput.pays(2, 10, 300, 15000), "circles: more examples than inputs");
        assertFalse(GramInput.pays(12288, 20, 209, 1), "one iteration does not pay for G");
    }

    @Test
    void gramPathGivesThePlainPathsCostsAndWeightsWithin1eMinus12() {
        RecordingProgress gramCosts = new RecordingProgress();
        FastNetwork gram = FastTraining.train(SPEC, WIDE, gramCosts);
        MultiLayerNetwork viaGram = CourseNetworks.build(SPEC, WIDE.size());
        gram.writeTo(viaGram);

        RecordingProgress plainCosts = new RecordingProgress();
        MultiLayerNetwork plain = CourseNetworks.build(SPEC, WIDE.size());
        FastTraining.train(SPEC, WIDE, plain, plainCosts, LayoutKind.ROW);

        assertEquals(plainCosts.costs.keySet(), gramCosts.costs.keySet());
        plainCosts.costs.forEach((t, c) -> assertEquals(c, gramCosts.costs.get(t), 1e-12 * Math.abs(c),
                "cost at iteration " + t));
        for (int l = 1; l <= 3; l++) {
            double[][] expected = TestNets.courseW(plain, l);
            double[][] actual = TestNets.courseW(viaGram, l);
            double scale = 0;
            for (double[] row : expected) {
                for (double v : row) {
                    scale = Math.max(scale, Math.abs(v));
                }
            }
            for (int j = 0; j < expected.length; j++) {
                for (int k = 0; k < expected[j].length; k++) {
                    assertEquals(expected[j][k], actual[j][k], 1e-12 * scale, "W" + l + "[" + j + "," + k + "]");
                }
            }
            double[] eb = TestNets.bias(plain, l);
            double[] ab = TestNets.bias(viaGram, l);
            for (int j = 0; j < eb.length; j++) {
                assertEquals(eb[j], ab[j], 1e-12 * Math.max(Math.abs(eb[j]), 1e-3), "b" + l + "[" + j + "]");
            }
        }
    }

    @Test
    void divergenceOnTheGramPathNamesTheFirstLayersWeightsAsThePlainPathDoes() {
        double[] big = WIDE.x().data().clone();
        for (int e = 0; e < big.length; e++) {
            big[e] *= 1e10;
        }
        Split huge = new Split(new Matrix(WIDE.size(), 1500, big), WIDE.y());
        ExperimentSpec exploding = SPEC.toBuilder().learningRate(1e306).iterations(50).printEvery(1).build();

        DivergedException viaGram = assertThrows(DivergedException.class,
                () -> FastTraining.train(exploding, huge, new RecordingProgress()));
        DivergedException plain = assertThrows(DivergedException.class, () -> FastTraining.train(exploding, huge,
                CourseNetworks.build(exploding, WIDE.size()), new RecordingProgress(), LayoutKind.ROW));

        assertEquals(plain.getMessage(), viaGram.getMessage());
        assertTrue(viaGram.getMessage().endsWith(": W1 became NaN or infinite"), viaGram.getMessage());
    }
}
