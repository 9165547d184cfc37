package org.initlab.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.numpy.NativeLog;
import org.initlab.numpy.NativeTrig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ManifestTest {
    @TempDir
    Path dir;

    @Test
    void aManifestRecordsWhetherTheCLibrarysLogSinAndCosWereReached() {
        Manifest.write(dir, "he", Map.of("seed", 3), List.of("result.json"));
        JsonNode m = Json.read(dir.resolve(Manifest.FILE_NAME));
        assertEquals(NativeLog.isNative(), m.get("native_math").get("log").asBoolean());
        assertEquals(NativeTrig.isNative(), m.get("native_math").get("sin_cos").asBoolean());
        assertEquals(System.getProperty("os.arch"), m.get("native_math").get("os_arch").asText());
        assertEquals(3, m.get("seed").asInt());
        assertEquals("result.json", m.get("files").get(0).asText());
    }
}
