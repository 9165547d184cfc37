package org.initlab.spec;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The canonical texts of a sweep's values, from which its configurations are hashed. */
class AxisKindTest {
    @Test
    void everyKindOfValueHasTheTextItIsHashedBy() {
        assertEquals("circles", AxisKind.DATASET.text("circles"));
        assertEquals("2,10,5,1", AxisKind.LAYERS.text(List.of(2, 10, 5, 1)));
        assertEquals("3", AxisKind.DEPTH.text(3));
        assertEquals("3", AxisKind.WIDTH.text(3L));
        assertEquals("tanh", AxisKind.HIDDEN.text(Activation.TANH));
        assertEquals("softmax", AxisKind.OUTPUT.text(Output.SOFTMAX));
        assertEquals("cross-entropy", AxisKind.COST.text(Cost.CROSS_ENTROPY));
        assertEquals("he", AxisKind.INIT.text(InitSpec.of(InitScheme.HE)));
        assertEquals("0.001", AxisKind.LEARNING_RATE.text(1e-3));
        assertEquals("1.0", AxisKind.LAMBDA.text(1));
        assertEquals("0.5", AxisKind.KEEP_PROB.text(0.5));
        assertEquals("fresh", AxisKind.DROPOUT_MODE.text(DropoutMode.FRESH));
        assertEquals("dl4j", AxisKind.ENGINE.text(EngineKind.DL4J));
    }

    @Test
    void aSingleValuesTextIsPythonsForDoublesAndTheIdForNamedOnes() {
        assertEquals("1e-05", Identified.text(1e-5));
        assertEquals("0.30000000000000004", Identified.text(0.1 + 0.2));
        assertEquals("cross-entropy", Identified.text(Cost.CROSS_ENTROPY));
        assertEquals("7", Identified.text(7));
    }
}
