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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A run killed while it trains or writes its results, gracefully (SIGTERM, as Ctrl-C or {@code kill}) or outright
 * (SIGKILL), into a folder holding a previous run's results and a file of the user's: each result file is still
 * there and complete, either the previous run's or the new run's, told apart by content (the previous run has
 * another seed); the files the run had not yet replaced are the previous ones; the user's file is untouched; a
 * graceful stop leaves no temporary file, and a SIGKILL at most hidden ones named after their targets.
 *
 * <p>The child is stopped at a fixed point: during training, once it has printed its first cost (it would train
 * for hours more), or while writing a file, where the test hook {@code -Dinitlab.test.pauseWriting=NAME} of
 * {@link org.initlab.io.AtomicFiles} holds it with the temporary file of {@code NAME} complete and not yet renamed.
 * The test waits for the child's own line saying so; nothing is timed.
 */
class InterruptedRunTest {
    private static final List<String> TARGETS =
            List.of(RunFiles.RESULT, RunFiles.COSTS, RunFiles.MODEL, Manifest.FILE_NAME);
    private static final List<String> RUN = List.of("train", "--print-every", "100");
    private static final List<String> ITERATIONS = List.of("--iterations", "3000");
    private static final List<String> ENDLESS = List.of("--iterations", "2000000000");
    private static final List<String> PREVIOUS_RUN = List.of("--seed", "1");
    private static final String USER_FILE = "notes.txt";
    private static final int SIGTERM_STATUS = 128 + 15;
    private static final int SIGKILL_STATUS = 128 + 9;
    private static final long PATIENCE_SECONDS = 120;

    @TempDir
    static Path previousRun;

    @TempDir
    static Path newRun;

    @TempDir
    Path tmp;

    /**
     * Where the child is stopped.
     *
     * @param pauseWriting the file the test hook holds the child at, or null to stop it while training
     * @param unreplaced   the results the child had not replaced when it was stopped: they must be the previous
     *                     run's; the others may be either run's
     */
    record Interruption(String name, boolean graceful, String pauseWriting, Set<String> unreplaced) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void runOnceWithAnotherSeedAndOnceAsTheChildWill() {
        run(previousRun, PREVIOUS_RUN);
        run(newRun, List.of());
        for (String target : TARGETS) {
            assertNotEquals(comparable(previousRun.resolve(target)), comparable(newRun.resolve(target)),
                    target + " tells the previous run from the new one");
        }
    }

    private static void run(Path dir, List<String> extra) {
        List<String> args = new ArrayList<>(RUN);
        args.addAll(ITERATIONS);
        args.addAll(extra);
        args.addAll(List.of("--out", dir.toString()));
        Outcome o = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, o.status(), o.err());
        assertEquals(TARGETS.size(), DamagedFiles.snapshot(dir).size(), "the run wrote its results, only");
    }

    static Stream<Interruption> interruptions() {
        Set<String> all = Set.copyOf(TARGETS);
        Set<String> fromModel = Set.of(RunFiles.MODEL, Manifest.FILE_NAME);
        return Stream.of(
                new Interruption("SIGTERM while training", true, null, all),
                new Interruption("SIGKILL while writing result.json", false, RunFiles.RESULT, all),
                new Interruption("SIGTERM while writing model.zip", true, RunFiles.MODEL, fromModel),
                new Interruption("SIGKILL while writing model.zip", false, RunFiles.MODEL, fromModel));
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
            Object found = comparable(dir.resolve(target));
            Object previous = comparable(previousRun.resolve(target));
            if (interruption.unreplaced().contains(target)) {
                assertEquals(previous, found, target + " is the previous run's");
            } else {
                assertTrue(found.equals(previous) || found.equals(comparable(newRun.resolve(target))),
                        target + " is complete: the previous run's or the new one's");
            }
        }
        assertArrayEquals(userFile, Files.readAllBytes(notes), "the user's file is untouched");
        List<String> temporary = new ArrayList<>();
        for (String name : names(dir)) {
            if (!TARGETS.contains(name) && !name.equals(USER_FILE)) {
                assertTrue(TARGETS.stream().anyMatch(t -> temporaryFileOf(t).test(name)),
                        "only hidden temporary files named after their targets are left: " + name);
                temporary.add(name);
            }
        }
        if (interruption.graceful()) {
            assertEquals(List.of(), temporary, "a graceful stop leaves no temporary file");
        } else if (interruption.pauseWriting() != null) {
            assertEquals(1, temporary.size(), "a SIGKILL leaves the temporary file being renamed: " + temporary);
            Path left = dir.resolve(temporary.get(0));
            assertTrue(temporaryFileOf(interruption.pauseWriting()).test(left.getFileName().toString()), left.toString());
            assertEquals(comparable(newRun.resolve(interruption.pauseWriting())), comparable(left, interruption.pauseWriting()),
                    "the temporary file holds the new run's complete " + interruption.pauseWriting());
        }
    }

    /** Whether a name is that of a hidden temporary file of {@code target}: {@code .model.zip.123.tmp}. */
    private static Predicate<String> temporaryFileOf(String target) {
        return Pattern.compile(Pattern.quote("." + target + ".") + "\\d+\\.tmp").asMatchPredicate();
    }

    /**
     * Runs {@code initlab train … --out dir} in a child JVM, stops it at the point asked for and returns its exit
     * status.
     */
    private int runAndStop(Path dir, Interruption interruption) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        if (interruption.pauseWriting() != null) {
            command.add("-Dinitlab.test.pauseWriting=" + interruption.pauseWriting());
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(RUN);
        command.addAll(interruption.pauseWriting() == null ? ENDLESS : ITERATIONS);
        command.addAll(List.of("--out", dir.toString()));
        Process child = new ProcessBuilder(command).start();
        try {
            CompletableFuture<Void> stdout = watch(child.getInputStream(), "Cost after iteration 0: ");
            CompletableFuture<Void> stderr = watch(child.getErrorStream(),
                    "initlab: paused writing " + interruption.pauseWriting());
            CompletableFuture<Void> moment = interruption.pauseWriting() == null ? stdout : stderr;
            try {
                moment.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                fail("the child did not reach the point to stop it (" + interruption + "): " + e.getMessage());
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

    /** Reads {@code stream} to its end on a thread of its own; completes once a line starting with {@code marker}. */
    private static CompletableFuture<Void> watch(InputStream stream, String marker) {
        CompletableFuture<Void> seen = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            StringBuilder text = new StringBuilder();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    text.append(line).append('\n');
                    if (line.startsWith(marker)) {
                        seen.complete(null);
                    }
                }
            } catch (IOException e) {
                seen.completeExceptionally(e);
            }
            seen.completeExceptionally(new IllegalStateException("the child ended without printing '" + marker
                    + "'; it printed: " + text));
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        return seen;
    }

    /** What identifies a result file's content: the file without its time fields, or the model's parameters exactly. */
    private static Object comparable(Path file) {
        return comparable(file, file.getFileName().toString());
    }

    private static Object comparable(Path file, String target) {
        assertTrue(Files.isRegularFile(file), file + " is there");
        try {
            return switch (target) {
                case RunFiles.RESULT -> jsonWithout(file, "training_seconds");
                case Manifest.FILE_NAME -> jsonWithout(file, "date");
                case RunFiles.COSTS -> Files.readString(file);
                case RunFiles.MODEL -> Arrays.stream(RunFiles.loadModel(file).params().toDoubleVector()).boxed().toList();
                default -> throw new AssertionError("no check for " + file);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
