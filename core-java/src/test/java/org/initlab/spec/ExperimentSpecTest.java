package org.initlab.spec;

import org.initlab.io.InputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExperimentSpecTest {
    @Test
    void layerTooLargeForAnArrayIsAnInputError() {
        InputException e = assertThrows(InputException.class,
                () -> ExperimentSpec.builder().layers(2, 46341, 46341, 1).build());
        assertEquals("--layers 2,46341,46341,1: layer 2 would have 2147488281 weights; at most 2147483639 fit in "
                + "one array", e.getMessage());
    }

    @Test
    void layerOneWeightPastTheLargestArrayIsAnInputError() {
        InputException e = assertThrows(InputException.class,
                () -> ExperimentSpec.builder().layers(2, 8, 268435455, 1).build());
        assertEquals("--layers 2,8,268435455,1: layer 2 would have 2147483640 weights; at most 2147483639 fit in "
                + "one array", e.getMessage());
    }

    @Test
    void layerFillingTheLargestArrayIsAValidSpecification() {
        ExperimentSpec spec = ExperimentSpec.builder().layers(2, 7, 306783377, 1).build();
        assertEquals(7L * 306783377, ExperimentSpec.MAX_LAYER_WEIGHTS);
        assertEquals(List.of(2, 7, 306783377, 1), spec.describe().get("layers"));
    }
}
