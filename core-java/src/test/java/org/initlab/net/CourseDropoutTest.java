package org.initlab.net;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.spec.DropoutMode;
import org.initlab.spec.ExperimentSpec;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class CourseDropoutTest {
    private static final LayerWorkspaceMgr NO_WS = LayerWorkspaceMgr.noWorkspaces();

    private static INDArray apply(CourseDropout d, INDArray in) {
        return d.applyDropout(in, Nd4j.createUninitialized(DataType.DOUBLE, in.shape()), 0, 0, NO_WS);
    }

    private static INDArray ones(int m, int units) {
        return Nd4j.ones(DataType.DOUBLE, m, units);
    }

    @Test
    void faithfulMaskIsTheCoursesDrawsAfterSeedOneAndTheEarlierLayersMasks() {
        int m = 5;
        int units = 3;
        CourseDropout d = new CourseDropout(0.86, DropoutMode.FAITHFUL, 4, 0, 3, 75);
        INDArray out = apply(d, ones(m, units));
        NumpyRandomState s = new NumpyRandomState(1);
        for (int k = 0; k < 4 * m; k++) {
            s.rand();
        }
        for (int j = 0; j < units; j++) {
            for (int i = 0; i < m; i++) {
                double expected = s.rand() < 0.86 ? 1.0 / 0.86 : 0.0;
                assertEquals(expected, out.getDouble(i, j), 0.0, "unit " + j + ", example " + i);
            }
        }
        assertEquals(out, apply(d, ones(m, units)));
    }

    @Test
    void outputIsActivationTimesMaskOverKeepProbAndBackpropUsesTheSameMask() {
        CourseDropout d = new CourseDropout(0.7, DropoutMode.FAITHFUL, 0, 0, 3, 0);
        INDArray a = Nd4j.rand(DataType.DOUBLE, 6, 4);
        INDArray mask = apply(d, ones(6, 4)).mul(0.7);
        INDArray out = apply(d, a);
        INDArray grad = Nd4j.rand(DataType.DOUBLE, 6, 4);
        INDArray back = d.backprop(grad.dup(), Nd4j.createUninitialized(DataType.DOUBLE, 6, 4), 0, 0);
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(a.getDouble(i, j) * mask.getDouble(i, j) / 0.7, out.getDouble(i, j), 0.0);
                assertEquals(grad.getDouble(i, j) * mask.getDouble(i, j) / 0.7, back.getDouble(i, j), 0.0);
            }
        }
    }

    @Test
    void freshMasksContinueTheSharedRunStreamLayerAfterLayer() {
        NumpyRandomState shared = new NumpyRandomState(5);
        CourseDropout first = new CourseDropout(0.5, DropoutMode.FRESH, 0, 2, 5, 0);
        CourseDropout second = new CourseDropout(0.5, DropoutMode.FRESH, 3, 0, 5, 0);
        first.attachStream(shared);
        second.attachStream(shared);
        CourseDropout firstAlone = first.clone();
        CourseDropout secondAlone = second.clone();
        firstAlone.attachStream(null);
        secondAlone.attachStream(null);
        INDArray previous = null;
        for (int pass = 0; pass < 3; pass++) {
            INDArray a = apply(first, ones(4, 3));
            INDArray b = apply(second, ones(4, 2));
            assertEquals(a, apply(firstAlone, ones(4, 3)), "pass " + pass);
            assertEquals(b, apply(secondAlone, ones(4, 2)), "pass " + pass);
            if (previous != null) {
                assertNotEquals(previous, a);
            }
            previous = a;
        }
        NumpyRandomState check = new NumpyRandomState(5);
        for (int k = 0; k < 3 * (3 + 2) * 4; k++) {
            check.rand();
        }
        assertEquals(check.rand(), shared.rand(), 0.0);
    }

    @Test
    void inferenceAppliesNoDropout() {
        ExperimentSpec spec = ExperimentSpec.builder().keepProb(0.5).build();
        MultiLayerNetwork withDropout = CourseNetworks.build(spec, 300);
        MultiLayerNetwork without = CourseNetworks.build(spec.toBuilder().keepProb(1.0).build(), 300);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 9, 2);
        assertArrayEquals(without.params().toDoubleVector(), withDropout.params().toDoubleVector(), 0.0);
        assertEquals(without.output(x, false), withDropout.output(x, false));
        assertNotEquals(without.output(x, true), withDropout.output(x, true));
    }
}
