package org.initlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.io.Json;
import org.initlab.testing.CliRun;
import org.initlab.testing.CliRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --record-every}: the printed lines stay those without it, while --json and --out hold the extra points. */
class RecordEveryCliTest {
    @TempDir
    Path dir;

    @Test
    void trainPrintsTheSameLinesAndWritesTheRecordedPoints() throws IOException {
        Path plainJson = dir.resolve("plain.json");
        Path recordedJson = dir.resolve("recorded.json");
        Path out = dir.resolve("run");
        Outcome plain = CliRun.run("train", "--iterations", "300", "--print-every", "100", "--json",
                plainJson.toString());
        Outcome recorded = CliRun.run("train", "--iterations", "300", "--print-every", "100", "--record-every", "7",
                "--json", recordedJson.toString(), "--out", out.toString());
        assertEquals(0, plain.status(), plain.err());
        assertEquals(0, recorded.status(), recorded.err());
        assertEquals(plain.out(), recorded.out());
        assertEquals(3, plain.out().lines().filter(l -> l.startsWith("Cost after iteration ")).count());

        List<Long> expected = new ArrayList<>();
        for (long t = 0; t < 300; t++) {
            if (t % 7 == 0 || t % 100 == 0) {
                expected.add(t);
            }
        }
        assertEquals(List.of(0L, 100L, 200L), iterations(Json.read(plainJson)));
        assertEquals(expected, iterations(Json.read(recordedJson)));
        assertEquals(7, Json.read(recordedJson).get("config").get("record_every").asInt());
        assertTrue(Json.read(plainJson).get("config").get("record_every") == null);
        List<String> csv = Files.readAllLines(out.resolve("costs.csv"));
        assertEquals(expected.size() + 1, csv.size());
        assertEquals("7", csv.get(2).split(",")[0]);
        // the printed costs are the recorded ones at the printed iterations
        for (String line : plain.out().lines().filter(l -> l.startsWith("Cost after iteration ")).toList()) {
            String[] parts = line.substring("Cost after iteration ".length()).split(": ");
            assertTrue(csv.contains(parts[0] + "," + parts[1]), line + " in costs.csv");
        }
    }

    @Test
    void experimentTakesItToo() {
        Path json = dir.resolve("he.json");
        Outcome o = CliRun.run("experiment", "he", "--iterations", "2000", "--record-every", "250", "--json",
                json.toString());
        assertEquals(0, o.status(), o.err());
        assertEquals(2, o.out().lines().filter(l -> l.startsWith("Cost after iteration ")).count());
        assertEquals(List.of(0L, 250L, 500L, 750L, 1000L, 1250L, 1500L, 1750L), iterations(Json.read(json)));
    }

    private static List<Long> iterations(JsonNode result) {
        List<Long> its = new ArrayList<>();
        result.get("costs").forEach(p -> its.add(p.get(0).asLong()));
        return its;
    }
}
