package org.initlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.initlab.io.Json;
import org.initlab.io.Manifest;
import org.initlab.io.ResultFolder;
import org.initlab.testing.ChildRun;
import org.initlab.testing.CliRun;
import org.initlab.testing.CliRun.Outcome;
import org.initlab.testing.DamagedFiles;
import org.initlab.train.RunFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run killed while it trains or writes its result folder, gracefully (SIGTERM, as Ctrl-C or {@code kill}) or
 * outright (SIGKILL), into a folder holding a previous run's results and a file of the user's, or into no folder: the
 * folder is afterwards the previous run's, whole and matching its manifest, or absent when there was none; never a
 * mixture of the two runs (told apart by content: the previous run has another seed). The user's file is untouched.
 * A graceful stop leaves nothing beside the folder; a SIGKILL may leave a hidden folder and its lock, which the next
 * run into the folder takes over, says so, and clears, and that run's folder is then whole.
 *
 * <p>The child is stopped at a fixed point: during training, once it has printed its first cost (it would train for
 * hours more), or where the test hook {@code -Dinitlab.test.pauseWriting=NAME} of {@link org.initlab.io.AtomicFiles}
 * holds it: with the temporary file of {@code NAME} complete and not yet renamed (inside the hidden folder), or, when
 * {@code NAME} is the folder's, with the hidden folder complete and not yet moved into place. The test waits for the
 * child's own line saying so; nothing is timed.
 */
class InterruptedRunTest {
    private static final String FOLDER = "results";
    private static final List<String> TARGETS =
            List.of(RunFiles.RESULT, RunFiles.COSTS, RunFiles.MODEL, Manifest.FILE_NAME);
    private static final List<String> RUN = List.of("train", "--print-every", "100");
    private static final List<String> ITERATIONS = List.of("--iterations", "3000");
    private static final List<String> ENDLESS = List.of("--iterations", "2000000000");
    private static final List<String> PREVIOUS_RUN = List.of("--seed", "1");
    private static final String USER_FILE = "notes.txt";
    private static final int SIGTERM_STATUS = 128 + 15;
    private static final int SIGKILL_STATUS = 128 + 9;

    @TempDir
    static Path previousRun;

    @TempDir
    static Path newRun;

    @TempDir
    Path tmp;

    /**
     * Where the child is stopped.
     *
     * @param pauseWriting the file or folder the test hook holds the child at, or null to stop it while training
     * @param previous     whether a previous run's folder is there
     */
    record Interruption(String name, boolean graceful, String pauseWriting, boolean previous) {
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
        return Stream.of(
                new Interruption("SIGTERM while training", true, null, true),
                new Interruption("SIGKILL while training", false, null, true),
                new Interruption("SIGKILL while writing result.json", false, RunFiles.RESULT, true),
                new Interruption("SIGTERM while writing model.zip", true, RunFiles.MODEL, true),
                new Interruption("SIGKILL while writing model.zip", false, RunFiles.MODEL, true),
                new Interruption("SIGKILL while writing manifest.json", false, Manifest.FILE_NAME, true),
                new Interruption("SIGTERM with the folder complete, before it is moved in", true, FOLDER, true),
                new Interruption("SIGKILL with the folder complete, before it is moved in", false, FOLDER, true),
                new Interruption("SIGKILL while writing model.zip, no previous folder", false, RunFiles.MODEL, false),
                new Interruption("SIGTERM with the folder complete, no previous folder", true, FOLDER, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interruptions")
    void aKilledRunLeavesThePreviousFolderWholeOrNoneAndTheNextRunTakesOver(Interruption interruption)
            throws IOException {
        Path dir = tmp.resolve(FOLDER);
        Path notes = dir.resolve(USER_FILE);
        byte[] userFile = "my notes, not InitLab's\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (interruption.previous()) {
            copyPreviousRunTo(dir);
            Files.write(notes, userFile);
        }

        long pid;
        int status;
        try (ChildRun child = start(dir, interruption)) {
            pid = child.pid();
            status = child.stop(interruption.graceful());
        }

        assertEquals(interruption.graceful() ? SIGTERM_STATUS : SIGKILL_STATUS, status,
                "the child was stopped before it finished");
        if (interruption.previous()) {
            assertIsTheRun(previousRun, dir);
            assertArrayEquals(userFile, Files.readAllBytes(notes), "the user's file is untouched");
        } else {
            assertFalse(Files.exists(dir), "no folder, rather than a part of one");
        }
        List<String> beside = names(tmp).stream().filter(n -> !n.equals(FOLDER)).toList();
        if (interruption.graceful()) {
            assertEquals(List.of(), beside, "a graceful stop deletes its hidden folder and releases its lock");
        } else {
            assertTrue(beside.contains("." + FOLDER + ".lock"), "a SIGKILL leaves its lock: " + beside);
            Pattern hidden = Pattern.compile(Pattern.quote("." + FOLDER + ".") + "(lock|\\d+\\.tmp)");
            assertTrue(beside.stream().allMatch(n -> hidden.matcher(n).matches()),
                    "only the lock and hidden folders named after the folder are left: " + beside);
        }

        Outcome next = CliRun.run(args(dir, ITERATIONS).toArray(String[]::new));
        assertEquals(0, next.status(), next.err());
        String takeOver = "initlab: --out " + dir + ": took over the stale lock of pid " + pid
                + ", a run that is no longer running";
        if (interruption.graceful()) {
            assertFalse(next.err().contains("took over"), next.err());
        } else {
            assertTrue(next.err().lines().anyMatch(takeOver::equals), next.err());
        }
        assertIsTheRun(newRun, dir);
        if (interruption.previous()) {
            assertArrayEquals(userFile, Files.readAllBytes(notes), "the user's file is kept in the new folder");
        }
        assertEquals(List.of(FOLDER), names(tmp), "the next run cleared what the killed one left");
    }

    /** {@code dir} is the run in {@code expected}: every result file equal, and the folder matches its manifest. */
    private static void assertIsTheRun(Path expected, Path dir) {
        ResultFolder.verify(dir);
        Map<String, Object> found = new LinkedHashMap<>();
        Map<String, Object> wanted = new LinkedHashMap<>();
        for (String target : TARGETS) {
            found.put(target, comparable(dir.resolve(target)));
            wanted.put(target, comparable(expected.resolve(target)));
        }
        assertEquals(wanted, found, "every file of the folder is " + expected.getFileName() + "'s run");
    }

    private ChildRun start(Path dir, Interruption interruption) {
        if (interruption.pauseWriting() == null) {
            ChildRun child = ChildRun.start(List.of(), args(dir, ENDLESS));
            child.awaitStdout("Cost after iteration 0: ");
            return child;
        }
        return ChildRun.pausedAt(interruption.pauseWriting(), args(dir, ITERATIONS));
    }

    private static List<String> args(Path dir, List<String> iterations) {
        List<String> args = new ArrayList<>(RUN);
        args.addAll(iterations);
        args.addAll(List.of("--out", dir.toString()));
        return args;
    }

    /** What identifies a result file's content: the file without its time fields, or the model's parameters exactly. */
    private static Object comparable(Path file) {
        assertTrue(Files.isRegularFile(file), file + " is there");
        try {
            return switch (file.getFileName().toString()) {
                case RunFiles.RESULT -> jsonWithout(file, "training_seconds");
                case Manifest.FILE_NAME -> jsonWithout(jsonWithout(file, "date"), Manifest.SHA256);
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
        return jsonWithout(Json.read(file), field);
    }

    private static JsonNode jsonWithout(JsonNode json, String field) {
        assertTrue(json instanceof ObjectNode, "a whole JSON object");
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
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
