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
        assertEquals("layers 2,46341,46341,1: layer 2 would have 2147488281 weights; at most 2147483639 fit in "
                + "one array", e.getMessage());
    }

    @Test
    void layerOneWeightPastTheLargestArrayIsAnInputError() {
        InputException e = assertThrows(InputException.class,
                () -> ExperimentSpec.builder().layers(2, 8, 268435455, 1).build());
        assertEquals("layers 2,8,268435455,1: layer 2 would have 2147483640 weights; at most 2147483639 fit in "
                + "one array", e.getMessage());
    }

    @Test
    void layerFillingTheLargestArrayIsAValidSpecification() {
        ExperimentSpec spec = ExperimentSpec.builder().layers(2, 7, 306783377, 1).build();
        assertEquals(7L * 306783377, ExperimentSpec.MAX_LAYER_WEIGHTS);
        assertEquals(List.of(2, 7, 306783377, 1), spec.describe().get("layers"));
    }

    @Test
    void aBadValueIsAnErrorAboutItsFieldNotAboutACommandLineOption() {
        InputException e = assertThrows(InputException.class,
                () -> ExperimentSpec.builder().learningRate(-1).build());
        assertEquals("learningRate", e.field());
        assertEquals("learningRate -1.0: must be a positive number", e.getMessage());
        assertEquals("--lr -1.0: must be a positive number", e.message(f -> f.equals("learningRate") ? "--lr" : f));
    }

    @Test
    void otherFieldsAProblemMentionsAreNamedTheSameWay() {
        InputException e = assertThrows(InputException.class,
                () -> ExperimentSpec.builder().output(Output.SOFTMAX).build());
        assertEquals("output softmax: needs at least 2 output units, layers ends in 1", e.getMessage());
        assertEquals("<output> softmax: needs at least 2 output units, <layers> ends in 1",
                e.message(f -> "<" + f + ">"));
        InputException batch = assertThrows(InputException.class,
                () -> ExperimentSpec.builder().iterations(10).epochs(0, 5).build());
        assertEquals("batchSize 5: mini-batches need epochs", batch.getMessage());
    }
}
