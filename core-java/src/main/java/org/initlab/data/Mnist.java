package org.initlab.data;

import org.initlab.io.InputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The MNIST digits as Nielsen's {@code mnist_loader} prepares them (Neural Networks and Deep Learning, ch. 1 and 3):
 * pixels divided by 255 into 784 inputs per image, labels one-hot over 10 outputs; the first 50 000 of the 60 000
 * training images train (the other 10 000 are Nielsen's validation set, not used here) and the 10 000 {@code t10k}
 * images test. Read from {@code <dir>/mnist/} as the four gzipped IDX files, or uncompressed under the same names
 * without {@code .gz}.
 */
public final class Mnist {
    public static final String SUBDIR = "mnist";
    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";
    public static final int SIDE = 28;
    public static final int PIXELS = SIDE * SIDE;
    public static final int CLASSES = 10;
    public static final int TRAIN_SIZE = 50_000;
    public static final List<String> CLASS_NAMES =
            IntStream.range(0, CLASSES).mapToObj(Integer::toString).toList();

    private Mnist() {
    }

    /** Loads the first 50 000 training images and all test images from {@code dir/mnist/}. */
    public static Dataset load(Path dir) {
        Path folder = dir.resolve(SUBDIR);
        Path trainImages = file(folder, TRAIN_IMAGES);
        Path trainLabels = file(folder, TRAIN_LABELS);
        Path testImages = file(folder, TEST_IMAGES);
        Path testLabels = file(folder, TEST_LABELS);
        Split train = split(trainImages, trainLabels, TRAIN_SIZE);
        Split test = split(testImages, testLabels, -1);
        String source = trainImages + " (first " + TRAIN_SIZE + "), " + trainLabels + ", " + testImages + ", "
                + testLabels;
        return new Dataset("mnist", train, test, CLASS_NAMES, source);
    }

    /** {@code folder/name.gz} if present, else the uncompressed {@code folder/name} if present. */
    static Path file(Path folder, String name) {
        Path gz = folder.resolve(name + ".gz");
        if (Files.exists(gz)) {
            return gz;
        }
        Path plain = folder.resolve(name);
        if (Files.exists(plain)) {
            return plain;
        }
        throw new InputException(gz + ": missing (nor is there an uncompressed " + plain + ")");
    }

    /**
     * Images and labels of one IDX pair, the first {@code limit} examples ({@code -1} for all): {@code x} is
     * {@code m × 784} in [0, 1], {@code y} is {@code m × 10} one-hot.
     */
    static Split split(Path imagesFile, Path labelsFile, int limit) {
        int[] labels = Idx.readLabels(labelsFile);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= CLASSES) {
                throw new InputException(labelsFile + ": label " + labels[i] + " at [" + i + "], expected 0-9");
            }
        }
        Idx.Images images = Idx.readImages(imagesFile, SIDE, SIDE);
        if (images.count() != labels.length) {
            throw new InputException(imagesFile + ": " + images.count() + " images but " + labelsFile + " has "
                    + labels.length + " labels");
        }
        int m = limit < 0 ? images.count() : limit;
        if (m > images.count()) {
            throw new InputException(imagesFile + ": holds " + images.count() + " images, fewer than the " + m
                    + " used for training");
        }
        double[] x = new double[m * PIXELS];
        byte[] pixels = images.pixels();
        double[] scale = Pixels.SCALE;
        for (int i = 0; i < x.length; i++) {
            x[i] = scale[pixels[i] & 0xff];
        }
        double[] y = new double[m * CLASSES];
        for (int i = 0; i < m; i++) {
            y[i * CLASSES + labels[i]] = 1.0;
        }
        return new Split(new Matrix(m, PIXELS, x), new Matrix(m, CLASSES, y));
    }
}
