package org.initlab.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesTheWholeFileAndLeavesNoTemporaryFile() throws IOException {
        Path f = AtomicFiles.writeString(dir.resolve("sub/result.json"), "{}\n");
        assertEquals("{}\n", Files.readString(f));
        try (var files = Files.list(f.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aFailingWriterKeepsThePreviousFileIntact() throws IOException {
        Path f = AtomicFiles.writeString(dir.resolve("result.json"), "old");
        assertThrows(InputException.class, () -> AtomicFiles.write(f, out -> {
            out.write("half".getBytes());
            throw new IOException("interrupted");
        }));
        assertEquals("old", Files.readString(f));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "temporary file left behind");
        }
    }

    @Test
    void anUnwritableFolderIsAClearError() throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        InputException e = assertThrows(InputException.class,
                () -> AtomicFiles.writeString(blocker.resolve("result.json"), "{}"));
        assertTrue(e.getMessage().startsWith(blocker.toString()), e.getMessage());
        InputException c = assertThrows(InputException.class,
                () -> AtomicFiles.checkWritableFolder(blocker.resolve("out"), "out"));
        assertTrue(c.getMessage().startsWith("out "), c.getMessage());
    }

    @Test
    void jsonWritesNonFiniteNumbersAsStrings() {
        String json = Json.write(java.util.Map.of("costs", java.util.List.of(
                java.util.List.of(0, Json.number(Double.POSITIVE_INFINITY)),
                java.util.List.of(1000, Json.number(0.6931471805599453)))));
        assertTrue(json.contains("\"inf\""), json);
        assertTrue(json.contains("0.6931471805599453"), json);
    }

    @Test
    void manifestCarriesConfigurationSeedAndVersions() {
        var m = Manifest.of("he", java.util.Map.of("seed", 3L), java.util.List.of("result.json"));
        assertEquals(3L, m.get("seed"));
        assertTrue(((java.util.Map<?, ?>) m.get("versions")).containsKey("dl4j"));
        assertEquals(Path.of("x/result.manifest.json"), Manifest.besides(Path.of("x/result.json")));
    }
}
