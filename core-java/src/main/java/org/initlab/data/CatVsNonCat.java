package org.initlab.data;

import io.jhdf.HdfFile;
import io.jhdf.api.Node;
import io.jhdf.api.dataset.ContiguousDataset;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import org.initlab.io.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The course's cat vs non-cat images (week 4, "deep neural network application"): 64×64 RGB pictures in
 * {@code train_catvnoncat.h5} ({@code train_set_x} uint8 m×64×64×3, {@code train_set_y} m, {@code list_classes})
 * and {@code test_catvnoncat.h5} ({@code test_set_x}, {@code test_set_y}). Each image is flattened in C order
 * (row, column, channel) to 12 288 values and divided by 255, the course's
 * {@code train_x_orig.reshape(m, -1).T / 255.}; label 1 = cat.
 */
public final class CatVsNonCat {
    public static final String TRAIN_FILE = "train_catvnoncat.h5";
    public static final String TEST_FILE = "test_catvnoncat.h5";
    public static final int HEIGHT = 64;
    public static final int WIDTH = 64;
    public static final int CHANNELS = 3;
    public static final int FEATURES = HEIGHT * WIDTH * CHANNELS;

    /** HDF5's format signature; it sits at byte 0 or after a user block of 512, 1024, 2048… bytes. */
    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
    private static final int MAX_SIGNATURE_OFFSET = 1 << 20;

    private CatVsNonCat() {
    }

    /** Loads both files from {@code dir}; the class names come from the training file's {@code list_classes}. */
    public static Dataset load(Path dir) {
        Path trainFile = dir.resolve(TRAIN_FILE);
        Path testFile = dir.resolve(TEST_FILE);
        Part train = read(trainFile, "train_set_x", "train_set_y", true);
        Part test = read(testFile, "test_set_x", "test_set_y", false);
        return new Dataset("cat", train.split, test.split, train.classNames, trainFile + ", " + testFile);
    }

    /** One file's examples, and its class names when they were asked for (else empty). */
    private record Part(Split split, List<String> classNames) {
    }

    private static Part read(Path file, String xName, String yName, boolean withClassNames) {
        long size = DataFiles.requireReadable(file);
        checkSignature(file, size);
        try (HdfFile hdf = new HdfFile(file)) {
            Split split = split(file, hdf, xName, yName, size);
            return new Part(split, withClassNames ? classNames(file, hdf, size) : List.of());
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException(file + ": damaged or truncated HDF5 file (" + DataFiles.reason(e) + ")", e);
        }
    }

    private static void checkSignature(Path file, long size) {
        byte[] head = new byte[SIGNATURE.length];
        try (InputStream in = Files.newInputStream(file)) {
            long position = 0;
            for (long offset = 0; offset + SIGNATURE.length <= size && offset <= MAX_SIGNATURE_OFFSET;
                 offset = offset == 0 ? 512 : offset * 2) {
                in.skipNBytes(offset - position);
                if (in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, SIGNATURE)) {
                    return;
                }
                position = offset + head.length;
            }
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + DataFiles.reason(e) + ")", e);
        }
        throw new InputException(file + ": not an HDF5 file");
    }

    private static Split split(Path file, HdfFile hdf, String xName, String yName, long fileSize) {
        io.jhdf.api.Dataset x = dataset(file, hdf, xName);
        io.jhdf.api.Dataset y = dataset(file, hdf, yName);
        int[] dims = x.getDimensions();
        if (dims.length != 4 || dims[1] != HEIGHT || dims[2] != WIDTH || dims[3] != CHANNELS) {
            throw new InputException(file + ": dataset '" + xName + "' has shape " + DataFiles.shape(dims)
                    + ", expected m x 64 x 64 x 3");
        }
        int m = dims[0];
        if (m == 0) {
            throw new InputException(file + ": dataset '" + xName + "' holds no images");
        }
        int[] labelDims = y.getDimensions();
        long nonUnit = Arrays.stream(labelDims).filter(d -> d != 1).count();
        if (labelDims.length == 0 || labelDims.length > 2 || nonUnit > 1) {
            throw new InputException(file + ": dataset '" + yName + "' has shape " + DataFiles.shape(labelDims)
                    + ", expected a vector of labels");
        }
        long labelCount = y.getSize();
        if (labelCount != m) {
            throw new InputException(file + ": dataset '" + xName + "' has " + m + " images but '" + yName
                    + "' has " + labelCount + " labels");
        }
        requireUnsignedBytes(file, xName, x.getDataType());
        requireInFile(file, hdf, x, xName, fileSize);
        requireInFile(file, hdf, y, yName, fileSize);

        long[] labels = labels(file, y, yName);
        int[] pixels = (int[]) x.getDataFlat();
        double[] scaled = new double[pixels.length];
        double[] table = Pixels.SCALE;
        for (int i = 0; i < pixels.length; i++) {
            scaled[i] = table[pixels[i]];
        }
        double[] ys = new double[m];
        for (int i = 0; i < m; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new InputException(file + ": dataset '" + yName + "' holds " + labels[i] + " at [" + i
                        + "]: labels must be 0 or 1");
            }
            ys[i] = labels[i];
        }
        return new Split(new Matrix(m, FEATURES, scaled), new Matrix(m, 1, ys));
    }

    /**
     * Fails when a dataset's bytes lie (partly) beyond the end of the file, which jHDF would otherwise read as
     * zeros: for contiguous storage, user block + data address + size must not exceed the file's size.
     */
    private static void requireInFile(Path file, HdfFile hdf, io.jhdf.api.Dataset dataset, String name,
                                      long fileSize) {
        long end = dataset instanceof ContiguousDataset contiguous
                ? hdf.getUserBlockSize() + contiguous.getDataAddress() + dataset.getSizeInBytes()
                : dataset.getStorageInBytes();
        if (end > fileSize) {
            throw new InputException(file + ": truncated: dataset '" + name + "' ends at byte " + end
                    + ", the file has " + fileSize);
        }
    }

    private static void requireUnsignedBytes(Path file, String name, DataType type) {
        if (!(type instanceof FixedPoint fixed) || fixed.getSize() != 1 || fixed.isSigned()) {
            throw new InputException(file + ": dataset '" + name + "' holds " + describe(type)
                    + ", expected uint8 pixels");
        }
    }

    private static String describe(DataType type) {
        if (type instanceof FixedPoint fixed) {
            return (fixed.isSigned() ? "int" : "uint") + 8 * fixed.getSize();
        }
        return type.getClass().getSimpleName() + " (" + type.getSize() + " bytes)";
    }

    private static long[] labels(Path file, io.jhdf.api.Dataset y, String name) {
        if (!(y.getDataType() instanceof FixedPoint)) {
            throw new InputException(file + ": dataset '" + name + "' holds " + describe(y.getDataType())
                    + ", expected integer labels");
        }
        Object flat = y.getDataFlat();
        if (flat instanceof long[] longs) {
            return longs;
        }
        if (flat instanceof int[] ints) {
            return Arrays.stream(ints).asLongStream().toArray();
        }
        if (flat instanceof short[] shorts) {
            long[] out = new long[shorts.length];
            for (int i = 0; i < shorts.length; i++) {
                out[i] = shorts[i];
            }
            return out;
        }
        if (flat instanceof byte[] bytes) {
            long[] out = new long[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                out[i] = bytes[i];
            }
            return out;
        }
        throw new InputException(file + ": dataset '" + name + "' holds " + flat.getClass().getSimpleName()
                + ", expected integer labels");
    }

    /** {@code list_classes}, byte strings such as {@code b'non-cat'}, {@code b'cat'}; index = label. */
    private static List<String> classNames(Path file, HdfFile hdf, long fileSize) {
        io.jhdf.api.Dataset classes = dataset(file, hdf, "list_classes");
        requireInFile(file, hdf, classes, "list_classes", fileSize);
        Object flat = classes.getDataFlat();
        if (!(flat instanceof String[] names) || names.length != 2) {
            throw new InputException(file + ": dataset 'list_classes' should hold 2 class names");
        }
        List<String> out = new ArrayList<>();
        for (String name : names) {
            out.add(name.replace("\0", "").strip());
        }
        return out;
    }

    private static io.jhdf.api.Dataset dataset(Path file, HdfFile hdf, String name) {
        Node node = hdf.getChildren().get(name);
        if (node == null) {
            throw new InputException(file + ": dataset '" + name + "' missing");
        }
        if (!(node instanceof io.jhdf.api.Dataset dataset)) {
            throw new InputException(file + ": '" + name + "' is a " + node.getType() + ", expected a dataset");
        }
        return dataset;
    }
}
