package org.initlab.cli;

import org.initlab.data.Circles;
import org.initlab.data.Dataset;
import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.io.InputException;
import org.initlab.io.Json;
import org.initlab.io.Manifest;
import org.initlab.testing.CliRun;
import org.initlab.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsShapesAndClassBalance() throws Exception {
        assertEquals("circles: train 300 x 2 (outer 150, inner 150), test 100 x 2 (outer 50, inner 50)\n",
                run("circles"));
        assertEquals("football: train 211 x 2 (opponent 105, france 106), test 200 x 2 (opponent 113, france 87)\n",
                run("football", "--data-dir", RealData.DIR.toString()));
    }

    @Test
    void csvHasOneRoundTrippingRowPerExample() throws Exception {
        Path csv = dir.resolve("circles.csv");
        String out = run("circles", "--out", csv.toString());
        assertTrue(out.endsWith("wrote " + csv + " (400 examples)\n"), out);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(401, lines.size());
        assertEquals("split,x0,x1,label", lines.get(0));
        Dataset circles = Circles.load();
        String[] first = lines.get(1).split(",");
        assertEquals("train", first[0]);
        assertEquals(circles.train().x().get(0, 0), Double.parseDouble(first[1]));
        assertEquals(circles.train().x().get(0, 1), Double.parseDouble(first[2]));
        assertEquals(Integer.toString(circles.train().labels()[0]), first[3]);
        String[] last = lines.get(400).split(",");
        assertEquals("test", last[0]);
        assertEquals(circles.test().x().get(99, 1), Double.parseDouble(last[2]));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(csv, dir.resolve("circles.manifest.json")), files.sorted().toList());
        }
    }

    /** Every run that writes a result writes a manifest beside it: the export had none, so verify could not check it. */
    @Test
    void anExportWritesAManifestThatVerifiesIt() throws Exception {
        Path csv = dir.resolve("football.csv");
        run("football", "--data-dir", RealData.DIR.toString(), "--out", csv.toString());
        JsonNode manifest = Json.read(Manifest.besides(csv));
        assertEquals("data", manifest.get("run").asText());
        assertEquals("football", manifest.get("config").get("dataset").asText());
        assertEquals(211, manifest.get("config").get("train_examples").asInt());
        assertEquals(List.of("football.csv"), List.of(manifest.get("files").get(0).asText()));
        assertEquals(0, CliRun.run("verify", csv.toString()).status());
        Files.writeString(csv, "changed");
        CliRun.Outcome changed = CliRun.run("verify", csv.toString());
        assertEquals(2, changed.status(), changed.err());
    }

    @Test
    void aFolderInTheWayOfTheCsvIsRefusedAndLeftAsItWas() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("mine.csv"));
        Files.writeString(folder.resolve("notes.txt"), "the user's");
        CliRun.Outcome o = CliRun.run("data", "circles", "--out", folder.toString());
        assertEquals(2, o.status(), o.err());
        assertEquals(List.of("initlab: --out " + folder + ": a folder is in the way"), o.err().lines().toList());
        assertEquals("the user's", Files.readString(folder.resolve("notes.txt")));
    }

    @Test
    void csvReplacesAnExistingFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("out.csv"), "old");
        run("circles", "--out", csv.toString());
        assertEquals("split,x0,x1,label", Files.readAllLines(csv).get(0));
    }

    @Test
    void unwritableFolderIsNamed() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        Path csv = blocker.resolve("out.csv");
        InputException e = assertThrows(InputException.class, () -> run("circles", "--out", csv.toString()));
        assertEquals("--out " + blocker + ": " + blocker + " is not a folder", e.message(Flags::of));
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void badDataIsAnInputException() throws Exception {
        InputException e = assertThrows(InputException.class, () -> run("football", "--data-dir", dir.toString()));
        assertEquals(dir.resolve("data.mat") + ": missing", e.getMessage());
    }

    @Test
    void anUnknownNameIsAboutTheArgumentNotTheDatasetOption() throws Exception {
        CliRun.Outcome data = CliRun.run("data", "iris");
        assertEquals(2, data.status());
        assertEquals("initlab: unknown data set 'iris': expected one of circles, football, cat, mnist", data.err().strip());
        CliRun.Outcome train = CliRun.run("train", "--dataset", "iris", "--iterations", "1");
        assertEquals(2, train.status());
        assertEquals("initlab: --dataset iris: unknown data set 'iris': expected one of circles, football, cat, mnist",
                train.err().strip());
    }

    /** Parses {@code args} as picocli does and calls the command, letting its exceptions through. */
    private static String run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        DataCommand command = new DataCommand();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.parseArgs(args);
        assertEquals(0, command.call());
        return out.toString();
    }
}
