package org.initlab.init;

import org.initlab.net.CourseNetworks;
import org.initlab.spec.ExperimentSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PyTorch's {@code xavier_uniform_(gain)} against numpy: {@code reference/xavier_uniform.py} (numpy 2.4.6) draws it in
 * the reference's layout with PyTorch's arithmetic for the bound, copied to {@code reference/xavier_uniform.json}.
 */
class XavierUniformTest {
    static List<CatalogCase> cases() {
        return CatalogCase.from("xavier_uniform.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void xavierUniformMatchesNumpyBitForBitInPlainJavaAndInTheDl4jNetwork(CatalogCase c) {
        ExperimentSpec spec = c.spec();
        InitialValues values = InitialValues.of(spec);
        var net = CourseNetworks.build(spec, 300);
        for (int l = 0; l < spec.depth(); l++) {
            assertArrayEquals(c.weights(l), values.weights(l), 0.0, c + " W" + (l + 1));
            assertArrayEquals(c.weights(l), CatalogGoldenTest.courseOrder(net, l), 0.0, c + " DL4J W" + (l + 1));
            assertArrayEquals(c.biases(l), values.biases(l), 0.0, c + " b" + (l + 1));
        }
    }

    @Test
    void theReferenceHoldsGainOneTanhsGainAndAnotherShape() {
        assertEquals(List.of("xavier-uniform [2, 10, 5, 1] seed 3",
                        "xavier-uniform:gain=1.6666666666666667 [2, 10, 5, 1] seed 3",
                        "xavier-uniform:gain=0.5 [3, 7, 4, 2] seed 11"),
                cases().stream().map(CatalogCase::toString).toList());
    }

    @Test
    void atGainOneItIsKerassGlorotUniformButForTheLastBitOfTheBound() {
        ExperimentSpec torch = ExperimentSpec.builder().layers(2, 10, 5, 1).seed(3)
                .init(Initializers.parse("xavier-uniform")).build();
        ExperimentSpec keras = torch.toBuilder().init(Initializers.parse("glorot-uniform")).build();
        InitialValues a = InitialValues.of(torch);
        InitialValues b = InitialValues.of(keras);
        boolean anyBitDiffers = false;
        for (int l = 0; l < torch.depth(); l++) {
            double[] x = a.weights(l);
            double[] y = b.weights(l);
            for (int k = 0; k < x.length; k++) {
                assertEquals(y[k], x[k], 4 * Math.ulp(1.0), "W" + (l + 1) + "[" + k + "]"); // the bounds are below 1
                anyBitDiffers |= x[k] != y[k];
            }
        }
        // PyTorch's √3 · √(2/n) and Keras's √(6/n) round differently for 2 + 10 = 12 inputs and outputs
        assertTrue(anyBitDiffers, "the two formulas' roundings differ somewhere in these layers");
    }
}
