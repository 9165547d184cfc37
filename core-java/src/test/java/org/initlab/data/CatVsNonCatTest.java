package org.initlab.data;

import org.initlab.io.InputException;
import org.initlab.testing.DamagedFiles;
import org.initlab.testing.Hdf5Files;
import org.initlab.testing.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CatVsNonCatTest {
    private static final String TRAIN = CatVsNonCat.TRAIN_FILE;
    private static final String TEST = CatVsNonCat.TEST_FILE;
    private static Dataset cat;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadOnce() {
        cat = CatVsNonCat.load(RealData.DIR);
    }

    /** Each case starts from copies of the real files and damages one of them. */
    @BeforeEach
    void copyRealFiles() {
        Hdf5Files.copyReal(dir);
    }

    @Test
    void filesAreTheOnesTheSpecNames() {
        assertEquals("fbe56ab67c3ae28d564e3a644189117976d6b31af0a3ce9bb17dbf22908af242",
                RealData.sha256(RealData.DIR.resolve(TRAIN)));
        assertEquals("6a9d39ce52fa85953c5834695b8534a30ed8cfd54971fb2f080b5a24d002b951",
                RealData.sha256(RealData.DIR.resolve(TEST)));
    }

    @Test
    void imagesAreFlattenedRowsOf12288() {
        assertEquals("cat", cat.name());
        assertEquals(List.of("non-cat", "cat"), cat.classNames());
        assertEquals(209, cat.train().x().rows());
        assertEquals(12288, cat.train().x().cols());
        assertEquals(50, cat.test().x().rows());
        assertEquals(1, cat.train().y().cols());
    }

    @Test
    void trainHas72CatsOf209AndTest33Of50() {
        assertEquals(72, Arrays.stream(cat.train().labels()).sum());
        assertEquals(33, Arrays.stream(cat.test().labels()).sum());
        assertEquals(List.of(0, 0, 1, 0, 0, 0, 0, 1, 0, 0),
                Arrays.stream(cat.train().labels()).limit(10).boxed().toList());
    }

    /** Pixel values as numpy reads them, at C-order index {@code ((i*64 + row)*64 + col)*3 + channel}. */
    @Test
    void pixelsAreScaledBytesInCOrder() {
        assertEquals(17 / 255.0, cat.train().x().get(0, 0));
        assertEquals(22 / 255.0, cat.train().x().get(0, pixel(0, 1, 0)));
        assertEquals(215 / 255.0, cat.train().x().get(100, pixel(10, 20, 1)));
        assertEquals(0.0, cat.train().x().get(208, pixel(63, 63, 2)));
        assertEquals(161 / 255.0, cat.test().x().get(0, pixel(0, 1, 0)));
        assertEquals(5 / 255.0, cat.test().x().get(49, pixel(63, 63, 2)));
    }

    @Test
    void pixelSumsMatchNumpy() {
        assertEquals(264542077L, byteSum(cat.train().x()));
        assertEquals(65969547L, byteSum(cat.test().x()));
    }

    @Test
    void missingTestFileIsNamed() throws IOException {
        Files.delete(dir.resolve(TEST));
        assertFails(TEST + ": missing");
    }

    @Test
    void emptyFileIsNamed() throws IOException {
        Files.write(dir.resolve(TRAIN), new byte[0]);
        assertFails(TRAIN + ": empty");
    }

    @Test
    void garbageIsNotAnHdf5File() throws IOException {
        Files.write(dir.resolve(TRAIN), DamagedFiles.noise(5000, 2));
        assertFails(TRAIN + ": not an HDF5 file");
    }

    @Test
    void truncatedFilesAreReported() throws IOException {
        byte[] real = Files.readAllBytes(RealData.DIR.resolve(TRAIN));
        Files.write(dir.resolve(TRAIN), Arrays.copyOf(real, 100_000));
        assertFails(TRAIN + ": truncated: dataset 'train_set_x' ends at byte 2570336, the file has 100000");
        Files.write(dir.resolve(TRAIN), Arrays.copyOf(real, real.length - 10));
        assertFails(TRAIN + ": truncated: dataset 'list_classes' ends at byte 2572022, the file has 2572012");
        Files.write(dir.resolve(TRAIN), Arrays.copyOf(real, 100));
        InputException e = assertThrows(InputException.class, () -> CatVsNonCat.load(dir));
        String prefix = dir.resolve(TRAIN) + ": damaged or truncated HDF5 file (";
        assertEquals(prefix, e.getMessage().substring(0, prefix.length()));
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void missingDatasetIsNamed() {
        Hdf5Files.write(dir.resolve(TRAIN), Map.of("train_set_x", new byte[2][64][64][3]));
        assertFails(TRAIN + ": dataset 'train_set_y' missing");
    }

    @Test
    void imagesMustBe64By64Rgb() {
        writeTrain(new byte[2][32][32][3], new long[] {0, 1});
        assertFails(TRAIN + ": dataset 'train_set_x' has shape 2 x 32 x 32 x 3, expected m x 64 x 64 x 3");
    }

    @Test
    void imageAndLabelCountsMustAgree() {
        writeTrain(new byte[3][64][64][3], new long[] {0, 1});
        assertFails(TRAIN + ": dataset 'train_set_x' has 3 images but 'train_set_y' has 2 labels");
    }

    @Test
    void pixelsMustBeUnsignedBytes() {
        writeTrain(new byte[2][64][64][3], new long[] {0, 1});
        assertFails(TRAIN + ": dataset 'train_set_x' holds int8, expected uint8 pixels");
    }

    @Test
    void labelsMustBeZeroOrOne() {
        Hdf5Files.setTestLabel(dir.resolve(TEST), 5, 2);
        assertFails(TEST + ": dataset 'test_set_y' holds 2 at [5]: labels must be 0 or 1");
    }

    private void writeTrain(byte[][][][] x, long[] y) {
        Hdf5Files.train(dir.resolve(TRAIN), x, y);
    }

    private void assertFails(String expectedAfterDir) {
        InputException e = assertThrows(InputException.class, () -> CatVsNonCat.load(dir));
        assertEquals(dir + "/" + expectedAfterDir, e.getMessage());
    }

    private static int pixel(int row, int col, int channel) {
        return (row * 64 + col) * 3 + channel;
    }

    private static long byteSum(Matrix x) {
        long sum = 0;
        for (double v : x.data()) {
            sum += Math.round(v * 255);
        }
        return sum;
    }
}
