package org.initlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.io.Json;
import org.initlab.io.Manifest;
import org.initlab.io.ResultFolder;
import org.initlab.testing.CliRun;
import org.initlab.testing.CliRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code initlab experiment activations} and {@code z-distribution} write what they are asked to: {@code --out DIR}
 * is a result folder with {@code result.json}, the pictures the scripts draw and the manifest; {@code --json FILE} the
 * same result with its manifest beside it. Options of training they have no use for are refused in one line, not
 * ignored. ({@code experiment doctor --out} is in {@link DoctorCommandTest}.)
 */
class AnalysisOutputTest {
    @TempDir
    Path tmp;

    @Test
    void activationsOutIsAResultFolderWithTheSevenRowsOfHistograms() throws IOException {
        Path out = tmp.resolve("e4");
        Path json = tmp.resolve("e4.json");
        Outcome o = CliRun.run("experiment", "activations", "--seed", "2", "--out", out.toString(),
                "--json", json.toString());
        assertEquals(0, o.status(), o.err());
        assertEquals("Results written to " + out + "\n", o.err());
        JsonNode manifest = ResultFolder.verify(out);
        assertEquals("experiment activations", manifest.get("run").asText());
        assertEquals(2, manifest.get("seed").asInt());
        List<String> pictures = new ArrayList<>();
        for (String arm : List.of("sigmoid-std-1", "sigmoid-std-0.01", "sigmoid-xavier", "relu-std-0.01",
                "relu-xavier", "relu-he", "tanh-xavier")) {
            pictures.add("activations-" + arm + ".svg");
            pictures.add("activations-" + arm + ".png");
        }
        List<String> files = new ArrayList<>(List.of("result.json"));
        files.addAll(pictures);
        assertEquals(files, texts(manifest.get("files")));
        assertEquals(Stream.concat(files.stream(), Stream.of(Manifest.FILE_NAME)).sorted().toList(), names(out));
        assertTrue(Files.readString(out.resolve("activations-relu-he.svg")).contains("<svg"));
        assertTrue(Files.size(out.resolve("activations-relu-he.png")) > 1000);
        assertEquals(Files.readString(json), Files.readString(out.resolve("result.json")));
        assertEquals(2, Json.read(out.resolve("result.json")).get("seed").asInt());
        assertEquals(2, Manifest.verifyBeside(json).get("seed").asInt());
    }

    @Test
    void zDistributionOutHoldsTheDensitiesPicture() throws IOException {
        Path out = tmp.resolve("e4b");
        Outcome o = CliRun.run("experiment", "z-distribution", "--out", out.toString());
        assertEquals(0, o.status(), o.err());
        assertEquals(List.of("result.json", "z-distribution.svg", "z-distribution.png"),
                texts(ResultFolder.verify(out).get("files")));
        assertEquals(Math.sqrt(501), Json.read(out.resolve("result.json")).get("large").get("theoretical_std")
                .asDouble(), 0.0);
        assertEquals(List.of("e4b"), names(tmp), "no lock or hidden folder beside it");
    }

    @Test
    void optionsAnAnalysisHasNoUseForAreRefusedNotIgnored() throws IOException {
        assertRefused("experiment activations takes --seed, --json and --out, not --iterations",
                "experiment", "activations", "--iterations", "10");
        assertRefused("experiment z-distribution takes --seed, --json and --out, not --data-dir",
                "experiment", "z-distribution", "--data-dir", tmp.toString());
        assertRefused("experiment activations takes --seed, --json and --out, not --engine",
                "experiment", "activations", "--engine", "dl4j", "--out", tmp.resolve("e4").toString());
        assertRefused("experiment doctor takes --data-dir, --json and --out, not --record-every",
                "experiment", "doctor", "--record-every", "5");
        assertRefused("experiment doctor takes --data-dir, --json and --out, not --epochs",
                "experiment", "doctor", "--epochs", "5");
        assertRefused("--init he: experiment z-distribution compares initializers of its own",
                "experiment", "z-distribution", "--init", "he");
        Path file = Files.writeString(tmp.resolve("in-the-way"), "mine");
        assertRefused("--out " + file + ": not a folder (a file is in the way)",
                "experiment", "z-distribution", "--out", file.toString());
        assertEquals(List.of("in-the-way"), names(tmp), "nothing written by a refused run");
    }

    private static void assertRefused(String message, String... args) {
        Outcome o = CliRun.run(args);
        assertEquals(2, o.status(), o.err());
        assertEquals("initlab: " + message + "\n", o.err());
        assertEquals("", o.out(), "refused before it ran");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
