package org.initlab.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.io.Json;
import org.initlab.io.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code initlab experiment activations} and {@code z-distribution} through {@link AnalysisExperiments#run}. */
class AnalysisExperimentsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void activationsWritesTheSevenArmsAndAManifest() {
        Path json = dir.resolve("activations.json");
        assertTrue(AnalysisExperiments.run("activations", null, json, out));
        JsonNode root = Json.read(json);
        List<String> names = new ArrayList<>();
        root.get("configs").forEach(c -> names.add(c.get("name").asText()));
        assertEquals(List.of("sigmoid/std-1", "sigmoid/std-0.01", "sigmoid/xavier", "relu/std-0.01", "relu/xavier",
                "relu/he", "tanh/xavier"), names);
        JsonNode layer = root.get("configs").get(0).get("layers").get(4);
        assertTrue(layer.get("mean").isDouble() && layer.get("std").isDouble() && layer.get("saturated").isDouble());
        assertEquals(31, layer.get("histogram").get("edges").size());
        assertEquals(0, root.get("seed").asLong());
        JsonNode manifest = Json.read(Manifest.besides(json));
        assertEquals("activations.json", manifest.get("files").get(0).asText());
        assertEquals(0, manifest.get("seed").asLong());
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("relu/he"));
    }

    @Test
    void activationsTakesTheSeedGiven() {
        Path json = dir.resolve("a.json");
        assertTrue(AnalysisExperiments.run("activations", 5L, json, out));
        assertEquals(5, Json.read(json).get("seed").asLong());
        double mean = Json.read(json).get("configs").get(5).get("layers").get(0).get("mean").asDouble();
        ActivationResult he = ActivationExperiment.run(5, 1000, 100, 5, List.of(ActivationConfig.named("relu/he")));
        assertEquals(he.config("relu/he").layer(1).mean(), mean, 0.0);
    }

    @Test
    void zDistributionWritesBothArmsTheoreticalAndEmpiricalStd() throws Exception {
        Path json = dir.resolve("z.json");
        assertTrue(AnalysisExperiments.run("z-distribution", null, json, out));
        JsonNode root = Json.read(json);
        assertEquals(Math.sqrt(501), root.get("large").get("theoretical_std").asDouble(), 0.0);
        assertEquals(Math.sqrt(1.5), root.get("scaled").get("theoretical_std").asDouble(), 0.0);
        assertEquals(1.0, root.get("scaled").get("empirical_std").asDouble() / Math.sqrt(1.5), 0.02);
        assertEquals(Manifest.sha256(json), Manifest.verifyBeside(json).get(Manifest.SHA256).get("z.json").asText());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("z.json", "z.manifest.json"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "the lock it held while it ran is released");
        }
    }

    @Test
    void printsWithoutWritingWhenNoJsonIsAsked() throws Exception {
        assertTrue(AnalysisExperiments.run("activations", 1L, null, out));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("std / layer"));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void leavesOtherNamesToTheTrainingExperiments() {
        assertFalse(AnalysisExperiments.run("he", null, dir.resolve("x.json"), out));
        assertEquals(0, bytes.size());
    }
}
