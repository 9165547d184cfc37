package org.initlab.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientCheckResultTest {
    private static ParameterBlock block(int layer, String param, double difference) {
        return new ParameterBlock(layer, param, (layer - 1) + "_" + param, 0, 3, difference);
    }

    private static GradientCheckResult result(double difference, ParameterBlock... blocks) {
        return new GradientCheckResult(difference, 2e-7, 1e-7, 0.5, List.of(blocks), new double[0], new double[0]);
    }

    @Test
    void worstIsTheLargestBlockDifference() {
        GradientCheckResult r = result(0.3, block(1, "W", 0.5), block(1, "b", 0.6), block(2, "W", 0.4),
                block(2, "b", 3e-7));
        assertEquals("layer 1 (b)", r.worst().name());
    }

    @Test
    void originIsTheDeepestLayerAboveTheNoise() {
        ParameterBlock w2 = block(2, "W", 0.4);
        GradientCheckResult r = result(0.3, block(1, "W", 0.5), block(1, "b", 0.6), w2, block(2, "b", 0.1),
                block(3, "W", 2e-8), block(3, "b", 2.5e-7));
        assertSame(w2, r.origin());
        assertEquals("gradient check failed: difference 0.3 > 2e-07; the backward pass goes wrong in layer 2 (W): "
                + "difference 0.4 (3 parameters); layer 1 (b), before it, inherits the error and disagrees most: "
                + "difference 0.6", r.failureMessage());
    }

    @Test
    void errorInTheDeepestFailingLayerIsNamedOnce() {
        GradientCheckResult r = result(0.2, block(1, "W", 0.1), block(2, "W", 0.3), block(2, "b", 1e-9));
        assertEquals("gradient check failed: difference 0.2 > 2e-07; layer 2 (W) disagrees most: difference 0.3 "
                + "(3 parameters)", r.failureMessage());
    }

    @Test
    void nanFailsAndCountsAsTheWorst() {
        GradientCheckResult r = result(Double.NaN, block(1, "W", 0.1), block(2, "b", Double.NaN));
        assertFalse(r.passed());
        assertEquals("layer 2 (b)", r.worst().name());
        assertEquals("layer 2 (b)", r.origin().name());
    }

    @Test
    void thresholdItselfPasses() {
        assertTrue(result(2e-7, block(1, "W", 2e-7)).passed());
    }
}
