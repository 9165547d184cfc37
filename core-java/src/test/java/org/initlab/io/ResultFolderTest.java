package org.initlab.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.testing.DamagedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultFolderTest {
    @TempDir
    Path dir;

    @Test
    void aCommittedFolderHoldsEveryFileAndAManifestNamingTheirHashes() throws IOException {
        Path target = dir.resolve("cc");
        try (ResultFolder folder = ResultFolder.open(target, "out")) {
            folder.writeJson("result.json", Map.of("seed", 3));
            folder.writeString("costs.csv", "iteration,cost\n");
            folder.writeFiles(staging -> AtomicFiles.writeString(staging.resolve("pictures/curve.svg"), "<svg/>"));
            assertEquals(target, folder.commit("he", Map.of("seed", 3)));
            assertEquals(List.of("result.json", "costs.csv", "pictures/curve.svg"), folder.files());
        }
        JsonNode m = ResultFolder.verify(target);
        assertEquals(List.of("result.json", "costs.csv", "pictures/curve.svg"),
                Stream.of(m.get("files")).flatMap(f -> java.util.stream.StreamSupport.stream(f.spliterator(), false))
                        .map(JsonNode::asText).toList());
        assertEquals(Manifest.sha256(target.resolve("pictures/curve.svg")),
                m.get(Manifest.SHA256).get("pictures/curve.svg").asText());
        assertEquals(3, m.get("seed").asInt());
        assertEquals(List.of("cc"), names(dir), "no lock file, no hidden folder left beside it");
    }

    @Test
    void nothingAppearsBeforeTheCommitAndNothingRemainsWithoutOne() {
        Path target = dir.resolve("cc");
        try (ResultFolder folder = ResultFolder.open(target, "out")) {
            folder.writeString("result.json", "{}\n");
            assertFalse(Files.exists(target));
            assertTrue(names(dir).contains(folder.staging().getFileName().toString()));
            assertTrue(folder.staging().getFileName().toString().matches("\\.cc\\.\\d+\\.tmp"), folder.staging().toString());
        }
        assertEquals(List.of(), names(dir));
    }

    @Test
    void aRerunReplacesThePreviousFolderWholeAndKeepsTheUsersFiles() throws IOException {
        Path target = dir.resolve("cc");
        write(target, Map.of("a.txt", "old a", "b.txt", "old b"));
        Path notes = Files.writeString(target.resolve("notes.txt"), "mine");
        try (ResultFolder folder = ResultFolder.open(target, "out")) {
            folder.writeString("a.txt", "new a");
            assertEquals("old a", Files.readString(target.resolve("a.txt")), "the previous folder until the commit");
            assertEquals("old b", Files.readString(target.resolve("b.txt")));
            folder.commit("v2", Map.of());
        }
        assertEquals("new a", Files.readString(target.resolve("a.txt")));
        assertFalse(Files.exists(target.resolve("b.txt")), "nothing of the previous result stays");
        assertEquals("mine", Files.readString(notes), "the user's file is kept");
        assertEquals(List.of("a.txt", "manifest.json", "notes.txt"), names(target));
        assertEquals("v2", ResultFolder.verify(target).get("run").asText());
        assertEquals(List.of("cc"), names(dir));
    }

    @Test
    void aFailedWriteLeavesThePreviousFolderAsItWas() throws IOException {
        Path target = dir.resolve("cc");
        write(target, Map.of("model.zip", "old model"));
        var before = DamagedFiles.snapshot(target);
        try (ResultFolder folder = ResultFolder.open(target, "out")) {
            folder.writeString("result.json", "{}\n");
            InputException e = assertThrows(InputException.class, () -> folder.write("model.zip", out -> {
                out.write(new byte[1000]);
                throw new IOException("No space left on device");
            }));
            assertEquals(target.resolve("model.zip") + ": cannot write (No space left on device)", e.getMessage(),
                    "names the file as the user knows it, not the hidden folder");
        }
        assertEquals(before, DamagedFiles.snapshot(target));
        assertEquals(List.of("cc"), names(dir));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinuxAnExistingFolderIsExchangedInOneStep() throws IOException {
        assertTrue(FolderSwap.available(), "renameat2 through JNA");
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("in-a"), "1");
        Files.writeString(b.resolve("in-b"), "2");
        assertTrue(FolderSwap.exchange(a, b), "this file system exchanges");
        assertEquals(List.of("in-b"), names(a));
        assertEquals(List.of("in-a"), names(b));
    }

    @Test
    void withoutAnExchangeTwoRenamesReplaceTheFolderAndTheOldOneIsAside() throws IOException {
        Path target = dir.resolve("cc");
        write(target, Map.of("a.txt", "old"));
        Path staging = Files.createDirectories(dir.resolve(".cc.1.tmp"));
        Files.writeString(staging.resolve("a.txt"), "new");
        Path aside;
        synchronized (Cleanup.MONITOR) {
            aside = ResultFolder.moveIntoPlace(staging, target, false);
        }
        assertEquals("new", Files.readString(target.resolve("a.txt")));
        assertTrue(aside.getFileName().toString().matches("\\.cc\\.\\d+\\.old"), aside.toString());
        assertEquals("old", Files.readString(aside.resolve("a.txt")));
    }

    @Test
    void aPreviousFolderAKilledRunLeftAsideIsPutBackAndOtherLeftoversRemoved() throws IOException {
        Path target = dir.resolve("cc");
        write(target, Map.of("a.txt", "old"));
        var previous = DamagedFiles.snapshot(target);
        Files.move(target, dir.resolve(".cc.17.old"));                     // killed between the two renames
        Files.createDirectories(dir.resolve(".cc.18.tmp"));
        Files.writeString(dir.resolve(".cc.18.tmp/a.txt"), "half");        // and a new folder half written
        Files.writeString(dir.resolve(".cc.lock"), "999999999 dead\n");    // its lock
        try (ResultFolder folder = ResultFolder.open(target, "out")) {
            assertEquals(previous, DamagedFiles.snapshot(target), "the previous folder is back");
            assertEquals(java.util.OptionalLong.of(999_999_999L), folder.lock().takenOverFrom());
        }
        assertEquals(previous, DamagedFiles.snapshot(target));
        assertEquals(List.of("cc"), names(dir));
    }

    @Test
    void aFolderThatIsNotInitLabsIsRefusedAndLeftAlone() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("thesis.tex"), "x");
        InputException e = assertThrows(InputException.class, () -> ResultFolder.open(mine, "out"));
        assertEquals("out " + mine + ": holds files but no manifest.json: not an InitLab result folder, which is all "
                + "InitLab replaces; choose a new or an empty folder", e.getMessage());

        Path target = dir.resolve("cc");
        write(target, Map.of("a.txt", "1"));
        Files.createDirectories(target.resolve("drafts"));
        InputException sub = assertThrows(InputException.class, () -> ResultFolder.open(target, "out"));
        assertEquals("out " + target + ": holds drafts, a folder InitLab did not write; move it out or choose another "
                + "folder", sub.getMessage());
        assertEquals(List.of("cc", "mine"), names(dir), "no lock, no hidden folder left");
    }

    @Test
    void aSweepsFolderIsNeverReplacedByAResult() throws IOException {
        Path sweep = dir.resolve("grid");
        write(sweep, Map.of("sweep.json", "{}", "runs.csv", "r"));
        InputException e = assertThrows(InputException.class, () -> ResultFolder.open(sweep, "out"));
        assertEquals("out " + sweep + ": holds a sweep (sweep.json, its runs): the work of every run in it, which a "
                + "single result never replaces; choose another folder, or remove it", e.getMessage());
        assertEquals("{}", Files.readString(sweep.resolve("sweep.json")));
        assertEquals(List.of("grid"), names(dir), "no lock, no hidden folder left");
    }

    @Test
    void aFileInTheWayIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("cc"), "x");
        InputException e = assertThrows(InputException.class, () -> ResultFolder.open(file, "out"));
        assertEquals("out " + file + ": not a folder (a file is in the way)", e.getMessage());
        InputException under = assertThrows(InputException.class, () -> ResultFolder.open(file.resolve("run"), "out"));
        assertEquals("out " + file.resolve("run") + ": " + file + " is not a folder", under.getMessage());
        assertEquals(List.of("cc"), names(dir));
        assertEquals("x", Files.readString(file));
    }

    @Test
    void anEmptyFolderIsReplaced() throws IOException {
        Path target = Files.createDirectories(dir.resolve("cc"));
        write(target, Map.of("a.txt", "1"));
        assertEquals("1", Files.readString(target.resolve("a.txt")));
    }

    @Test
    void readingAModelFromAResultFolderChecksTheFolder() throws IOException {
        Path target = dir.resolve("cc");
        write(target, Map.of("model.zip", "model", "result.json", "{}"));
        assertTrue(ResultFolder.verifyHolding(target.resolve("model.zip")));
        Files.writeString(target.resolve("result.json"), "{\"tampered\": true}");
        InputException e = assertThrows(InputException.class, () -> ResultFolder.verifyHolding(target.resolve("model.zip")));
        assertEquals(target.resolve("result.json") + ": does not match manifest.json (its SHA-256 differs: changed or "
                + "damaged since InitLab wrote it)", e.getMessage());
        Path loose = Files.writeString(dir.resolve("model.zip"), "a model of the user's");
        assertFalse(ResultFolder.verifyHolding(loose), "a file no manifest names is not checked");
        InputException none = assertThrows(InputException.class, () -> ResultFolder.verify(dir));
        assertEquals(dir + ": not an InitLab result folder (no manifest.json)", none.getMessage());
    }

    /** Writes a result folder holding {@code files} (name to content). */
    private static void write(Path target, Map<String, String> files) {
        try (ResultFolder folder = ResultFolder.open(target, "out")) {
            new java.util.TreeMap<>(files).forEach(folder::writeString);
            folder.commit("test", Map.of());
        }
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
