package org.initlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.io.Json;
import org.initlab.io.Manifest;
import org.initlab.testing.ChildRun;
import org.initlab.testing.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradcheckCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void correctBackwardPassesPrintInTheCoursesWordsWithExitZero() {
        assertEquals(0, Main.run("gradcheck"));
        String[] lines = stdout().split("\n");
        assertEquals(4, lines.length, stdout());
        assertEquals("Your backward propagation works perfectly fine! difference = 2.919335883291695e-10", lines[1]);
        assertTrue(lines[2].endsWith("cost = 2.407833389834357"), lines[2]);
        assertTrue(lines[3].startsWith("Your backward propagation works perfectly fine! difference = 1.1"), lines[3]);
        assertEquals("", stderr());
    }

    @Test
    void plantedErrorExitsOneAndNamesLayer2OnStderr() {
        assertEquals(1, Main.run("gradcheck", "--planted-error"));
        String[] lines = stdout().split("\n");
        assertTrue(lines[lines.length - 1].startsWith("There is a mistake in the backward propagation! difference = 0.4"),
                stdout());
        String message = stderr().strip();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.startsWith("initlab: gradient check failed: difference 0.4"), message);
        assertTrue(message.contains("the backward pass goes wrong in layer 2 ("), message);
    }

    @Test
    void jsonHoldsBothChecksAndAManifestBesideIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gradcheck.json");
        assertEquals(0, Main.run("gradcheck", "--json", file.toString()));
        JsonNode j = Json.read(file);
        assertEquals(2.919335883291695e-10, j.get("toy").get("difference").asDouble(), 0.0);
        assertTrue(j.get("toy").get("passed").asBoolean());
        JsonNode course = j.get("course");
        assertEquals(2.407833389834357, course.get("cost").asDouble(), 1e-12 * 2.407833389834357);
        assertTrue(course.get("passed").asBoolean());
        assertTrue(course.get("difference").asDouble() < 2e-7);
        assertEquals(6, course.get("blocks").size());
        assertEquals(1, course.get("blocks").get(0).get("layer").asInt());
        assertEquals("W", course.get("blocks").get(0).get("param").asText());
        assertFalse(j.has("planted_error"));
        JsonNode manifest = Json.read(Manifest.besides(file));
        assertEquals("gradcheck", manifest.get("run").asText());
        assertEquals("gradcheck.json", manifest.get("files").get(0).asText());
        assertTrue(Files.exists(dir.resolve("gradcheck.manifest.json")));
    }

    @Test
    void jsonOfAPlantedErrorIsWrittenBeforeFailing(@TempDir Path dir) {
        Path file = dir.resolve("planted.json");
        assertEquals(1, Main.run("gradcheck", "--planted-error", "--json", file.toString()));
        JsonNode p = Json.read(file).get("planted_error");
        assertFalse(p.get("passed").asBoolean());
        assertEquals(2, p.get("planted_layer").asInt());
        assertEquals(2, p.get("origin").get("layer").asInt());
        assertEquals(1, p.get("worst").get("layer").asInt());
    }

    /**
     * The first run is held by the test hook with its JSON in place and its manifest written but not yet renamed:
     * the lock covers both files, and a second run is refused before it checks anything.
     */
    @Test
    void aSecondWriterOfTheSameJsonIsRefusedWhileTheFirstHoldsIt(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("g.json");
        try (ChildRun first = ChildRun.pausedAt("g.manifest.json", List.of("gradcheck", "--json", json.toString()))) {
            CliRun.Outcome second = CliRun.run("gradcheck", "--json", json.toString());
            assertEquals(2, second.status(), second.err());
            assertEquals(List.of("initlab: --json " + json + ": in use by another InitLab run (pid " + first.pid()
                    + ")"), second.err().lines().toList());
            assertEquals("", second.out(), "refused at once: no check ran");
            first.resume();
            assertEquals(0, first.waitFor(), first.err());
        }
        assertEquals("gradcheck", Manifest.verifyBeside(json).get("run").asText());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("g.json", "g.manifest.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no lock left");
        }
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8).replace("\r", "");
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8).replace("\r", "");
    }
}
