package org.initlab.experiment;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReluWithWrongDerivativeTest {
    private static INDArray row(double... v) {
        return Nd4j.createFromArray(v).reshape(1, v.length);
    }

    @Test
    void forwardIsRelu() {
        INDArray a = new ReluWithWrongDerivative().getActivation(row(-2, 0, 0.5, 3), true);
        assertArrayEquals(new double[] {0, 0, 0.5, 3}, a.toDoubleVector(), 0.0);
    }

    @Test
    void defaultDerivativeForgetsTheMask() {
        INDArray dz = new ReluWithWrongDerivative().backprop(row(-2, 0, 0.5, 3), row(1, 2, 3, 4)).getFirst();
        assertArrayEquals(new double[] {1, 2, 3, 4}, dz.toDoubleVector(), 0.0);
    }

    @Test
    void slopesApplyOnEachSideOfZero() {
        INDArray dz = new ReluWithWrongDerivative(1.5, -1).backprop(row(-2, 0, 0.5, 3), row(1, 2, 3, 4)).getFirst();
        assertArrayEquals(new double[] {-1, -2, 4.5, 6}, dz.toDoubleVector(), 0.0);
    }

    @Test
    void survivesDl4jJsonRoundTrip() {
        MultiLayerConfiguration conf = CourseCase.draw().networkWithActivation(2, new ReluWithWrongDerivative(1.5, 0))
                .getLayerWiseConfigurations();
        MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(conf.toJson());
        assertEquals(conf, back);
        assertEquals(new ReluWithWrongDerivative(1.5, 0), ((BaseLayer) back.getConf(1).getLayer()).getActivationFn());
    }
}
