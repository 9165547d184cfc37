package org.initlab.testing;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import org.initlab.data.CatVsNonCat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds and damages the cat-vs-non-cat HDF5 files for tests. */
public final class Hdf5Files {
    /** Where the real test file stores {@code test_set_y}: 50 little-endian int64, contiguous. */
    private static final int TEST_LABELS_OFFSET = 616544;

    private Hdf5Files() {
    }

    /** Copies the real training and test files into {@code dir}, replacing what is there. */
    public static void copyReal(Path dir) {
        RealData.copy(dir, CatVsNonCat.TRAIN_FILE, CatVsNonCat.TEST_FILE);
    }

    /** A training file with {@code train_set_x}, {@code train_set_y} and {@code list_classes}. */
    public static Path train(Path file, byte[][][][] x, long[] y) {
        Map<String, Object> datasets = new LinkedHashMap<>();
        datasets.put("train_set_x", x);
        datasets.put("train_set_y", y);
        datasets.put("list_classes", new String[] {"non-cat", "cat"});
        return write(file, datasets);
    }

    /** An HDF5 file holding {@code datasets} at its root, in order, replacing {@code file}. */
    public static Path write(Path file, Map<String, Object> datasets) {
        try {
            Files.deleteIfExists(file);
            try (WritableHdfFile h5 = HdfFile.write(file)) {
                datasets.forEach(h5::putDataset);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Overwrites label {@code index} of a copy of the real test file, in place. */
    public static void setTestLabel(Path testFile, int index, long value) {
        try {
            byte[] bytes = Files.readAllBytes(testFile);
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(TEST_LABELS_OFFSET + 8 * index, value);
            Files.write(testFile, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
