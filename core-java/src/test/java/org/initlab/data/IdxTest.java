package org.initlab.data;

import org.initlab.io.InputException;
import org.initlab.testing.DamagedFiles;
import org.initlab.testing.IdxFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.initlab.testing.IdxFiles.idx;
import static org.initlab.testing.IdxFiles.images;
import static org.initlab.testing.IdxFiles.labels;
import static org.initlab.testing.IdxFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class IdxTest {
    @TempDir
    Path dir;

    @Test
    void plainAndGzippedFilesReadAlike() {
        for (String name : new String[] {"imgs", "imgs.gz"}) {
            Idx.Images im = Idx.readImages(write(dir.resolve(name), images(3)), 28, 28);
            assertEquals(3, im.count());
            assertEquals(784, im.pixelsPerImage());
            assertEquals(3 * 784, im.pixels().length);
            assertEquals(2, im.pixels()[784 + 1]);
            assertEquals((byte) 255, im.pixels()[2 * 784 + 253]);
        }
        assertArrayEquals(new int[] {5, 0, 9, 255}, Idx.readLabels(write(dir.resolve("l.gz"), labels(5, 0, 9, 255))));
    }

    @Test
    void missingAndEmptyFilesAreNamed() throws IOException {
        assertFails("none.gz: missing", () -> Idx.readLabels(dir.resolve("none.gz")));
        Files.write(dir.resolve("empty.gz"), new byte[0]);
        assertFails("empty.gz: empty", () -> Idx.readLabels(dir.resolve("empty.gz")));
    }

    @Test
    void garbageIsNotGzip() throws IOException {
        byte[] noise = DamagedFiles.noise(1000, 3);
        noise[0] = 0x42;
        Files.write(dir.resolve("x.gz"), noise);
        assertFails("x.gz: not a gzip file", () -> Idx.readImages(dir.resolve("x.gz"), 28, 28));
        Files.write(dir.resolve("one.gz"), new byte[] {0x1f});
        assertFails("one.gz: not a gzip file", () -> Idx.readImages(dir.resolve("one.gz"), 28, 28));
    }

    @Test
    void truncatedGzipStreamIsReported() throws IOException {
        Files.write(dir.resolve("cut.gz"), IdxFiles.truncatedGzip(images(50)));
        assertFails("cut.gz: truncated gzip stream", () -> Idx.readImages(dir.resolve("cut.gz"), 28, 28));
    }

    @Test
    void corruptDeflateDataIsReported() throws IOException {
        Files.write(dir.resolve("bad.gz"), IdxFiles.corruptGzip(images(50)));
        InputException e = assertThrows(InputException.class, () -> Idx.readImages(dir.resolve("bad.gz"), 28, 28));
        assertEquals(dir.resolve("bad.gz") + ": corrupt gzip data (", e.getMessage().substring(0,
                (dir.resolve("bad.gz") + ": corrupt gzip data (").length()));
    }

    @Test
    void badMagicIsReported() {
        write(dir.resolve("l.gz"), idx(new int[] {0x0802, 1}, new byte[1]));
        assertFails("l.gz: bad magic number 0x00000802, expected 0x00000801 (IDX labels)",
                () -> Idx.readLabels(dir.resolve("l.gz")));
        write(dir.resolve("i"), labels(1, 2));
        assertFails("i: bad magic number 0x00000801, expected 0x00000803 (IDX images)",
                () -> Idx.readImages(dir.resolve("i"), 28, 28));
    }

    @Test
    void incompleteHeaderIsTruncation() {
        write(dir.resolve("i.gz"), new byte[] {0, 0, 8, 3, 0, 0});
        assertFails("i.gz: truncated: the IDX header needs 16 bytes, the uncompressed file has 6",
                () -> Idx.readImages(dir.resolve("i.gz"), 28, 28));
    }

    @Test
    void imageSizeMustBe28By28() {
        write(dir.resolve("i.gz"), idx(new int[] {Idx.IMAGES_MAGIC, 1, 27, 28}, new byte[27 * 28]));
        assertFails("i.gz: images are 27 x 28 pixels, expected 28 x 28",
                () -> Idx.readImages(dir.resolve("i.gz"), 28, 28));
    }

    @Test
    void headerClaimingMoreItemsThanPresentFailsWithoutAllocatingThem() {
        byte[] threeImages = Arrays.copyOfRange(images(3), 16, 16 + 3 * 784);
        write(dir.resolve("i.gz"), idx(new int[] {Idx.IMAGES_MAGIC, 1 << 31, 28, 28}, threeImages));
        write(dir.resolve("i"), idx(new int[] {Idx.IMAGES_MAGIC, 1 << 31, 28, 28}, threeImages));
        write(dir.resolve("m.gz"), idx(new int[] {Idx.IMAGES_MAGIC, 2_000_000, 28, 28}, threeImages));
        write(dir.resolve("l.gz"), idx(new int[] {Idx.LABELS_MAGIC, -1}, new byte[7]));
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            assertFails("i.gz: truncated: header claims 2147483648 images but the file holds only 3",
                    () -> Idx.readImages(dir.resolve("i.gz"), 28, 28));
            assertFails("i: truncated: header claims 2147483648 images but the file holds only 3",
                    () -> Idx.readImages(dir.resolve("i"), 28, 28));
            assertFails("m.gz: truncated: header claims 2000000 images but the file holds only 3",
                    () -> Idx.readImages(dir.resolve("m.gz"), 28, 28));
            assertFails("l.gz: truncated: header claims 4294967295 labels but the file holds only 7",
                    () -> Idx.readLabels(dir.resolve("l.gz")));
        });
    }

    @Test
    void dataBeyondWhatTheHeaderClaimsIsReported() {
        write(dir.resolve("l"), idx(new int[] {Idx.LABELS_MAGIC, 2}, new byte[3]));
        assertFails("l: holds more data than the 2 labels its header claims", () -> Idx.readLabels(dir.resolve("l")));
        write(dir.resolve("l.gz"), idx(new int[] {Idx.LABELS_MAGIC, 2}, new byte[3]));
        assertFails("l.gz: holds more data than the 2 labels its header claims",
                () -> Idx.readLabels(dir.resolve("l.gz")));
    }

    private void assertFails(String expectedAfterDir, org.junit.jupiter.api.function.Executable load) {
        InputException e = assertThrows(InputException.class, load);
        assertEquals(dir + "/" + expectedAfterDir, e.getMessage());
    }
}
