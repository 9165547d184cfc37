package org.initlab.cli;

import org.initlab.io.Manifest;
import org.initlab.spec.AxisKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.SweepSpec;
import org.initlab.sweep.SweepData;
import org.initlab.testing.CliRun;
import org.initlab.testing.CliRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code initlab sweep}: train's options as lists, the grid they make, its folder, and bad options in one line. */
class SweepCommandTest {
    /** The options of train a sweep does not take: it prints no costs, and cross-validation is not a sweep. */
    private static final Set<String> NOT_SWEPT = Set.of("--print-every", "--folds", "--json");

    private static SweepSpec parse(String... args) {
        SweepCommand command = new SweepCommand();
        new CommandLine(command).parseArgs(args);
        return command.spec(new SweepData());
    }

    private static ExperimentSpec train(String... args) {
        TrainCommand command = new TrainCommand();
        new CommandLine(command).parseArgs(args);
        return command.spec();
    }

    @Test
    void aSweepTakesEveryOptionOfTrain() {
        Set<String> train = names(new TrainCommand());
        Set<String> sweep = names(new SweepCommand());
        train.removeAll(NOT_SWEPT);
        train.removeAll(sweep);
        assertEquals(Set.of(), train, "options of train that sweep lacks");
    }

    @Test
    void optionsGivenOnceSetEveryRunAsTrainWouldSetThem() {
        String[] args = {"--init", "variance-scaling:scale=2,mode=fan_out", "--lr", "0.1", "--activation", "tanh",
                "--lambda", "0.3", "--layers", "2,20,7,1", "--iterations", "500", "--keep-prob", "0.9",
                "--dropout-mode", "fresh", "--train-size", "200", "--engine", "dl4j", "--seed", "5"};
        SweepSpec sweep = parse(args);
        ExperimentSpec one = train(args);
        assertEquals(List.of(), sweep.axes());
        assertEquals(List.of(5L), sweep.seeds());
        ExperimentSpec base = sweep.base();
        assertEquals(one.toBuilder().name("sweep").seed(base.seed()).printEvery(0).recordEvery(100).build(), base);
    }

    @Test
    void listsAndRepetitionsMakeTheAxesInTheOrderGiven() {
        SweepSpec s = parse("--init", "he,variance-scaling:scale=2,mode=fan_out", "--init", "lsuv", "--activation",
                "relu,tanh", "--hidden-layers", "2,4,8", "--width", "10", "--lr", "0.01,0.1", "--seeds", "1-5");
        assertEquals(List.of("init", "activation", "hidden_layers", "learning_rate"),
                s.axes().stream().map(a -> a.kind().column()).toList());
        assertEquals(List.of("he", "variance-scaling:scale=2.0,mode=fan_out", "lsuv"), s.axis(AxisKind.INIT).texts());
        assertEquals(36, s.gridSize());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), s.seeds());
        assertEquals(List.of(2, 10, 10, 1), s.base().layers(), "--width 10 given once is in every run");
        SweepSpec layers = parse("--layers", "2,10,1", "--layers", "2,20,5,1");
        assertEquals(List.of("2,10,1", "2,20,5,1"), layers.axis(AxisKind.LAYERS).texts());
        assertEquals(List.of(2, 3, 4), parse("--depth", "2-4").axis(AxisKind.DEPTH).values());
    }

    @Test
    void aSweepWritesItsTablesPicturesAndManifestAndResumesWithNothingToDo(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("s");
        String[] args = {"sweep", "--init", "he,zeros", "--lr", "0.01,0.5", "--iterations", "60", "--record-every", "20",
                "--seeds", "1,2", "--workers", "2", "--out", out.toString()};
        Outcome o = CliRun.run(args);
        assertEquals(0, o.status(), o.err());
        List<String> lines = o.out().lines().toList();
        assertEquals("Sweep sweep: 4 configurations x 2 seeds: 8 runs", lines.get(0));
        assertTrue(lines.get(1).matches("config +init +learning_rate +test accuracy +final cost +diverged"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.matches("[0-9a-f]{12}  zeros +0\\.01 +0\\.5000 ± 0\\.0000 +"
                + "0\\.6931 ± 0\\.0000 +0/2")), o.out());
        assertEquals(1, lines.stream().filter(l -> l.endsWith("  best")).count());
        assertTrue(o.out().contains("Pictures in " + out + ": heatmap.png/.svg, learning-curves.png/.svg, "
                + "parallel-coordinates.png/.svg"), o.out());
        for (String f : List.of("sweep.json", "runs.csv", "summary.csv", "heatmap.png", "heatmap.svg",
                "learning-curves.png", "parallel-coordinates.svg", "manifest.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertEquals(8, Files.list(out.resolve("runs")).count());
        Manifest.verify(out.resolve("manifest.json"));
        byte[] runs = Files.readAllBytes(out.resolve("runs.csv"));
        Outcome again = CliRun.run(args);
        assertEquals(0, again.status(), again.err());
        assertTrue(again.err().contains("resuming sweep: 8 of 8 runs are recorded"), again.err());
        assertTrue(again.err().contains("0 runs ran"), again.err());
        assertEquals(new String(runs), Files.readString(out.resolve("runs.csv")), "the same records, the same table");
    }

    @Test
    void halvingSaysWhichConfigurationsStoppedAtWhichRung(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("h");
        Outcome o = CliRun.run("sweep", "--init", "he,zeros,xavier,random", "--halving", "2", "--rungs", "20,40",
                "--seeds", "1", "--workers", "2", "--no-pictures", "--out", out.toString());
        assertEquals(0, o.status(), o.err());
        List<String> lines = o.out().lines().toList();
        assertEquals("Sweep sweep: 4 configurations x 1 seed, successive halving over 2 rungs: 6 runs", lines.get(0));
        assertTrue(lines.get(1).matches("Rung 1 \\(20 iterations\\): 4 configurations, 2 go on: [0-9a-f]{12}, [0-9a-f]{12}"),
                lines.get(1));
        List<String> stopped = lines.stream().filter(l -> l.startsWith("  stopped at rung 1: ")).toList();
        assertEquals(2, stopped.size(), o.out());
        assertTrue(stopped.stream().anyMatch(l -> l.contains(" init=random (mean validation cost inf, rank 4)")),
                "x10's validation cost is inf after 20 iterations, the worst: " + o.out());
        List<String> halving = Files.readAllLines(out.resolve("halving.csv"));
        assertEquals(5, halving.size(), "a header and the 4 decisions of rung 1: " + halving);
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(2, runs.stream().filter(l -> l.contains(",1,40,")).count(), "two runs reached rung 2: " + runs);
    }

    @Test
    void oneWorkerAndTwoWriteTheSameNumbers(@TempDir Path tmp) throws Exception {
        List<String> tables = new ArrayList<>();
        for (String workers : List.of("1", "2")) {
            Path out = tmp.resolve("w" + workers);
            Outcome o = CliRun.run("sweep", "--init", "he,lsuv,orthogonal", "--activation", "relu,tanh", "--iterations",
                    "80", "--seeds", "1-2", "--workers", workers, "--no-pictures", "--out", out.toString());
            assertEquals(0, o.status(), o.err());
            tables.add(Files.readAllLines(out.resolve("runs.csv")).stream()
                    .map(l -> l.substring(0, ordinal(l, ',', 12))).collect(Collectors.joining("\n")));
        }
        assertEquals(tables.get(0), tables.get(1), "runs.csv without seconds and worker");
    }

    @Test
    void aFolderHoldingAnotherSweepIsRefusedAndLeftAsItWas(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("s");
        assertEquals(0, CliRun.run("sweep", "--init", "he,zeros", "--iterations", "30", "--no-pictures", "--out",
                out.toString()).status());
        List<String> before = listing(out);
        Outcome o = CliRun.run("sweep", "--init", "he,xavier", "--iterations", "30", "--out", out.toString());
        assertEquals(2, o.status());
        assertEquals("initlab: --out " + out + ": holds a different sweep (axes[0].values [\"he\",\"zeros\"] in the "
                + "folder, [\"he\",\"xavier\"] asked); give another folder, or remove this one to start again\n",
                o.err());
        assertEquals(before, listing(out));
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "mine");
        Outcome notSweep = CliRun.run("sweep", "--init", "he,zeros", "--out", mine.toString());
        assertEquals(2, notSweep.status());
        assertTrue(notSweep.err().startsWith("initlab: --out " + mine + ": not a sweep's folder (no sweep.json)"),
                notSweep.err());
        assertEquals(List.of("notes.txt"), listing(mine));
    }

    @Test
    void badSweepOptionsAreOneLineWithExitTwo(@TempDir Path tmp) {
        String out = tmp.resolve("never").toString();
        String[][] cases = {
            {"--init", ""}, {"--lr", "0.1,,0.2"}, {"--depht", "3"}, {"--workers", "2,4"}, {"--halving", "2,3",
                "--rungs", "10,20"}, {"--sample", "3,4"}, {"--init", "he,kaiming"}, {"--lr", "0.1,fast"},
            {"--width", "1-400", "--hidden-layers", "0-99", "--activation", "relu,tanh,sigmoid", "--seeds", "1,2"},
            {"--init", "he,zeros", "--sample", "5"}, {"--halving", "3"}, {"--rungs", "10,20"},
            {"--sweep-seed", "4"}, {"--layers", "2,10,1", "--depth", "3,4"}, {"--init", "he", "--init", "he"},
            {"--spark", "local[2]"}, {"--spark", "local[2]", "--workers", "2"}, {"--iterations", "10,20", "--halving",
                "3", "--rungs", "10,30"}, {"--seeds", "3-1"},
        };
        String[] expected = {
            "initlab: --init: an axis needs at least one value",
            "initlab: --lr 0.1,,0.2: an empty value in the list",
            "initlab: Unknown options: '--depht', '3'",
            "initlab: --workers 2,4: one value is needed, not a list",
            "initlab: --halving 2,3: one value is needed, not a list",
            "initlab: --sample 3,4: one value is needed, not a list",
            "initlab: --init kaiming: unknown initializer 'kaiming'",
            "initlab: --lr fast: not a number",
            "initlab: --sample: needed: the grid has 120000 configurations × 2 seeds, more than 100000 runs; draw some "
                    + "configurations with --sample N",
            "initlab: --sample 5: more configurations than the grid's 2",
            "initlab: --halving 3: needs --rungs R1,R2,... (the iterations of each rung)",
            "initlab: --rungs: the rungs of --halving, which is not given",
            "initlab: --sweep-seed 4: seeds the draw of --sample, which is not given",
            "initlab: --depth: not with --layers, which gives every layer's size",
            "initlab: --init he: given twice in the axis",
            "initlab: --spark local[2]: needs InitLab's optional spark module: build it once with '"
                    + SparkModule.BUILD + "' in InitLab's folder (README, Sweeps on Spark)",
            "initlab: --workers 2: not with --spark, whose master says how many run at once (local[N])",
            "initlab: --iterations: cannot be swept with --halving: the --rungs set how long each run trains",
            "initlab: --seeds 3-1: an empty range",
        };
        for (int i = 0; i < cases.length; i++) {
            List<String> args = new ArrayList<>(List.of("sweep", "--out", out));
            args.addAll(List.of(cases[i]));
            Outcome o = CliRun.run(args.toArray(String[]::new));
            assertEquals(2, o.status(), String.join(" ", cases[i]) + ": " + o.err());
            String first = o.err().lines().findFirst().orElse("");
            assertTrue(first.startsWith(expected[i]), String.join(" ", cases[i]) + ": " + o.err());
            assertTrue(o.err().lines().count() <= 2, o.err());
            assertFalse(Files.exists(Path.of(out)), String.join(" ", cases[i]) + " left a folder");
        }
    }

    /** Both given, one of them was silently dropped: --epochs won over a single --iterations, a list of them over it. */
    @Test
    void aSweepGivenBothEpochsAndIterationsIsRefusedNotHalfIgnored(@TempDir Path tmp) {
        Path out = tmp.resolve("never");
        for (String iterations : new String[] {"5", "5,6"}) {
            Outcome o = CliRun.run("sweep", "--iterations", iterations, "--epochs", "2", "--out", out.toString());
            assertEquals(2, o.status(), o.err());
            assertEquals(List.of("initlab: --epochs: not with --iterations: a run trains either in epochs or in "
                    + "full-batch iterations; give one of them"), o.err().lines().toList());
            assertEquals("", o.out(), "nothing run");
            assertFalse(Files.exists(out), "--iterations " + iterations + " left a folder");
        }
    }

    /** The default folder is out/NAME-ID: a name with a path in it put the sweep outside out/ (../../x-ID). */
    @Test
    void aSweepNameThatIsAPathIsRefusedBeforeAnyFolderIsMade(@TempDir Path tmp) throws Exception {
        for (String name : new String[] {"../escape", "a/b", "..", "a\\b"}) {
            Outcome o = CliRun.run("sweep", "--name", name, "--iterations", "5");
            assertEquals(2, o.status(), o.err());
            assertEquals(List.of("initlab: --name " + name + ": a name, not a path: it names the sweep's folder, so "
                    + "no '/', '\\', '.' or '..'"), o.err().lines().toList());
            assertEquals("", o.out(), "nothing run");
        }
        try (var above = Files.list(Path.of("").toAbsolutePath().getParent())) {
            assertTrue(above.noneMatch(p -> p.getFileName().toString().startsWith("escape-")), "no folder outside out/");
        }
    }

    @Test
    void wholeNumbersOutsideTheIntRangeAreRefusedNotWrapped(@TempDir Path tmp) {
        Path out = tmp.resolve("never");
        String[][] cases = {
            {"sweep", "--workers", "4294967298"},
            {"sweep", "--workers", "-4294967294"},
            {"sweep", "--init", "he,xavier", "--sample", "4294967297"},
            {"sweep", "--record-every", "4294967396"},
            {"experiment", "depth-sweep", "--iterations", "4294967297"},
            {"experiment", "mnist-seeds", "--epochs", "4294967297"},
            {"experiment", "depth-sweep", "--workers", "2147483648"},
        };
        String[] expected = {
            "initlab: --workers 4294967298: must be at most 2147483647",
            "initlab: --workers -4294967294: must be positive",
            "initlab: --sample 4294967297: must be at most 2147483647",
            "initlab: --record-every 4294967396: must be at most 2147483647",
            "initlab: --iterations 4294967297: must be at most 2147483647",
            "initlab: --epochs 4294967297: must be at most 2147483647",
            "initlab: --workers 2147483648: must be at most 2147483647",
        };
        for (int i = 0; i < cases.length; i++) {
            List<String> args = new ArrayList<>(List.of(cases[i]));
            args.addAll(List.of("--out", out.toString()));
            Outcome o = CliRun.run(args.toArray(String[]::new));
            assertEquals(2, o.status(), String.join(" ", cases[i]) + ": " + o.err());
            assertEquals(List.of(expected[i]), o.err().lines().toList(), String.join(" ", cases[i]));
            assertEquals("", o.out(), "nothing run");
            assertFalse(Files.exists(out), String.join(" ", cases[i]) + " left a folder");
        }
    }

    @Test
    void heatmapWithOneAxisIsRefused(@TempDir Path tmp) {
        assertHeatmapRefused(tmp, "init", "give X,Y or X,Y,FACET");
    }

    @Test
    void heatmapWithAnAxisTwiceIsRefused(@TempDir Path tmp) {
        assertHeatmapRefused(tmp, "init,init", "'init' given twice; give X,Y or X,Y,FACET, three different axes at most");
    }

    @Test
    void heatmapWithFourAxesIsRefused(@TempDir Path tmp) {
        assertHeatmapRefused(tmp, "init,activation,depth,learning_rate", "give X,Y or X,Y,FACET");
    }

    /** A sweep over four axes with {@code --heatmap axes} is refused in the one line {@code problem}, running nothing. */
    @Test
    void aSweepOfOneRunSaysRunInTheSingular(@TempDir Path tmp) {
        Path out = tmp.resolve("one");
        Outcome o = CliRun.run("sweep", "--init", "he", "--iterations", "20", "--seeds", "1", "--out", out.toString());
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains(": 1 run\n") || o.out().contains(": 1 run\r\n"), o.out());
        assertTrue(o.err().contains("initlab: 1 run ran on local pool"), o.err());
        assertFalse(o.err().contains("1 runs"), o.err());
    }

    private static void assertHeatmapRefused(Path tmp, String axes, String problem) {
        Path out = tmp.resolve("never");
        Outcome o = CliRun.run("sweep", "--init", "he,xavier", "--activation", "relu,tanh", "--depth", "2,3",
                "--lr", "0.1,0.2", "--heatmap", axes, "--out", out.toString());
        assertEquals(2, o.status(), o.err());
        assertEquals(List.of("initlab: --heatmap " + axes + ": " + problem), o.err().lines().toList());
        assertEquals("", o.out(), "nothing trained");
        assertFalse(Files.exists(out), "no folder");
    }

    private static Set<String> names(Object command) {
        Set<String> names = new TreeSet<>();
        for (OptionSpec o : new CommandLine(command).getCommandSpec().options()) {
            names.addAll(Stream.of(o.names()).filter(n -> n.startsWith("--")).toList());
        }
        names.removeAll(Set.of("--help", "--version"));
        return names;
    }

    private static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static int ordinal(String s, char c, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = s.indexOf(c, at + 1);
        }
        return at;
    }
}
