package org.initlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.io.Json;
import org.initlab.io.Manifest;
import org.initlab.io.ResultFolder;
import org.initlab.testing.ChildRun;
import org.initlab.testing.CliRun;
import org.initlab.testing.CliRun.Outcome;
import org.initlab.train.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Two runs aimed at one result: the second is refused at its start (exit 2, nothing trained, one line naming the
 * first's pid) while the first writes, and the first's folder is whole and its own (every file matches the manifest,
 * and the costs and the model are those of the first run's seed). Runs into different folders do not interfere. A
 * failed run releases its lock and leaves nothing. The first run is held by the test hook
 * {@code -Dinitlab.test.pauseWriting=NAME} with everything written and the folder not yet in place.
 */
class ConcurrentRunsTest {
    @TempDir
    Path tmp;

    @Test
    void twoRunsIntoOneFolderOneIsRefusedAndTheOthersFolderIsWholeAndItsOwn() throws IOException {
        Path cc = tmp.resolve("cc");
        Path elsewhere = tmp.resolve("dd");
        try (ChildRun first = ChildRun.pausedAt("cc", train("1", "--out", cc.toString()))) {
            Outcome second = CliRun.run(train("2", "--out", cc.toString()).toArray(String[]::new));
            assertEquals(2, second.status(), second.err());
            assertEquals("initlab: --out " + cc + ": in use by another InitLab run (pid " + first.pid() + ")\n",
                    second.err());
            assertEquals("", second.out(), "refused at the start: nothing trained");
            assertFalse(Files.exists(cc), "the first run's folder is not in place yet");

            Outcome beside = CliRun.run(train("2", "--out", elsewhere.toString()).toArray(String[]::new));
            assertEquals(0, beside.status(), "another folder is free: " + beside.err());

            first.resume();
            assertEquals(0, first.waitFor(), first.err());
        }

        JsonNode manifest = ResultFolder.verify(cc);
        assertEquals(1, manifest.get("seed").asInt());
        assertEquals(1, Json.read(cc.resolve(RunFiles.RESULT)).get("config").get("seed").asInt());
        Path alone = tmp.resolve("alone");
        assertEquals(0, CliRun.run(train("1", "--out", alone.toString()).toArray(String[]::new)).status());
        assertEquals(Files.readString(alone.resolve(RunFiles.COSTS)), Files.readString(cc.resolve(RunFiles.COSTS)),
                "the costs are the seed-1 run's");
        assertArrayEquals(RunFiles.loadModel(alone.resolve(RunFiles.MODEL)).params().toDoubleVector(),
                RunFiles.loadModel(cc.resolve(RunFiles.MODEL)).params().toDoubleVector(), "so is the model");
        assertEquals(2, Json.read(elsewhere.resolve(Manifest.FILE_NAME)).get("seed").asInt());
        assertEquals(List.of("alone", "cc", "dd"), names(tmp), "no lock or hidden folder left");
    }

    @Test
    void aJsonResultHasOneWriterTooAndItsManifestNamesItsHash() {
        Path json = tmp.resolve("r.json");
        try (ChildRun first = ChildRun.pausedAt("r.json", train("1", "--json", json.toString()))) {
            Outcome second = CliRun.run(train("2", "--json", json.toString()).toArray(String[]::new));
            assertEquals(2, second.status(), second.err());
            assertEquals("initlab: --json " + json + ": in use by another InitLab run (pid " + first.pid() + ")\n",
                    second.err());
            first.resume();
            assertEquals(0, first.waitFor(), first.err());
        }
        assertEquals(1, Manifest.verifyBeside(json).get("seed").asInt());
        assertEquals(List.of("r.json", "r.manifest.json"), names(tmp));
    }

    @Test
    void aFailedRunReleasesItsLocksAndLeavesNothing() {
        Path cc = tmp.resolve("out/cc");
        Outcome failed = CliRun.run("train", "--dataset", "football", "--layers", "2,20,3,1", "--data-dir",
                tmp.resolve("nowhere").toString(), "--iterations", "5", "--out", cc.toString(),
                "--json", tmp.resolve("out/r.json").toString());
        assertEquals(2, failed.status(), failed.err());
        assertEquals(List.of(), names(tmp), "no folder, lock or hidden folder; not even the folder out/ it created");

        Outcome next = CliRun.run(train("1", "--out", cc.toString()).toArray(String[]::new));
        assertEquals(0, next.status(), next.err());
        assertFalse(next.err().contains("took over"), "the failed run's lock was released: " + next.err());
    }

    private static List<String> train(String seed, String... output) {
        List<String> args = new ArrayList<>(List.of("train", "--iterations", "2000", "--print-every", "500",
                "--seed", seed));
        args.addAll(List.of(output));
        return args;
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
