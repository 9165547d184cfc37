package org.initlab.sweep;

import org.initlab.io.InputException;
import org.initlab.spec.Activation;
import org.initlab.spec.AxisKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An axis's values from the command line's texts, typed. */
class AxisTextTest {
    @Test
    void typedValuesKeepTheGivenOrderAndExpandRanges() {
        assertEquals(List.of(5, 2, 3, 4, 9), AxisText.parse(AxisKind.DEPTH, List.of("5,2-4", "9"), Integer.class));
        assertEquals(List.of(Activation.TANH, Activation.RELU),
                AxisText.parse(AxisKind.HIDDEN, List.of("tanh", "relu"), Activation.class));
    }

    @Test
    void typedValuesRefuseBadTextNamingTheField() {
        InputException e = assertThrows(InputException.class,
                () -> AxisText.parse(AxisKind.ITERATIONS, List.of("10,x"), Integer.class));
        assertEquals("iterations", e.field());
        assertEquals("iterations 10,x: 'x' is not a whole number", e.getMessage());
    }

    @Test
    void aRangeOfMoreValuesThanASweepMayRunIsRefusedBeforeItIsExpanded() {
        InputException e = assertThrows(InputException.class,
                () -> AxisText.parse(AxisKind.WIDTH, List.of("1-2000000000"), Integer.class));
        assertEquals("width", e.field());
        assertEquals("width 1-2000000000: more values than a sweep may run", e.getMessage());
        assertEquals(List.of(2147483646, 2147483647),
                AxisText.parse(AxisKind.WIDTH, List.of("2147483646-2147483647"), Integer.class), "ends at the last int");
    }

    @Test
    void typedValuesOfAnotherTypeThanTheKindsAreAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> AxisText.parse(AxisKind.DEPTH, List.of("2"), Double.class));
    }
}
