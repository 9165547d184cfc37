package org.initlab.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.numpy.NativeLog;
import org.initlab.numpy.NativeTrig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ManifestTest {
    /** SHA-256 of the three bytes "abc" (FIPS 180-2, appendix B.1). */
    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dir;

    @Test
    void aManifestRecordsWhetherTheCLibrarysLogSinAndCosWereReached() throws IOException {
        Files.writeString(dir.resolve("result.json"), "{}\n");
        Manifest.write(dir, "he", Map.of("seed", 3), List.of("result.json"));
        JsonNode m = Json.read(dir.resolve(Manifest.FILE_NAME));
        assertEquals(NativeLog.isNative(), m.get("native_math").get("log").asBoolean());
        assertEquals(NativeTrig.isNative(), m.get("native_math").get("sin_cos").asBoolean());
        assertEquals(System.getProperty("os.arch"), m.get("native_math").get("os_arch").asText());
        assertEquals(3, m.get("seed").asInt());
        assertEquals("result.json", m.get("files").get(0).asText());
    }

    @Test
    void aManifestNamesTheSha256OfEachFile() throws IOException {
        Files.writeString(dir.resolve("abc.txt"), "abc");
        Files.writeString(dir.resolve("result.json"), "{}\n");
        Manifest.write(dir, "he", Map.of(), List.of("abc.txt", "result.json"));
        JsonNode hashes = Json.read(dir.resolve(Manifest.FILE_NAME)).get(Manifest.SHA256);
        assertEquals(SHA256_ABC, hashes.get("abc.txt").asText());
        assertEquals(org.initlab.testing.RealData.sha256(dir.resolve("result.json")), hashes.get("result.json").asText());
        assertEquals(2, hashes.size());
        Manifest.verify(dir.resolve(Manifest.FILE_NAME));
    }

    @Test
    void aJsonResultAndTheManifestOfAnotherRunAreToldApart() throws IOException {
        Path a = Files.writeString(dir.resolve("a.json"), "{\"seed\": 1}\n");
        Path b = Files.writeString(dir.resolve("b.json"), "{\"seed\": 2}\n");
        Manifest.writeBeside(a, "train", Map.of("seed", 1));
        Manifest.writeBeside(b, "train", Map.of("seed", 2));
        assertEquals(1, Manifest.verifyBeside(a).get("seed").asInt());
        assertEquals(Manifest.sha256(a), Json.read(dir.resolve("a.manifest.json")).get(Manifest.SHA256).get("a.json").asText());

        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Path a2 = Files.copy(a, other.resolve("a.json"));
        Files.writeString(other.resolve("a.manifest.json"), Files.readString(dir.resolve("a.manifest.json"))
                .replace(Manifest.sha256(a), Manifest.sha256(b)));
        InputException mismatch = assertThrows(InputException.class, () -> Manifest.verifyBeside(a2));
        assertEquals(a2 + ": does not match a.manifest.json (its SHA-256 differs: changed or damaged since InitLab "
                + "wrote it)", mismatch.getMessage());

        Files.copy(dir.resolve("b.manifest.json"), dir.resolve("a.manifest.json"), StandardCopyOption.REPLACE_EXISTING);
        InputException stranger = assertThrows(InputException.class, () -> Manifest.verifyBeside(a));
        assertEquals(a + ": a.manifest.json is not its manifest (it does not name it)", stranger.getMessage());

        Files.delete(dir.resolve("a.manifest.json"));
        InputException none = assertThrows(InputException.class, () -> Manifest.verifyBeside(a));
        assertEquals(a + ": no manifest beside it (a.manifest.json)", none.getMessage());
    }

    @Test
    void verifyingNamesTheFirstFileThatDoesNotMatchInOneLine() throws IOException {
        Files.writeString(dir.resolve("result.json"), "{}\n");
        Files.writeString(dir.resolve("costs.csv"), "iteration,cost\n");
        Path manifest = Manifest.write(dir, "he", Map.of(), List.of("result.json", "costs.csv"));

        Files.writeString(dir.resolve("costs.csv"), "iteration,cost\n0,1\n");
        assertOneLine(dir.resolve("costs.csv") + ": does not match manifest.json (its SHA-256 differs: changed or "
                + "damaged since InitLab wrote it)", manifest);

        Files.delete(dir.resolve("costs.csv"));
        assertOneLine(dir.resolve("costs.csv") + ": missing (manifest.json names it)", manifest);

        Files.writeString(manifest, "{\"files\": [\"result.json\"]}");
        assertOneLine(manifest + ": names no SHA-256 of its files, so they cannot be checked (written before "
                + "manifests had them; run again to rewrite it)", manifest);

        Files.writeString(manifest, "{\"files\": [], \"sha256\": {\"../result.json\": \"00\"}}");
        assertOneLine(manifest + ": names ../result.json, which is not a file beside it", manifest);

        Files.writeString(manifest, "{\"files\": [\"x\"], \"sha256\": {}}");
        assertOneLine(manifest + ": names x without its SHA-256", manifest);

        Files.writeString(manifest, "{\"files\": ");
        InputException e = assertThrows(InputException.class, () -> Manifest.verify(manifest));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertEquals(true, e.getMessage().startsWith(manifest + ": not valid JSON"), e.getMessage());
    }

    private static void assertOneLine(String expected, Path manifest) {
        InputException e = assertThrows(InputException.class, () -> Manifest.verify(manifest));
        assertEquals(expected, e.getMessage());
    }
}
