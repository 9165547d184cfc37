package org.initlab.data;

import org.initlab.io.InputException;
import org.initlab.testing.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.initlab.testing.IdxFiles.images;
import static org.initlab.testing.IdxFiles.labels;
import static org.initlab.testing.IdxFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MnistTest {
    private static Dataset mnist;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadOnce() {
        mnist = Mnist.load(RealData.DIR);
    }

    @Test
    void uncompressedFilesHaveTheSpecsMd5() throws IOException {
        Path folder = RealData.DIR.resolve("mnist");
        assertEquals("6bbc9ace898e44ae57da46a324031adb", md5(folder.resolve("train-images-idx3-ubyte.gz")));
        assertEquals("a25bea736e30d166cdddb491f175f624", md5(folder.resolve("train-labels-idx1-ubyte.gz")));
        assertEquals("2646ac647ad5339dbf082846283269ea", md5(folder.resolve("t10k-images-idx3-ubyte.gz")));
        assertEquals("27ae3e4e09519cfbb04c329615203637", md5(folder.resolve("t10k-labels-idx1-ubyte.gz")));
    }

    @Test
    void trainIsTheFirst50000AndTestThe10000() {
        assertEquals("mnist", mnist.name());
        assertEquals(50_000, mnist.train().x().rows());
        assertEquals(784, mnist.train().x().cols());
        assertEquals(10, mnist.train().y().cols());
        assertEquals(10_000, mnist.test().x().rows());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), mnist.classNames());
    }

    @Test
    void firstTrainingLabelIsFive() {
        assertArrayEquals(new int[] {5, 0, 4, 1, 9, 2, 1, 3, 1, 4}, Arrays.copyOf(mnist.train().labels(), 10));
        assertArrayEquals(new int[] {7, 2, 1, 0, 4, 1, 4, 9, 5, 9}, Arrays.copyOf(mnist.test().labels(), 10));
        assertEquals(1.0, mnist.train().y().get(0, 5));
    }

    @Test
    void labelsAreOneHot() {
        Matrix y = mnist.train().y();
        for (int i = 0; i < y.rows(); i++) {
            double sum = 0;
            for (int j = 0; j < 10; j++) {
                double v = y.get(i, j);
                assertTrue(v == 0.0 || v == 1.0, "y[" + i + ", " + j + "] = " + v);
                sum += v;
            }
            assertEquals(1.0, sum);
        }
    }

    /** numpy: {@code np.bincount} of the first 50 000 training labels and of the test labels. */
    @Test
    void classBalanceMatchesNumpy() {
        assertArrayEquals(new int[] {4932, 5678, 4968, 5101, 4859, 4506, 4951, 5175, 4842, 4988},
                counts(mnist.train().labels()));
        assertArrayEquals(new int[] {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009},
                counts(mnist.test().labels()));
    }

    /** numpy: the sum of the pixel bytes of the first 50 000 training images and of the test images. */
    @Test
    void pixelsAreBytesOver255() {
        assertEquals(1309089051L, byteSum(mnist.train().x()));
        assertEquals(264923200L, byteSum(mnist.test().x()));
        for (double v : mnist.test().x().data()) {
            assertEquals(v, Math.round(v * 255) / 255.0);
        }
    }

    @Test
    void rawLabelsAreTheWholeTrainingFile() {
        int[] raw = Idx.readLabels(RealData.DIR.resolve("mnist/train-labels-idx1-ubyte.gz"));
        assertEquals(60_000, raw.length);
        assertArrayEquals(Arrays.copyOf(raw, 50_000), mnist.train().labels());
    }

    @Test
    void uncompressedFileIsUsedWhenTheGzipIsAbsent() {
        Path folder = dir.resolve("mnist");
        write(folder.resolve("t10k-labels-idx1-ubyte"), labels(3));
        assertEquals(folder.resolve("t10k-labels-idx1-ubyte"), Mnist.file(folder, "t10k-labels-idx1-ubyte"));
        write(folder.resolve("t10k-labels-idx1-ubyte.gz"), labels(3));
        assertEquals(folder.resolve("t10k-labels-idx1-ubyte.gz"), Mnist.file(folder, "t10k-labels-idx1-ubyte"));
    }

    @Test
    void missingFileNamesBothForms() {
        Path folder = dir.resolve("mnist");
        InputException e = assertThrows(InputException.class, () -> Mnist.load(dir));
        assertEquals(folder.resolve("train-images-idx3-ubyte.gz") + ": missing (nor is there an uncompressed "
                + folder.resolve("train-images-idx3-ubyte") + ")", e.getMessage());
    }

    @Test
    void smallPlainPairLoadsAsOneHotRows() {
        Path images = write(dir.resolve("imgs"), images(3));
        Path labels = write(dir.resolve("labs"), labels(7, 0, 9));
        Split s = Mnist.split(images, labels, -1);
        assertEquals(3, s.size());
        assertEquals(1.0, s.y().get(0, 7));
        assertEquals(1.0, s.y().get(2, 9));
        assertEquals(5 / 255.0, s.x().get(1, 4));
    }

    @Test
    void labelsAboveNineAreRejected() {
        Path images = write(dir.resolve("imgs"), images(2));
        Path labels = write(dir.resolve("labs"), labels(3, 10));
        InputException e = assertThrows(InputException.class, () -> Mnist.split(images, labels, -1));
        assertEquals(labels + ": label 10 at [1], expected 0-9", e.getMessage());
    }

    @Test
    void imageAndLabelCountsMustAgree() {
        Path images = write(dir.resolve("imgs.gz"), images(3));
        Path labels = write(dir.resolve("labs.gz"), labels(3, 1));
        InputException e = assertThrows(InputException.class, () -> Mnist.split(images, labels, -1));
        assertEquals(images + ": 3 images but " + labels + " has 2 labels", e.getMessage());
    }

    @Test
    void fewerTrainingImagesThanNielsenUsesAreRejected() {
        Path images = write(dir.resolve("imgs"), images(3));
        Path labels = write(dir.resolve("labs"), labels(1, 2, 3));
        InputException e = assertThrows(InputException.class, () -> Mnist.split(images, labels, 50_000));
        assertEquals(images + ": holds 3 images, fewer than the 50000 used for training", e.getMessage());
    }

    private static String md5(Path gz) throws IOException {
        InputStream in = new GZIPInputStream(Files.newInputStream(gz), 1 << 16);
        return RealData.md5(in);
    }

    private static int[] counts(int[] labels) {
        int[] counts = new int[10];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    private static long byteSum(Matrix x) {
        long sum = 0;
        for (double v : x.data()) {
            sum += Math.round(v * 255);
        }
        return sum;
    }
}
