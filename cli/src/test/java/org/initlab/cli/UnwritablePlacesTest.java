package org.initlab.cli;

import org.initlab.io.ResultFolder;
import org.initlab.testing.ChildRun;
import org.initlab.testing.CliRun;
import org.initlab.testing.CliRun.Outcome;
import org.initlab.testing.DamagedFiles;
import org.initlab.testing.SmallFileSystem;
import org.initlab.train.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Places a result folder cannot go. Where that can be known it fails before training, with one line naming
 * {@code --out} (a file in the way, a path under a regular file, a folder that is not InitLab's, a read-only file
 * system). Where it cannot (the disk fills during the writes), the run fails with one line naming the file, and the
 * previous folder, or none, remains: nothing partial, nothing hidden beside it.
 *
 * <p>The full disk is a 64 KiB tmpfs where this machine lets the test mount one, and everywhere the space hook
 * {@code -Dinitlab.test.spaceLeft=BYTES} of {@link org.initlab.io.AtomicFiles}: a [2, 200, 200, 1] network's
 * {@code model.zip} (about 320 KB) does not fit in either.
 */
class UnwritablePlacesTest {
    private static final List<String> SMALL = List.of("train", "--iterations", "300", "--print-every", "100");
    private static final List<String> LARGE = List.of("train", "--layers", "2,200,200,1", "--iterations", "10",
            "--print-every", "0");
    private static final String NO_SPACE = ": cannot write (No space left on device)";

    @TempDir
    Path tmp;

    @Test
    void aFileInTheWayOfTheFolderFailsBeforeTraining() throws IOException {
        Path file = Files.writeString(tmp.resolve("cc"), "mine");
        assertRefusedBeforeTraining(file, "--out " + file + ": not a folder (a file is in the way)");
        assertRefusedBeforeTraining(file.resolve("run"), "--out " + file.resolve("run") + ": " + file + " is not a folder");
        assertEquals("mine", Files.readString(file));
        assertEquals(List.of("cc"), names(tmp));
    }

    @Test
    void aFolderThatIsNotInitLabsIsNotReplaced() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("thesis"));
        Files.writeString(mine.resolve("chapter1.tex"), "x");
        var before = DamagedFiles.snapshot(tmp);
        assertRefusedBeforeTraining(mine, "--out " + mine + ": holds files but no manifest.json: not an InitLab result "
                + "folder, which is all InitLab replaces; choose a new or an empty folder");
        assertEquals(before, DamagedFiles.snapshot(tmp));
    }

    /** A sweep's folder has a manifest too: train --out and doctor --out into it replaced all of its runs. */
    @Test
    void aSweepsFolderIsNotReplacedByASingleResult() throws IOException {
        Path sweep = tmp.resolve("grid");
        Outcome swept = CliRun.run("sweep", "--init", "he,xavier", "--iterations", "20", "--no-pictures", "--out",
                sweep.toString());
        assertEquals(0, swept.status(), swept.err());
        var before = DamagedFiles.snapshot(tmp);
        String refused = "--out " + sweep + ": holds a sweep (sweep.json, its runs): the work of every run in it, "
                + "which a single result never replaces; choose another folder, or remove it";
        assertRefusedBeforeTraining(sweep, refused);
        Outcome doctor = CliRun.run("doctor", "--steps", "0", "--no-pictures", "--out", sweep.toString());
        assertEquals(2, doctor.status(), doctor.err());
        assertEquals(List.of("initlab: " + refused), doctor.err().lines().toList());
        assertEquals(before, DamagedFiles.snapshot(tmp));
        assertEquals(0, CliRun.run("verify", sweep.toString()).status(), "the sweep is whole");
    }

    @Test
    void aReadOnlyFileSystemFailsBeforeTraining() {
        SmallFileSystem fs = SmallFileSystem.mount(tmp.resolve("ro"), "size=64k,ro").orElse(null);
        assumeTrue(fs != null, "this machine does not let a test mount a tmpfs");
        try (fs) {
            Path cc = fs.root().resolve("cc");
            assertRefusedBeforeTraining(cc, "--out " + cc + ": cannot write (Read-only file system)");
        }
    }

    @Test
    void aFullTmpfsLeavesThePreviousFolderOrNoneAndNothingPartial() {
        SmallFileSystem fs = SmallFileSystem.mount(tmp.resolve("small"), "size=64k").orElse(null);
        assumeTrue(fs != null, "this machine does not let a test mount a tmpfs");
        try (fs) {
            Path cc = fs.root().resolve("cc");
            assertEquals(0, run(SMALL, cc).status());
            var previous = DamagedFiles.snapshot(cc);

            Outcome full = run(LARGE, cc);
            assertEquals(2, full.status(), full.err());
            assertEquals("initlab: " + cc.resolve(RunFiles.MODEL) + NO_SPACE + "\n", full.err());
            assertEquals(previous, DamagedFiles.snapshot(cc), "the previous folder, as it was");
            ResultFolder.verify(cc);

            Path fresh = fs.root().resolve("fresh");
            Outcome none = run(LARGE, fresh);
            assertEquals(2, none.status(), none.err());
            assertEquals("initlab: " + fresh.resolve(RunFiles.MODEL) + NO_SPACE + "\n", none.err());
            assertEquals(List.of("cc"), names(fs.root()), "no new folder, nothing hidden beside them");
        }
    }

    @Test
    void aDiskThatFillsDuringTheWritesLeavesThePreviousFolderOrNone() {
        Path cc = tmp.resolve("cc");
        assertEquals(0, run(SMALL, cc).status());
        var previous = DamagedFiles.snapshot(cc);
        for (Path target : List.of(cc, tmp.resolve("fresh"))) {
            List<String> args = new ArrayList<>(LARGE);
            args.addAll(List.of("--out", target.toString()));
            try (ChildRun child = ChildRun.start(List.of("initlab.test.spaceLeft=20000"), args)) {
                assertEquals(2, child.waitFor(), child.err());
                assertEquals("initlab: " + target.resolve(RunFiles.MODEL) + NO_SPACE + "\n", child.err());
            }
        }
        assertEquals(previous, DamagedFiles.snapshot(cc), "the previous folder, as it was");
        assertEquals(List.of("cc"), names(tmp), "no new folder, nothing hidden beside them");
    }

    private void assertRefusedBeforeTraining(Path out, String message) {
        Outcome o = run(SMALL, out);
        assertEquals(2, o.status(), o.err());
        assertEquals("initlab: " + message + "\n", o.err());
        assertEquals("", o.out(), "nothing trained");
    }

    private static Outcome run(List<String> train, Path out) {
        List<String> args = new ArrayList<>(train);
        args.addAll(List.of("--out", out.toString()));
        return CliRun.run(args.toArray(String[]::new));
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
