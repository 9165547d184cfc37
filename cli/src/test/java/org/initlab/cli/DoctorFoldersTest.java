package org.initlab.cli;

import org.initlab.analysis.DoctorFiles;
import org.initlab.io.Json;
import org.initlab.io.Manifest;
import org.initlab.io.ResultFolder;
import org.initlab.testing.ChildRun;
import org.initlab.testing.CliRun;
import org.initlab.testing.CliRun.Outcome;
import org.initlab.testing.DamagedFiles;
import org.initlab.testing.RealData;
import org.initlab.testing.SmallFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code initlab doctor --out DIR} writes a result folder, whole or not at all, one writer at a time, and
 * {@code --json FILE} has one writer at a time and a manifest naming its hash. A rerun into a folder leaves exactly the
 * new report's files (and the user's); a doctor stopped while it writes leaves the previous folder or none; a second
 * doctor aimed at a folder or file a live one is writing is refused before it examines anything, as is a place that
 * cannot be written. The live doctor is held by the test hook {@code -Dinitlab.test.pauseWriting=NAME}.
 */
class DoctorFoldersTest {
    private static final String DOC = "doc";
    private static final List<String> RANDOM = List.of("--init", "random", "--steps", "3");
    private static final List<String> ZEROS = List.of("--init", "zeros", "--steps", "3");
    private static final List<String> RANDOM_FILES = List.of("report.json", "activations.svg", "activations.png",
            "activation-gradients.svg", "activation-gradients.png", "update-ratios.svg", "update-ratios.png");
    private static final List<String> ZEROS_FILES = List.of("report.json", "activations.svg", "activations.png",
            "activation-gradients.svg", "activation-gradients.png");
    private static final int SIGTERM_STATUS = 128 + 15;
    private static final int SIGKILL_STATUS = 128 + 9;

    @TempDir
    Path tmp;

    @Test
    void aRerunIntoTheSameFolderLeavesExactlyTheNewReportsFilesAndTheUsers() throws IOException {
        Path doc = tmp.resolve(DOC);
        assertEquals(1, doctor(RANDOM, "--out", doc.toString()).status());
        assertEquals(sorted(RANDOM_FILES, Manifest.FILE_NAME), names(doc));
        assertEquals(RANDOM_FILES, manifestFiles(doc));
        Files.writeString(doc.resolve("notes.txt"), "mine");

        Outcome rerun = doctor(ZEROS, "--out", doc.toString());
        assertEquals(1, rerun.status(), rerun.err());
        assertEquals("Report written to " + doc + ": " + String.join(", ", ZEROS_FILES) + ", manifest.json\n",
                rerun.err());
        assertEquals(sorted(ZEROS_FILES, Manifest.FILE_NAME, "notes.txt"), names(doc),
                "no update-ratios picture of the earlier run is left");
        assertEquals(ZEROS_FILES, manifestFiles(doc));
        assertTrue(networkSource(doc).contains("init zeros"), networkSource(doc));
        assertEquals("mine", Files.readString(doc.resolve("notes.txt")));
        assertEquals(List.of(DOC), names(tmp), "no lock or hidden folder beside it");
    }

    @Test
    void aDoctorStoppedWhileWritingLeavesThePreviousFolderWholeOrNone() throws IOException {
        Path doc = tmp.resolve(DOC);
        assertEquals(1, doctor(RANDOM, "--out", doc.toString()).status());
        Map<String, String> previous = DamagedFiles.snapshot(doc);

        long killed;
        try (ChildRun child = ChildRun.pausedAt("update-ratios.png", args(RANDOM, "--seed", "5", "--out",
                doc.toString()))) {
            killed = child.pid();
            assertEquals(SIGKILL_STATUS, child.stop(false));
        }
        assertEquals(previous, DamagedFiles.snapshot(doc), "killed with a picture half written: the previous folder");
        Pattern hidden = Pattern.compile("\\.doc\\.(lock|\\d+\\.tmp)");
        assertTrue(names(tmp).stream().filter(n -> !n.equals(DOC)).allMatch(n -> hidden.matcher(n).matches()),
                "only the lock and the hidden folder of the killed run: " + names(tmp));

        try (ChildRun child = ChildRun.pausedAt(DOC, args(ZEROS, "--out", doc.toString()))) {
            assertEquals(SIGTERM_STATUS, child.stop(true));
            assertTrue(child.err().contains("initlab: --out " + doc + ": took over the stale lock of pid " + killed
                    + ", a run that is no longer running\n"), child.err());
        }
        assertEquals(previous, DamagedFiles.snapshot(doc), "stopped with the new folder complete: the previous one");
        assertEquals(List.of(DOC), names(tmp), "a graceful stop leaves nothing beside it, and cleared the leftovers");
        ResultFolder.verify(doc);

        Path fresh = tmp.resolve("fresh");
        try (ChildRun child = ChildRun.pausedAt("fresh", args(ZEROS, "--out", fresh.toString()))) {
            assertEquals(SIGKILL_STATUS, child.stop(false));
        }
        assertFalse(Files.exists(fresh), "no folder rather than a part of one");
    }

    @Test
    void aSecondDoctorAimedAtWhatALiveOneWritesIsRefusedBeforeItExamines() throws IOException {
        Path doc = tmp.resolve(DOC);
        Path json = tmp.resolve("r.json");
        try (ChildRun first = ChildRun.pausedAt(DOC, args(RANDOM, "--out", doc.toString(), "--json",
                json.toString()))) {
            Outcome intoFolder = doctor(ZEROS, "--out", doc.toString());
            assertEquals(2, intoFolder.status(), intoFolder.err());
            assertEquals("initlab: --out " + doc + ": in use by another InitLab run (pid " + first.pid() + ")\n",
                    intoFolder.err());
            assertEquals("", intoFolder.out(), "refused before examining: nothing printed");

            Outcome intoJson = doctor(ZEROS, "--json", json.toString());
            assertEquals(2, intoJson.status(), intoJson.err());
            assertEquals("initlab: --json " + json + ": in use by another InitLab run (pid " + first.pid() + ")\n",
                    intoJson.err());

            Outcome train = CliRun.run("train", "--iterations", "10", "--print-every", "0", "--out", doc.toString());
            assertEquals(2, train.status(), "a training run is refused the doctor's folder too: " + train.err());

            Outcome beside = doctor(ZEROS, "--out", tmp.resolve("other").toString());
            assertEquals(1, beside.status(), "another folder is free: " + beside.err());

            assertFalse(Files.exists(doc), "the first doctor's folder is not in place yet");
            first.resume();
            assertEquals(1, first.waitFor(), first.err());
        }
        ResultFolder.verify(doc);
        assertTrue(networkSource(doc).contains("init random"), "the folder is the first doctor's");
        assertTrue(Manifest.verifyBeside(json).path(Manifest.SHA256).has("r.json"));
        assertEquals(Json.read(doc.resolve(DoctorFiles.REPORT)).get("findings"), Json.read(json).get("findings"),
                "the folder's report and the JSON are the same examination");
        assertEquals(List.of(DOC, "other", "r.json", "r.manifest.json"), names(tmp));
    }

    @Test
    void aPlaceThatCannotBeWrittenFailsBeforeTheDoctorExamines() throws IOException {
        Path file = Files.writeString(tmp.resolve("cc"), "mine");
        assertRefused(List.of("--out", file.toString()), "--out " + file + ": not a folder (a file is in the way)");
        assertRefused(List.of("--out", file.resolve("doc").toString()),
                "--out " + file.resolve("doc") + ": " + file + " is not a folder");
        assertRefused(List.of("--json", file.resolve("r.json").toString()),
                "--json " + file.resolve("r.json") + ": " + file + " is not a folder");
        Path mine = Files.createDirectories(tmp.resolve("thesis"));
        Files.writeString(mine.resolve("chapter1.tex"), "x");
        assertRefused(List.of("--out", mine.toString()), "--out " + mine + ": holds files but no manifest.json: not an "
                + "InitLab result folder, which is all InitLab replaces; choose a new or an empty folder");
        assertRefused(List.of("--json", mine.toString()), "--json " + mine + ": a folder is in the way");
        assertEquals("mine", Files.readString(file));
        assertEquals(List.of("cc", "thesis"), names(tmp));
        assertEquals(List.of("chapter1.tex"), names(mine));

        SmallFileSystem fs = SmallFileSystem.mount(tmp.resolve("ro"), "size=64k,ro").orElse(null);
        assumeTrue(fs != null, "this machine does not let a test mount a tmpfs");
        try (fs) {
            Path doc = fs.root().resolve(DOC);
            assertRefused(List.of("--out", doc.toString()), "--out " + doc + ": cannot write (Read-only file system)");
        }
    }

    private static void assertRefused(List<String> output, String message) {
        Outcome o = doctor(RANDOM, output.toArray(String[]::new));
        assertEquals(2, o.status(), o.err());
        assertEquals("initlab: " + message + "\n", o.err());
        assertEquals("", o.out(), "refused before examining: nothing printed");
    }

    /** {@code initlab doctor} on the real data with {@code options}, then {@code more}. */
    private static List<String> args(List<String> options, String... more) {
        List<String> args = new ArrayList<>(List.of("doctor", "--data-dir", RealData.DIR.toString()));
        args.addAll(options);
        args.addAll(List.of(more));
        return args;
    }

    private static Outcome doctor(List<String> options, String... more) {
        return CliRun.run(args(options, more).toArray(String[]::new));
    }

    private static String networkSource(Path doc) {
        return Json.read(doc.resolve(DoctorFiles.REPORT)).get("doctor").get("network_source").asText();
    }

    private static List<String> manifestFiles(Path doc) {
        List<String> files = new ArrayList<>();
        ResultFolder.verify(doc).get("files").forEach(f -> files.add(f.asText()));
        return files;
    }

    private static List<String> sorted(List<String> names, String... more) {
        List<String> all = new ArrayList<>(names);
        all.addAll(List.of(more));
        return all.stream().sorted().toList();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
