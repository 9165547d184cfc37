package org.initlab.init;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code calculateGain} gives PyTorch's {@code torch.nn.init.calculate_gain} table. */
class GainTest {
    @Test
    void calculateGainMatchesPyTorchsTable() {
        for (Nonlinearity n : new Nonlinearity[]{Nonlinearity.LINEAR, Nonlinearity.IDENTITY, Nonlinearity.CONV1D,
                Nonlinearity.CONV2D, Nonlinearity.CONV3D, Nonlinearity.SIGMOID}) {
            assertEquals(1.0, Gain.calculateGain(n), 0.0, n.id());
        }
        assertEquals(5.0 / 3, Gain.calculateGain(Nonlinearity.TANH), 0.0);
        assertEquals(Math.sqrt(2.0), Gain.calculateGain(Nonlinearity.RELU), 0.0);
        assertEquals(0.75, Gain.calculateGain(Nonlinearity.SELU), 0.0);
        assertEquals(Math.sqrt(2.0 / (1 + 0.01 * 0.01)), Gain.calculateGain(Nonlinearity.LEAKY_RELU), 0.0);
        assertEquals(Math.sqrt(2.0 / 1.04), Gain.calculateGain(Nonlinearity.LEAKY_RELU, 0.2), 0.0);
        assertEquals(Math.sqrt(2.0), Gain.calculateGain("leaky_relu", 0.0), 0.0);
        assertEquals(Math.sqrt(2.0), Gain.calculateGain("leaky-relu", 0.0), 0.0);
    }

    @Test
    void anUnknownNonlinearityIsRefused() {
        assertEquals("unknown nonlinearity 'gelu': expected one of linear, identity, conv1d, conv2d, conv3d, sigmoid, "
                        + "tanh, relu, leaky_relu, selu",
                assertThrows(IllegalArgumentException.class, () -> Gain.calculateGain("gelu", null)).getMessage());
    }
}
