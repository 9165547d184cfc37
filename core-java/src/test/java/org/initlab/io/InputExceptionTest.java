package org.initlab.io;

import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class InputExceptionTest {
    private static final UnaryOperator<String> UPPER = String::toUpperCase;

    @Test
    void anErrorAboutAFieldNamesTheFieldThenTheValue() {
        InputException e = InputException.of("keepProb", 1.5, "must be in (0, 1]");
        assertEquals("keepProb", e.field());
        assertEquals("keepProb 1.5: must be in (0, 1]", e.getMessage());
        assertEquals("KEEPPROB 1.5: must be in (0, 1]", e.message(UPPER));
    }

    @Test
    void anErrorWithoutAValueNamesOnlyTheField() {
        assertEquals("dataset: a name is needed", InputException.of("dataset", null, "a name is needed").getMessage());
    }

    @Test
    void namedRenamesTheFieldAndTheFieldsTheProblemMentions() {
        InputException e = InputException.of("batchSize", 5, "mini-batches need {epochs}").named(UPPER);
        assertEquals("BATCHSIZE 5: mini-batches need EPOCHS", e.getMessage());
        assertEquals("batchSize", e.field());
        assertEquals("batchSize 5: mini-batches need epochs", e.message(UnaryOperator.identity()));
    }

    @Test
    void anErrorAboutAFileIsLeftAsItIs() {
        InputException e = new InputException("data.mat: variable 'Xval' missing");
        assertNull(e.field());
        assertSame(e, e.named(UPPER));
        assertEquals("data.mat: variable 'Xval' missing", e.message(UPPER));
    }
}
