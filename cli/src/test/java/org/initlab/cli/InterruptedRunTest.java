package org.initlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.initlab.io.Json;
import org.initlab.io.Manifest;
import org.initlab.testing.CliRun;
import org.initlab.testing.CliRun.Outcome;
import org.initlab.testing.DamagedFiles;
import org.initlab.train.RunFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A run killed while it trains or writes its results, gracefully (SIGTERM, as Ctrl-C or {@code kill}) or outright
 * (SIGKILL), into a folder holding a previous run's results and a file of the user's: each result file is still
 * there, complete, either the previous one or the new one (the same up to its time fields, since the run is
 * deterministic); the user's file is untouched; a graceful stop leaves no temporary file, and a SIGKILL at most
 * hidden ones named after their targets.
 */
class InterruptedRunTest {
    private static final List<String> TARGETS =
            List.of(RunFiles.RESULT, RunFiles.COSTS, RunFiles.MODEL, Manifest.FILE_NAME);
    private static final List<String> RUN = List.of("train", "--iterations", "3000", "--print-every", "100");
    private static final String USER_FILE = "notes.txt";
    private static final int SIGTERM_STATUS = 128 + 15;
    private static final int SIGKILL_STATUS = 128 + 9;
    private static final long PATIENCE_SECONDS = 120;

    @TempDir
    static Path previousRun;

    @TempDir
    Path tmp;

    /** When to stop the child: a test on its results folder and its standard output so far. */
    @FunctionalInterface
    interface Moment {
        boolean reached(Path dir, Path stdout) throws IOException;
    }

    record Interruption(String name, boolean graceful, Moment moment) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void runOnceUninterrupted() {
        List<String> args = new ArrayList<>(RUN);
        args.addAll(List.of("--out", previousRun.toString()));
        Outcome o = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, o.status(), o.err());
        assertEquals(TARGETS.size(), DamagedFiles.snapshot(previousRun).size(), "the run wrote its results, only");
    }

    static Stream<Interruption> interruptions() {
        return Stream.of(
                new Interruption("SIGTERM while training", true,
                        (dir, stdout) -> Files.readString(stdout).contains("Cost after iteration 0:")),
                new Interruption("SIGKILL while writing result.json", false, writing(RunFiles.RESULT)),
                new Interruption("SIGTERM while writing model.zip", true, writing(RunFiles.MODEL)),
                new Interruption("SIGKILL while writing model.zip", false, writing(RunFiles.MODEL)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interruptions")
    void aKilledRunLeavesEachResultCompleteAndOtherFilesUntouched(Interruption interruption)
            throws IOException, InterruptedException {
        Path dir = tmp.resolve("results");
        copyPreviousRunTo(dir);
        Path notes = Files.writeString(dir.resolve(USER_FILE), "my notes, not InitLab's\n");
        byte[] userFile = Files.readAllBytes(notes);

        int status = runAndStop(dir, interruption);

        assertEquals(interruption.graceful() ? SIGTERM_STATUS : SIGKILL_STATUS, status,
                "the child was stopped before it finished");
        for (String target : TARGETS) {
            assertCompleteAndAsBefore(dir.resolve(target));
        }
        assertArrayEquals(userFile, Files.readAllBytes(notes), "the user's file is untouched");
        for (String name : names(dir)) {
            boolean ours = TARGETS.contains(name) || name.equals(USER_FILE);
            if (interruption.graceful()) {
                assertTrue(ours, "a graceful stop leaves no temporary file: " + name);
            } else {
                assertTrue(ours || TARGETS.stream().anyMatch(t -> temporaryFileOf(t).test(name)),
                        "a SIGKILL leaves only hidden temporary files named after their targets: " + name);
            }
        }
    }

    private static Moment writing(String target) {
        return (dir, stdout) -> names(dir).stream().anyMatch(temporaryFileOf(target));
    }

    /** Whether a name is that of a hidden temporary file of {@code target}: {@code .model.zip.123.tmp}. */
    private static Predicate<String> temporaryFileOf(String target) {
        return Pattern.compile(Pattern.quote("." + target + ".") + "\\d+\\.tmp").asMatchPredicate();
    }

    /** Runs {@code initlab train … --out dir} in a child JVM, stops it at the moment asked and returns its status. */
    private int runAndStop(Path dir, Interruption interruption) throws IOException, InterruptedException {
        Path stdout = tmp.resolve("stdout.txt");
        Path stderr = tmp.resolve("stderr.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(RUN);
        command.addAll(List.of("--out", dir.toString()));
        Process child = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        try {
            while (!interruption.moment().reached(dir, stdout)) {
                if (!child.isAlive()) {
                    fail("the run ended (status " + child.exitValue() + ") before the moment to stop it: "
                            + Files.readString(stderr));
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
            if (interruption.graceful()) {
                child.destroy();
            } else {
                child.destroyForcibly();
            }
            if (!child.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                fail("the run did not stop");
            }
            return child.exitValue();
        } finally {
            child.destroyForcibly();
        }
    }

    private static void assertCompleteAndAsBefore(Path file) throws IOException {
        Path before = previousRun.resolve(file.getFileName());
        assertTrue(Files.isRegularFile(file), file + " is still there");
        switch (file.getFileName().toString()) {
            case RunFiles.RESULT -> assertEquals(jsonWithout(before, "training_seconds"),
                    jsonWithout(file, "training_seconds"));
            case Manifest.FILE_NAME -> assertEquals(jsonWithout(before, "date"), jsonWithout(file, "date"));
            case RunFiles.COSTS -> assertEquals(Files.readString(before), Files.readString(file));
            case RunFiles.MODEL -> {
                INDArray expected = RunFiles.loadModel(before).params();
                assertEquals(expected, RunFiles.loadModel(file).params(), file + " holds the trained parameters");
            }
            default -> fail("no check for " + file);
        }
    }

    /** The JSON object in {@code file} without {@code field}. */
    private static JsonNode jsonWithout(Path file, String field) {
        JsonNode json = Json.read(file);
        assertTrue(json instanceof ObjectNode, file + " holds a whole JSON object");
        ((ObjectNode) json).remove(field);
        return json;
    }

    private static void copyPreviousRunTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : TARGETS) {
            Files.copy(previousRun.resolve(name), dir.resolve(name));
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
