package org.initlab.analysis;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.impl.ActivationLReLU;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivationProfileTest {

    @Test
    void knowsTheFlatPointsAndRangesOfDl4jActivations() {
        assertEquals(ActivationProfile.SIGMOID, ActivationProfile.of(Activation.SIGMOID.getActivationFunction()));
        assertEquals(ActivationProfile.TANH, ActivationProfile.of(Activation.TANH.getActivationFunction()));
        assertEquals(ActivationProfile.RELU, ActivationProfile.of(Activation.RELU.getActivationFunction()));
        assertEquals(List.of(0.0, 6.0), ActivationProfile.of(Activation.RELU6.getActivationFunction()).flatPoints());
        assertEquals(List.of(-1.0, 1.0),
                ActivationProfile.of(Activation.HARDTANH.getActivationFunction()).flatPoints());
        assertTrue(ActivationProfile.of(Activation.IDENTITY.getActivationFunction()).flatPoints().isEmpty());
        assertTrue(ActivationProfile.of(new ActivationLReLU(0.01)).flatPoints().isEmpty());
    }

    @Test
    void sigmoidValuesWithinATenthOfZeroOrOneAreSaturated() {
        double[] a = {0.0, 0.05, 0.1, 0.11, 0.5, 0.89, 0.9, 0.95, 1.0, 0.3};
        assertEquals(0.6, ActivationProfile.SIGMOID.saturated(a), 0.0);
    }

    @Test
    void tanhCountsBothEndsAndReluCountsItsZeros() {
        assertEquals(0.5, ActivationProfile.TANH.saturated(new double[] {-0.95, 0.0, 0.5, 0.99}), 0.0);
        assertEquals(0.75, ActivationProfile.RELU.saturated(new double[] {0.0, 0.0, 0.05, 2.0}), 0.0);
    }

    @Test
    void anActivationWithoutFlatPointsHasNoSaturatedShare() {
        assertTrue(Double.isNaN(ActivationProfile.unknown("identity").saturated(new double[] {0.0, 1.0})));
    }

    @Test
    void histogramsBoundedActivationsOverTheirRangeAndOthersOverTheData() {
        double[] a = {0.25, 0.5, 2.0};
        assertEquals(1.0, ActivationProfile.SIGMOID.histogram(a, 4).hi());
        assertEquals(2, ActivationProfile.SIGMOID.histogram(a, 4).total());
        assertEquals(0.25, ActivationProfile.RELU.histogram(a, 4).lo());
        assertEquals(2.0, ActivationProfile.RELU.histogram(a, 4).hi());
        assertFalse(ActivationProfile.RELU.bounded());
    }
}
