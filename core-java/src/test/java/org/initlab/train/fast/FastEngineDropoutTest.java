package org.initlab.train.fast;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.spec.DropoutMode;
import org.initlab.spec.ExperimentSpec;
import org.initlab.testing.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Inverted-dropout masks: the course's faithful re-seeding, fresh masks from the run's stream, and their layout. */
class FastEngineDropoutTest {
    private static final int[] SIZES = {2, 3, 2, 1};

    private static Layout layout(LayoutKind kind) {
        return kind.create(new Parallel(1));
    }

    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void faithfulMasksAreTheDrawsAfterSeedOneInCourseOrder(LayoutKind kind) {
        Layout layout = layout(kind);
        DropoutMasks masks = new DropoutMasks(0.6, DropoutMode.FAITHFUL, SIZES, null, layout, 4);
        double[][][] first = masks.next(4);

        NumpyRandomState s = new NumpyRandomState(1);
        for (int l = 1; l <= 2; l++) {
            for (int j = 0; j < SIZES[l]; j++) {
                for (int i = 0; i < 4; i++) {
                    double expected = s.rand() < 0.6 ? 1.0 : 0.0;
                    assertEquals(expected, layout.get(first[l], j, i), "D" + l + "[" + j + "," + i + "]");
                }
            }
        }
        assertSame(first, masks.next(4), "the same masks at every pass");
        double[][] last = masks.next(2)[1];
        assertEquals(layout.rows(3, 2), last.length, "a smaller last batch has masks of its own size");
        assertEquals(layout.length(3, 2), last[0].length);
    }

    @Test
    void freshMaskMatchesNumpysRandLessThanKeepProb() {
        DropoutMasks masks = new DropoutMasks(0.86, DropoutMode.FRESH, new int[]{1, 3, 1}, new NumpyRandomState(7),
                layout(LayoutKind.COLUMN), 2);
        double[] expected = Reference.doubles(Reference.json("numpy_rng.json").get("seed7_rand_3x2_lt_0.86"));
        double[][] mask = masks.next(2)[1];
        assertArrayEquals(expected, new double[]{mask[0][0], mask[0][1], mask[1][0], mask[1][1], mask[2][0],
                mask[2][1]}, 0.0, "rand(3, 2) < 0.86 in C order");
    }

    @Test
    void freshMasksChangeEveryPassAndRepeatForTheSameSeed() {
        DropoutMasks a = new DropoutMasks(0.5, DropoutMode.FRESH, SIZES, new NumpyRandomState(3),
                layout(LayoutKind.COLUMN), 50);
        DropoutMasks b = new DropoutMasks(0.5, DropoutMode.FRESH, SIZES, new NumpyRandomState(3),
                layout(LayoutKind.COLUMN), 50);
        double[] a1 = a.next(50)[1][0].clone();
        double[] a2 = a.next(50)[1][0].clone();
        double[] b1 = b.next(50)[1][0].clone();
        double[] b2 = b.next(50)[1][0].clone();

        assertFalse(java.util.Arrays.equals(a1, a2), "new masks at the second pass");
        assertArrayEquals(a1, b1, 0.0);
        assertArrayEquals(a2, b2, 0.0);
    }

    private static Map<Long, Double> costs(ExperimentSpec spec) {
        NumpyCase c = NumpyCase.named("relu_fresh_dropout");
        MultiLayerNetwork net = c.network();
        RecordingProgress p = new RecordingProgress();
        FastTraining.train(spec, c.data(), net, p);
        return p.costs;
    }

    @Test
    void freshDropoutRunsAreReproducibleAndDependOnTheSeed() {
        ExperimentSpec spec = NumpyCase.named("relu_fresh_dropout").spec();
        Map<Long, Double> once = costs(spec);

        assertEquals(once, costs(spec));
        assertNotEquals(once.get(450L), costs(spec.toBuilder().seed(4).build()).get(450L));
        assertNotEquals(once.get(450L), costs(spec.toBuilder().dropoutMode(DropoutMode.FAITHFUL).build()).get(450L));
    }
}
