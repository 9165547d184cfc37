package org.initlab.experiment;

import org.initlab.analysis.GradientCheck;
import org.initlab.testing.Reference;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToyCheckTest {
    private static final double REFERENCE =
            Reference.json("gradient_check.json").get("toy_1d_J=theta*x_x=2_theta=4").asDouble();

    @Test
    void courseToyGivesNumpysDifferenceBitForBit() {
        ToyCheck toy = ToyCheck.course();
        assertEquals(2.919335883291695e-10, REFERENCE, 0.0);
        assertEquals(Double.doubleToLongBits(REFERENCE), Double.doubleToLongBits(toy.difference()));
        assertTrue(toy.passed());
    }

    @Test
    void analyticDerivativeIsXAndTheCentralDifferenceIsOffOnlyByRounding() {
        ToyCheck toy = ToyCheck.course();
        assertEquals(2.0, toy.grad(), 0.0);
        assertEquals(((4 + 1e-7) * 2 - (4 - 1e-7) * 2) / (2 * 1e-7), toy.gradapprox(), 0.0);
        assertEquals(2.0, toy.gradapprox(), 2e-9);
    }

    @Test
    void aLargeStepStillMatchesBecauseJIsLinear() {
        ToyCheck toy = ToyCheck.of(3, -1.5, 0.5, GradientCheck.THRESHOLD);
        assertEquals(3.0, toy.gradapprox(), 0.0);
        assertEquals(0.0, toy.difference(), 0.0);
    }

    @Test
    void tinyThresholdFailsTheToy() {
        assertFalse(ToyCheck.of(2, 4, 1e-7, 1e-12).passed());
    }
}
