package org.initlab.experiment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExperimentsTest {
    @Test
    void namesAreACopyThatCannotChangeTheCatalog() {
        List<String> names = Experiments.names();
        assertEquals(List.of("zeros", "random", "he", "noreg", "l2", "dropout", "deep-cat", "mnist-large",
                "mnist-scaled"), names);
        assertThrows(UnsupportedOperationException.class, () -> names.remove("he"));
        assertEquals("he", Experiments.get("he").name());
    }
}
