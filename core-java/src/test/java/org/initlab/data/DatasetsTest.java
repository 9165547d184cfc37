package org.initlab.data;

import org.initlab.io.InputException;
import org.initlab.testing.RealData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatasetsTest {
    @Test
    void unknownNameListsTheKnownOnes() {
        InputException e = assertThrows(InputException.class, () -> Datasets.load("iris", null));
        assertEquals("dataset iris: unknown data set 'iris': expected one of circles, football, cat, mnist", e.getMessage());
        assertEquals("dataset", e.field());
    }

    @Test
    void namesDispatchToTheirLoaders() {
        assertEquals("circles", Datasets.load("circles", null).name());
        assertEquals(211, Datasets.load("football", RealData.DIR).train().size());
    }

    @Test
    void defaultFolderIsDatasetsUnderTheWorkingDirectory() {
        assertEquals(Path.of("datasets"), Datasets.DEFAULT_DIR);
    }

    @Test
    void missingFilesAreNamedWithThePathAsGiven() {
        Path nowhere = Path.of("no-such-folder");
        InputException e = assertThrows(InputException.class, () -> Datasets.load("football", nowhere));
        assertEquals("no-such-folder/data.mat: missing", e.getMessage());
        e = assertThrows(InputException.class, () -> Datasets.load("cat", nowhere));
        assertEquals("no-such-folder/train_catvnoncat.h5: missing", e.getMessage());
    }
}
