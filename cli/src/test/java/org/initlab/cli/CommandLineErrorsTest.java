package org.initlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.io.Json;
import org.initlab.spec.ExperimentSpec;
import org.initlab.testing.CliRun;
import org.initlab.testing.CliRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad options and values: one line on stderr naming the option, exit status 2, and no output written. */
class CommandLineErrorsTest {
    @TempDir
    Path dir;

    static Outcome run(String... args) {
        return CliRun.run(args);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "--lr|0|initlab: --lr 0.0: must be a positive number",
        "--lr|-1|initlab: --lr -1.0: must be a positive number",
        "--iterations|0|initlab: --iterations 0: must be positive",
        "--keep-prob|1.5|initlab: --keep-prob 1.5: must be in (0, 1]",
        "--lambda|-0.7|initlab: --lambda -0.7: must be a number >= 0",
        "--folds|1|initlab: --folds 1: must be at least 2",
        "--init|glorot|initlab: --init glorot: unknown initializer 'glorot': expected one of zeros, random, he, xavier, nielsen, large, normal:SIGMA, variance-scaling, glorot-uniform, glorot-normal, he-uniform, he-normal, lecun-uniform, lecun-normal, xavier-normal, xavier-uniform, kaiming-normal, kaiming-uniform, orthogonal, delta-orthogonal, identity, dirac, sparse, trunc-normal, normal, uniform, constant, ones, lsuv",
        "--activation|swish|initlab: --activation swish: unknown activation 'swish': expected one of relu, sigmoid, tanh",
        "--cost|hinge|initlab: --cost hinge: unknown cost 'hinge': expected one of cross-entropy, quadratic",
        "--dataset|iris|initlab: --dataset iris: unknown data set 'iris': expected one of circles, football, cat, mnist",
        "--layers|3,10,1|initlab: --layers 3,10,1: first size 3 does not match the 2 features of circles",
        "--layers|2,10,2|initlab: --layers 2,10,2: last size 2 does not match the 1 output of circles",
        "--seed|-3|initlab: --seed -3: must be between 0 and 4294967295",
        "--record-every|-5|initlab: --record-every -5: must be positive",
    })
    void aBadValueIsOneLineNamingTheOptionWithStatus2(String option, String value, String message) {
        Path json = dir.resolve("r.json");
        Outcome o = option.equals("--iterations")
                ? run("train", option, value, "--json", json.toString())
                : run("train", option, value, "--iterations", "5", "--json", json.toString());
        assertEquals(2, o.status(), o.err());
        assertEquals(message, o.err().strip());
        assertFalse(Files.exists(json), "no output on error");
    }

    /** Counts whose default the specification spells 0 are errors when 0 is given: the default is to leave them out. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "train --epochs 1 --batch-size 0|initlab: --batch-size 0: must be positive",
        "train --epochs 1 --batch-size -10|initlab: --batch-size -10: must be positive",
        "train --epochs 0|initlab: --epochs 0: must be positive",
        "train --epochs 0 --batch-size 10|initlab: --epochs 0: must be positive",
        "train --iterations 5 --batch-size 0|initlab: --batch-size 0: mini-batches need --epochs",
        "train --iterations 5 --train-size 0|initlab: --train-size 0: must be positive",
        "train --iterations 5 --record-every 0|initlab: --record-every 0: must be positive",
        "train --iterations 5 --folds 0|initlab: --folds 0: must be at least 2",
        "experiment he --iterations 0|initlab: --iterations 0: must be positive",
        "experiment he --record-every 0|initlab: --record-every 0: must be positive",
        "experiment mnist --epochs 0|initlab: --epochs 0: must be positive",
        "experiment deep-cat --iterations 0|initlab: --iterations 0: must be positive",
        "bench he --repeat 0|initlab: --repeat 0: must be positive",
    })
    void zeroForACountIsAnErrorNotItsDefault(String command, String message) {
        assertEquals(List.of(message), refusedLines(command.split(" ")));
    }

    /** One network per command: a second --layers was appended to the first, a network nobody asked for. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "train --iterations 5|train",
        "init --init he|init",
        "doctor --steps 0|doctor",
    })
    void aSecondLayersIsRefusedNotAppendedToTheFirst(String command, String name) {
        assertEquals(List.of("initlab: option '--layers' (SIZES) should be specified only once",
                "Try 'initlab " + name + " --help' for more."),
                refusedLines((command + " --layers 2,10,1 --layers 2,5,1").split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "train --iterations 5 --layers 2,,1|2,,1",
        "train --iterations 5 --layers 2,x,1|2,x,1",
        "init --init he --layers 2,10,|2,10,",
    })
    void aLayersListWithAnEmptyOrNonNumericSizeIsOneLine(String command, String value) {
        assertEquals(List.of("initlab: --layers " + value + ": not a list of whole numbers (e.g. 2,10,5,1)"),
                refusedLines(command.split(" ")));
    }

    /**
     * An empty path (an unset shell variable) was the current folder: --out "" was refused as a folder of the user's
     * files, --json "" as a folder in the way. It is refused as empty, before anything runs.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "train --iterations 5 --out|--out|train",
        "experiment he --iterations 5 --json|--json|experiment",
        "sweep --iterations 5 --out|--out|sweep",
        "data circles --out|--out|data",
        "doctor --csv|--csv|doctor",
        "train --iterations 5 --data-dir|--data-dir|train",
    })
    void anEmptyPathIsRefusedAsEmptyNotTakenForTheCurrentFolder(String command, String option, String name) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("");
        Outcome o = run(args.toArray(String[]::new));
        assertEquals(2, o.status(), o.err());
        assertEquals(List.of("initlab: Invalid value for option '" + option + "': an empty path: give a file or "
                + "folder name", "Try 'initlab " + name + " --help' for more."), o.err().lines().toList());
        assertEquals("", o.out(), "nothing ran");
    }

    /** picocli skips its check of unmatched words when help is asked: a mistyped command showed the main help, status 0. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "trian --help|initlab: Unmatched argument at index 0: 'trian'|initlab",
        "lsuv --help|initlab: Unmatched argument at index 0: 'lsuv'|initlab",
        "train --iterations 5 bogus --help|initlab: Unmatched argument at index 3: 'bogus'|initlab train",
    })
    void aMistypedWordWithHelpIsAnErrorNotTheHelp(String command, String line, String name) {
        Outcome o = run(command.split(" "));
        assertEquals(2, o.status(), o.err());
        assertEquals(List.of(line, "Try '" + name + " --help' for more."), o.err().lines().toList());
        assertEquals("", o.out(), "no help printed");
        assertEquals(0, run("train", "--help").status(), "help itself still works");
    }

    /**
     * --json inside --out was refused as "--out: holds files but no manifest.json" (its own lock file made the folder
     * the user's), the same place as its own run's lock, and a file around the folder failed after training.
     */
    @ParameterizedTest(name = "{0} --out {1} --json {2}")
    @CsvSource(delimiter = '|', value = {
        "train --iterations 5|r|r/x.json|initlab: --json DIR/r/x.json: inside --out DIR/r, which is written whole and would not keep it; give a file outside it",
        "doctor --steps 0|r|r/report.json|initlab: --json DIR/r/report.json: inside --out DIR/r, which is written whole and would not keep it; give a file outside it",
        "experiment he --iterations 5|r|r|initlab: --json DIR/r: the same place as --out; give a file outside the result folder",
        "train --iterations 5|t/u|t|initlab: --json DIR/t: --out DIR/t/u is inside it; a file cannot hold a folder",
    })
    void aJsonFileInOrAroundTheOutFolderIsRefusedBeforeAnyWork(String command, String out, String json, String line) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--out", dir.resolve(out).toString(), "--json", dir.resolve(json).toString()));
        Outcome o = run(args.toArray(String[]::new));
        assertEquals(2, o.status(), o.err());
        assertEquals(List.of(line.replace("DIR", dir.toString())), o.err().lines().toList());
        assertEquals("", o.out(), "nothing ran");
        assertFalse(Files.exists(dir.resolve(out)), "no folder left");
        assertFalse(Files.exists(dir.resolve(json)), "no file left");
    }

    @Test
    void countsLeftOutKeepTheirDefaults() throws IOException {
        Path json = dir.resolve("r.json");
        Outcome o = run("train", "--epochs", "1", "--print-every", "1", "--json", json.toString());
        assertEquals(0, o.status(), o.err());
        JsonNode config = Json.read(json).get("config");
        assertEquals(1, config.get("epochs").asInt());
        assertEquals(0, config.get("batch_size").asInt(), "the whole set in one batch");
        for (String absent : new String[] {"train_size", "record_every", "folds", "iterations"}) {
            assertNull(config.get(absent), absent + " in " + config);
        }
        assertEquals(1, Json.read(json).get("costs").size(), "one epoch of one full batch: one cost");
    }

    @Test
    void trainWithEpochsAndIterationsIsRefusedNamingBoth() {
        for (String[] args : new String[][] {
            {"train", "--epochs", "5", "--iterations", "100"},
            {"train", "--iterations", "100", "--epochs", "5"},
            {"train", "--epochs", "5", "--iterations", "15000"},
        }) {
            assertEquals(List.of("initlab: --epochs 5: --iterations " + args[args[1].equals("--epochs") ? 4 : 2]
                    + " given too; give one of them"), refusedLines(args));
        }
    }

    @Test
    void trainWithNeitherIterationsNorEpochsRunsTheCourses15000Iterations() {
        TrainCommand command = new TrainCommand();
        new picocli.CommandLine(command).parseArgs();
        ExperimentSpec spec = command.spec();
        assertEquals(15000, spec.iterations());
        assertFalse(spec.usesEpochs());
        String help = run("train", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--iterations=N Full-batch gradient-descent iterations. Default: 15000."), help);
    }

    @Test
    void layerTooLargeForAnArrayIsOneLineWithStatus2AndNoOutput() {
        assertRejectedWithoutOutput("initlab: --layers 2,46341,46341,1: layer 2 would have 2147488281 weights; at "
                + "most 2147483639 fit in one array", "--layers", "2,46341,46341,1");
    }

    @Test
    void networkTooLargeForTheHeapIsOneLineWithStatus2AndNoOutput() {
        String heap = String.format(Locale.ROOT, "%.1f GiB", Runtime.getRuntime().maxMemory() / (double) (1L << 30));
        assertRejectedWithoutOutput("initlab: --layers 2,100000000,1: the network's 300000000 weights and a batch of "
                + "300 examples need about 1350.8 GiB; this JVM may use " + heap
                + " (raise it with JAVA_OPTS=-Xmx1352g)", "--layers", "2,100000000,1");
    }

    /**
     * {@code initlab ARGS… --json FILE} is refused with status 2, printing nothing on stdout and writing no JSON file;
     * its lines on stderr.
     */
    private List<String> refusedLines(String... args) {
        Path json = dir.resolve("r.json");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--json", json.toString()));
        Outcome o = run(all.toArray(String[]::new));
        assertEquals(2, o.status(), o.err());
        assertEquals("", o.out(), "nothing ran");
        assertFalse(Files.exists(json), "no output on error");
        return o.err().lines().toList();
    }

    /** {@code initlab train OPTIONS… --out --json} fails with {@code message} alone, and writes nothing. */
    private void assertRejectedWithoutOutput(String message, String... options) {
        Path out = dir.resolve("run");
        Path json = dir.resolve("r.json");
        List<String> args = new ArrayList<>(List.of("train", "--iterations", "5", "--out", out.toString(),
                "--json", json.toString()));
        args.addAll(List.of(options));
        Outcome o = run(args.toArray(String[]::new));
        assertEquals(2, o.status(), o.err());
        assertEquals("", o.out(), "nothing on stdout");
        assertEquals(List.of(message), o.err().lines().toList());
        assertFalse(Files.exists(out), "no output folder");
        assertFalse(Files.exists(json), "no JSON file");
    }

    @Test
    void aNonNumericValueIsAUsageErrorWithAHintNotAUsageDump() {
        Outcome o = run("train", "--lr", "fast");
        assertEquals(2, o.status());
        String[] lines = o.err().strip().split("\n");
        assertEquals(2, lines.length, o.err());
        assertTrue(lines[0].startsWith("initlab: ") && lines[0].contains("--lr") && lines[0].contains("fast"), lines[0]);
        assertEquals("Try 'initlab train --help' for more.", lines[1]);
    }

    @Test
    void anUnknownExperimentIsNamedWithEveryNameTheCommandTakes() {
        assertEquals(List.of("initlab: unknown experiment 'xavier-magic': expected one of zeros, random, he, noreg, "
                + "l2, dropout, deep-cat, mnist, mnist-large, mnist-scaled, activations, z-distribution, lsuv, doctor, "
                + "depth-sweep, mnist-seeds"), refusedLines("experiment", "xavier-magic"));
    }

    @Test
    void theUnknownExperimentsListIsTheHelpsNamesInTheHelpsOrder() {
        picocli.CommandLine experiment = Main.commandLine(false).getSubcommands().get("experiment");
        String help = String.join(" ", experiment.getCommandSpec().usageMessage().description());
        String line = run("experiment", "nope").err().strip();
        String prefix = "initlab: unknown experiment 'nope': expected one of ";
        assertTrue(line.startsWith(prefix), line);
        int at = 0;
        for (String name : line.substring(prefix.length()).split(", ")) {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("(?<![\\w-])" + java.util.regex.Pattern.quote(name) + "(?![\\w-])").matcher(help);
            assertTrue(m.find(at), name + " is not in the help after position " + at + ": " + help);
            at = m.end();
        }
        for (String sub : experiment.getSubcommands().keySet()) {
            assertTrue(line.contains(sub), sub + " in " + line);
        }
    }

    @Test
    void anOutputFolderThatCannotBeWrittenFailsBeforeTraining() throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        Outcome o = run("train", "--iterations", "5", "--out", blocker.resolve("run").toString());
        assertEquals(2, o.status());
        assertTrue(o.err().startsWith("initlab: --out " + blocker.resolve("run")), o.err());
        assertEquals("", o.out(), "nothing trained");
        assertEquals("x", Files.readString(blocker), "the user's file is untouched");
    }

    @Test
    void aMissingDataFolderNamesTheFile() {
        Outcome o = run("train", "--dataset", "football", "--layers", "2,20,3,1", "--data-dir",
                dir.resolve("nowhere").toString(), "--iterations", "5");
        assertEquals(2, o.status());
        assertTrue(o.err().startsWith("initlab: ") && o.err().contains("data.mat"), o.err());
        assertEquals(1, o.err().strip().split("\n").length, o.err());
    }

    @Test
    void aNormalRunPrintsOnlyTheCoursesLinesAndWritesResultsWithAManifest() throws IOException {
        Path out = dir.resolve("he");
        Outcome o = run("train", "--iterations", "3", "--print-every", "1", "--out", out.toString());
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().startsWith("""
                Cost after iteration 0: 0.8830537463419761
                Cost after iteration 1: 0.8790931244852939
                Cost after iteration 2: 0.8752665929773289
                On the train set:
                Accuracy:\s"""), o.out());
        assertEquals(7, o.out().strip().split("\n").length, o.out());
        for (String f : new String[] {"result.json", "costs.csv", "model.zip", "manifest.json"}) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"seed\" : 3") && manifest.contains("\"dl4j\" : \"1.0.0-M2.1\""), manifest);
        assertEquals("Results written to " + out, o.err().strip());
    }
}
