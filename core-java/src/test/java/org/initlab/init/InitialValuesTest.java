package org.initlab.init;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInitXavier;
import org.initlab.net.CourseNetworks;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.initlab.spec.InitSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InitialValuesTest {

    @ParameterizedTest
    @EnumSource(InitScheme.class)
    void initialValuesEqualTheNetworksParametersBitForBit(InitScheme scheme) {
        ExperimentSpec spec = ExperimentSpec.builder().layers(5, 4, 3, 2).seed(7)
                .init(new InitSpec.Course(scheme, 0.3)).build();
        MultiLayerNetwork net = CourseNetworks.build(spec, 10);
        InitialValues values = InitialValues.of(spec);
        for (int l = 0; l < spec.depth(); l++) {
            INDArray w = net.getLayer(l).getParam("W");
            double[] expected = new double[(int) w.length()];
            for (int j = 0; j < w.size(1); j++) {
                for (int k = 0; k < w.size(0); k++) {
                    expected[k + (int) w.size(0) * j] = w.getDouble(k, j);
                }
            }
            assertArrayEquals(expected, values.weights(l), 0.0, scheme + " W" + (l + 1));
            assertArrayEquals(net.getLayer(l).getParam("b").toDoubleVector(), values.biases(l), 0.0,
                    scheme + " b" + (l + 1));
        }
    }

    @Test
    void aUsersOwnInitializerIsLeftToDl4j() {
        ExperimentSpec spec = ExperimentSpec.builder().init(new InitSpec.Custom(new WeightInitXavier(), "xavier-dl4j")).build();
        assertFalse(InitialValues.available(spec));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InitialValues.of(spec));
        assertEquals(spec.init() + " is a user's initializer; only DL4J can draw it", e.getMessage());
    }
}
