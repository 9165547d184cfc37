package org.initlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.initlab.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --init} on every command that has it, {@code initlab init}'s files, and {@code experiment lsuv}. */
class InitCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "init --init orthogonal:gian=2; initlab: --init orthogonal:gian=2: orthogonal has no key 'gian' (its key: gain)",
            "train --init foo --iterations 1; initlab: --init foo: unknown initializer 'foo': expected one of zeros,",
            "experiment he --init sparse:sparsity=3; initlab: --init sparse:sparsity=3: sparsity 3.0: must be between 0 and 1",
            "init --init lsuv:max-iter=x; initlab: --init lsuv:max-iter=x: max-iter 'x' is not a whole number",
            "init --init he-uniform:scale=2; initlab: --init he-uniform:scale=2: he-uniform takes no keys (got 'scale')",
            "experiment activations --init he-uniform; initlab: --init he-uniform: experiment activations compares",
            "init --init lsuv --layers 3,4,1; initlab: --layers 3,4,1: first size 3 does not match the 2 features"})
    void aBadInitializerIsOneLineNamingItWithExitStatus2(String args, String line) {
        CliRun.Outcome o = CliRun.run(args.split(" "));
        assertEquals(2, o.status(), o.err());
        assertTrue(o.err().startsWith(line), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
    }

    @Test
    void initWritesTheParametersAndAManifestNamingTheFit() throws IOException {
        Path json = dir.resolve("lsuv.json");
        CliRun.Outcome o = CliRun.run("init", "--init", "lsuv:tol=0.01", "--layers", "2,6,4,1", "--seed", "9",
                "--json", json.toString());
        assertEquals(0, o.status(), o.err());
        JsonNode params = new ObjectMapper().readTree(json.toFile());
        assertEquals(6, params.get("W1").size());
        assertEquals(2, params.get("W1").get(0).size());
        assertEquals(0.0, params.get("b3").get(0).get(0).asDouble(), 0.0);
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("lsuv.manifest.json").toFile());
        assertEquals("lsuv:tol=0.01", manifest.get("config").get("init").asText());
        assertEquals("circles", manifest.get("config").get("dataset").asText());
        assertEquals(3, manifest.get("config").get("lsuv").size());
        for (JsonNode fit : manifest.get("config").get("lsuv")) {
            assertEquals(1.0, fit.get("variance_after").asDouble(), 0.01);
        }
        for (String k : new String[]{"log", "sin_cos", "os_arch"}) {
            assertTrue(manifest.get("native_math").has(k), "the manifest records whether native math was reached");
        }
        assertTrue(o.out().contains("Layer 1: Var(Z) "), o.out());
    }

    @Test
    void aJsonFileInAFileIsOneLineNamingJson() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        CliRun.Outcome o = CliRun.run("init", "--init", "he", "--json", file.resolve("params.json").toString());
        assertEquals(2, o.status(), o.err());
        assertTrue(o.err().startsWith("initlab: --json " + file + ": "), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
    }

    @Test
    void initDrawsTheCoursesSchemesToo() {
        CliRun.Outcome he = CliRun.run("init", "--init", "he", "--layers", "2,3,1");
        assertEquals(0, he.status(), he.err());
        assertTrue(he.out().startsWith("{\"W1\": [["), he.out());
        CliRun.Outcome nielsen = CliRun.run("init", "--init", "nielsen", "--layers", "2,3,1", "--seed", "0");
        assertFalse(nielsen.out().contains("\"b1\": [[0.0], [0.0], [0.0]]"), "nielsen draws its biases");
    }

    @Test
    void trainAndExperimentTrainWithACatalogueInitializer() {
        CliRun.Outcome train = CliRun.run("train", "--init", "he-uniform", "--iterations", "20", "--print-every", "10");
        assertEquals(0, train.status(), train.err());
        assertTrue(train.out().startsWith("Cost after iteration 0: "), train.out());
        assertTrue(train.out().contains("Cost after iteration 10: "), train.out());
        CliRun.Outcome experiment = CliRun.run("experiment", "he", "--init", "lsuv", "--iterations", "10");
        assertEquals(0, experiment.status(), experiment.err());
        assertTrue(experiment.out().contains("On the test set:"), experiment.out());
    }

    @Test
    void theLsuvExperimentComparesThreeInitializersOnTwoNetworks() throws IOException {
        Path json = dir.resolve("lsuv.json");
        CliRun.Outcome o = CliRun.run("experiment", "lsuv", "--iterations", "101", "--data-dir", datasets().toString(),
                "--json", json.toString());
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("deep-cat [12288, 20, 7, 5, 1] on cat, 101 iterations"), o.out());
        assertTrue(o.out().contains("deep-circles [2, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 1] on circles"), o.out());
        JsonNode result = new ObjectMapper().readTree(json.toFile());
        assertEquals(2, result.get("networks").size());
        for (JsonNode n : result.get("networks")) {
            assertEquals(3, n.get("arms").size());
            JsonNode v = n.get("pre_activation_variance");
            int depth = n.get("layers").size() - 1;
            for (String k : new String[]{"orthogonal", "lsuv", "he", "xavier"}) {
                assertEquals(depth, v.get(k).size(), k);
            }
            for (JsonNode x : v.get("lsuv")) {
                assertEquals(1.0, x.asDouble(), 0.1);
            }
            assertTrue(v.get("orthogonal").get(depth - 1).asDouble() < 0.1, "the orthogonal start's variance shrinks");
            assertEquals("lsuv", n.get("arms").get(0).get("config").get("init").asText());
            assertTrue(n.get("arms").get(0).get("costs").size() >= 2);
        }
        assertTrue(Files.isRegularFile(dir.resolve("lsuv.manifest.json")));
    }

    static Path datasets() {
        return Files.isDirectory(Path.of("../datasets")) ? Path.of("../datasets") : Path.of("datasets");
    }
}
