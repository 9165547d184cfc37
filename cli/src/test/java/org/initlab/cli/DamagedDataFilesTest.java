package org.initlab.cli;

import org.initlab.data.CatVsNonCat;
import org.initlab.data.Football;
import org.initlab.data.Idx;
import org.initlab.data.Mnist;
import org.initlab.testing.CliRun;
import org.initlab.testing.CliRun.Outcome;
import org.initlab.testing.DamagedFiles;
import org.initlab.testing.Hdf5Files;
import org.initlab.testing.IdxFiles;
import org.initlab.testing.MatFiles;
import org.initlab.testing.RealData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.types.Matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.initlab.testing.IdxFiles.idx;
import static org.initlab.testing.IdxFiles.images;
import static org.initlab.testing.IdxFiles.labels;
import static org.initlab.testing.MatFiles.matrix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of damaged data file, read by {@code initlab train} and {@code initlab data} through {@code --data-dir}:
 * exit status 2, one line on stderr naming the file and what is wrong (the Java API's message), nothing on stdout,
 * no output file or folder, and the input files left byte for byte as they were.
 */
class DamagedDataFilesTest {
    private static final String MNIST = Mnist.SUBDIR + "/";
    private static final String TRAIN_IMAGES = MNIST + Mnist.TRAIN_IMAGES + ".gz";
    private static final String TRAIN_LABELS = MNIST + Mnist.TRAIN_LABELS + ".gz";
    private static final String TEST_IMAGES = MNIST + Mnist.TEST_IMAGES + ".gz";
    private static final String TEST_LABELS = MNIST + Mnist.TEST_LABELS + ".gz";

    @TempDir
    Path tmp;

    /** Puts (damaged) data files into a data folder. */
    @FunctionalInterface
    interface Setup {
        void in(Path dir) throws IOException;
    }

    /**
     * One bad input: the data set read, extra options, the files, and the line expected on stderr after
     * {@code "initlab: "}, in which {@code {dir}} stands for the data folder; a message ending in {@code (} is a
     * prefix, the rest being the parsing library's reason.
     */
    record Case(String name, String dataset, List<String> options, Setup setup, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case fails(String name, String dataset, String message, Setup setup) {
        return new Case(name, dataset, List.of(), setup, message);
    }

    private static Case misfit(String dataset, String layers, Setup setup, String message) {
        return new Case(dataset + " with --layers " + layers, dataset, List.of("--layers", layers), setup, message);
    }

    static Stream<Case> damagedMatFiles() {
        return Stream.of(
                fails("missing", "football", "{dir}/data.mat: missing", dir -> { }),
                fails("empty", "football", "{dir}/data.mat: empty", dir -> mat(dir, new byte[0])),
                fails("random bytes", "football", "{dir}/data.mat: not a MATLAB .mat file",
                        dir -> mat(dir, DamagedFiles.noise(4000, 1))),
                fails("a CSV file", "football", "{dir}/data.mat: not a MATLAB .mat file",
                        dir -> Files.writeString(dir.resolve(Football.FILE_NAME), "x,y\n1,2\n")),
                fails("shorter than the header", "football",
                        "{dir}/data.mat: truncated MATLAB file (60 bytes, shorter than the 128-byte header)",
                        dir -> mat(dir, DamagedFiles.head(realMat(), 60))),
                fails("truncated in a data element", "football",
                        "{dir}/data.mat: truncated: a data element runs to byte 6038, the file has 3019",
                        dir -> mat(dir, DamagedFiles.head(realMat(), 3019))),
                fails("corrupt compressed data", "football", "{dir}/data.mat: damaged MATLAB file (",
                        dir -> mat(dir, MatFiles.realFootballWithCorruptData())),
                fails("MATLAB v7.3", "football",
                        "{dir}/data.mat: a MATLAB v7.3 (HDF5) file; save it in MATLAB v5/v7 format (save -v7)",
                        dir -> mat(dir, MatFiles.matlab73Header())),
                fails("variable missing", "football", "{dir}/data.mat: variable 'Xval' missing",
                        dir -> football(dir, vars -> vars.remove("Xval"))),
                fails("text variable", "football",
                        "{dir}/data.mat: variable 'X' is a char array, expected a numeric matrix",
                        dir -> MatFiles.write(dir.resolve(Football.FILE_NAME),
                                Map.of("X", Mat5.newString("not numbers")))),
                fails("three features", "football",
                        "{dir}/data.mat: variable 'X' has shape 4 x 3, expected m x 2 (one example per row)",
                        dir -> football(dir, vars -> vars.put("X", matrix(4, 3, 0.0)))),
                fails("labels a matrix", "football", "{dir}/data.mat: variable 'y' has shape 4 x 2, expected 4 x 1",
                        dir -> football(dir, vars -> vars.put("y", matrix(4, 2, 0.0)))),
                fails("fewer labels than examples", "football",
                        "{dir}/data.mat: variable 'Xval' has 3 examples but 'yval' has 2 labels",
                        dir -> football(dir, vars -> vars.put("yval", matrix(2, 1, 1.0)))),
                fails("label 2", "football", "{dir}/data.mat: variable 'y' holds 2.0 at [2]: labels must be 0 or 1",
                        dir -> football(dir, vars -> vars.get("y").setDouble(2, 0, 2.0))),
                fails("NaN feature", "football",
                        "{dir}/data.mat: variable 'X' holds NaN at [3, 1]: features must be finite",
                        dir -> football(dir, vars -> vars.get("X").setDouble(3, 1, Double.NaN))),
                fails("infinite feature", "football",
                        "{dir}/data.mat: variable 'Xval' holds -Infinity at [0, 0]: features must be finite",
                        dir -> football(dir, vars -> vars.get("Xval").setDouble(0, 0, Double.NEGATIVE_INFINITY))));
    }

    static Stream<Case> damagedHdf5Files() {
        String train = CatVsNonCat.TRAIN_FILE;
        return Stream.of(
                fails("both missing", "cat", "{dir}/train_catvnoncat.h5: missing", dir -> { }),
                fails("test file missing", "cat", "{dir}/test_catvnoncat.h5: missing",
                        dir -> RealData.copy(dir, train)),
                fails("empty", "cat", "{dir}/train_catvnoncat.h5: empty",
                        dir -> cat(dir, train, new byte[0])),
                fails("random bytes", "cat", "{dir}/train_catvnoncat.h5: not an HDF5 file",
                        dir -> cat(dir, train, DamagedFiles.noise(5000, 2))),
                fails("truncated in the images", "cat",
                        "{dir}/train_catvnoncat.h5: truncated: dataset 'train_set_x' ends at byte 2570336, "
                                + "the file has 100000",
                        dir -> cat(dir, train, DamagedFiles.head(RealData.DIR.resolve(train), 100_000))),
                fails("truncated by 10 bytes", "cat",
                        "{dir}/train_catvnoncat.h5: truncated: dataset 'list_classes' ends at byte 2572022, "
                                + "the file has 2572012",
                        dir -> cat(dir, train, DamagedFiles.head(RealData.DIR.resolve(train), 2_572_012))),
                fails("truncated in the metadata", "cat", "{dir}/train_catvnoncat.h5: damaged or truncated HDF5 file (",
                        dir -> cat(dir, train, DamagedFiles.head(RealData.DIR.resolve(train), 100))),
                fails("labels missing", "cat", "{dir}/train_catvnoncat.h5: dataset 'train_set_y' missing",
                        dir -> {
                            Hdf5Files.copyReal(dir);
                            Hdf5Files.write(dir.resolve(train), Map.of("train_set_x", new byte[2][64][64][3]));
                        }),
                fails("32 x 32 images", "cat",
                        "{dir}/train_catvnoncat.h5: dataset 'train_set_x' has shape 2 x 32 x 32 x 3, "
                                + "expected m x 64 x 64 x 3",
                        dir -> catTrain(dir, new byte[2][32][32][3], new long[] {0, 1})),
                fails("more images than labels", "cat",
                        "{dir}/train_catvnoncat.h5: dataset 'train_set_x' has 3 images but 'train_set_y' has 2 labels",
                        dir -> catTrain(dir, new byte[3][64][64][3], new long[] {0, 1})),
                fails("signed pixels", "cat",
                        "{dir}/train_catvnoncat.h5: dataset 'train_set_x' holds int8, expected uint8 pixels",
                        dir -> catTrain(dir, new byte[2][64][64][3], new long[] {0, 1})),
                fails("label 2", "cat",
                        "{dir}/test_catvnoncat.h5: dataset 'test_set_y' holds 2 at [5]: labels must be 0 or 1",
                        dir -> {
                            Hdf5Files.copyReal(dir);
                            Hdf5Files.setTestLabel(dir.resolve(CatVsNonCat.TEST_FILE), 5, 2);
                        }));
    }

    static Stream<Case> damagedIdxFiles() {
        byte[] threeImages = Arrays.copyOfRange(images(3), 16, 16 + 3 * 784);
        return Stream.of(
                fails("all missing", "mnist", "{dir}/mnist/train-images-idx3-ubyte.gz: missing (nor is there an "
                        + "uncompressed {dir}/mnist/train-images-idx3-ubyte)", dir -> { }),
                fails("test labels missing", "mnist", "{dir}/mnist/t10k-labels-idx1-ubyte.gz: missing (nor is there an "
                        + "uncompressed {dir}/mnist/t10k-labels-idx1-ubyte)",
                        dir -> Files.delete(tinyMnist(dir).resolve(TEST_LABELS))),
                fails("empty", "mnist", "{dir}/mnist/train-labels-idx1-ubyte.gz: empty",
                        mnistBytes(TRAIN_LABELS, new byte[0])),
                fails("random bytes", "mnist", "{dir}/mnist/train-images-idx3-ubyte.gz: not a gzip file",
                        mnistBytes(TRAIN_IMAGES, DamagedFiles.noise(1000, 3))),
                fails("truncated gzip stream", "mnist", "{dir}/mnist/train-images-idx3-ubyte.gz: truncated gzip stream",
                        mnistBytes(TRAIN_IMAGES, IdxFiles.truncatedGzip(images(50)))),
                fails("corrupt gzip data", "mnist", "{dir}/mnist/train-images-idx3-ubyte.gz: corrupt gzip data (",
                        mnistBytes(TRAIN_IMAGES, IdxFiles.corruptGzip(images(50)))),
                fails("bad magic", "mnist", "{dir}/mnist/train-labels-idx1-ubyte.gz: bad magic number 0x00000802, "
                        + "expected 0x00000801 (IDX labels)",
                        mnistIdx(TRAIN_LABELS, idx(new int[] {0x0802, 1}, new byte[1]))),
                fails("header cut short", "mnist", "{dir}/mnist/train-images-idx3-ubyte.gz: truncated: the IDX header "
                        + "needs 16 bytes, the uncompressed file has 6",
                        mnistIdx(TRAIN_IMAGES, new byte[] {0, 0, 8, 3, 0, 0})),
                fails("27 x 28 images", "mnist", "{dir}/mnist/train-images-idx3-ubyte.gz: images are 27 x 28 pixels, "
                        + "expected 28 x 28",
                        mnistIdx(TRAIN_IMAGES, idx(new int[] {Idx.IMAGES_MAGIC, 1, 27, 28}, new byte[27 * 28]))),
                fails("fewer images than the header claims", "mnist", "{dir}/mnist/train-images-idx3-ubyte.gz: "
                        + "truncated: header claims 5 images but the file holds only 3",
                        mnistIdx(TRAIN_IMAGES, idx(new int[] {Idx.IMAGES_MAGIC, 5, 28, 28}, threeImages))),
                fails("header claiming 2^31 images", "mnist", "{dir}/mnist/train-images-idx3-ubyte.gz: "
                        + "truncated: header claims 2147483648 images but the file holds only 3",
                        mnistIdx(TRAIN_IMAGES, idx(new int[] {Idx.IMAGES_MAGIC, 1 << 31, 28, 28}, threeImages))),
                fails("uncompressed, header claiming 2^31 images", "mnist", "{dir}/mnist/train-images-idx3-ubyte: "
                        + "truncated: header claims 2147483648 images but the file holds only 3",
                        dir -> {
                            Path folder = tinyMnist(dir);
                            Files.delete(folder.resolve(TRAIN_IMAGES));
                            IdxFiles.write(folder.resolve(MNIST + Mnist.TRAIN_IMAGES),
                                    idx(new int[] {Idx.IMAGES_MAGIC, 1 << 31, 28, 28}, threeImages));
                        }),
                fails("header claiming 2^32 - 1 labels", "mnist", "{dir}/mnist/train-labels-idx1-ubyte.gz: "
                        + "truncated: header claims 4294967295 labels but the file holds only 7",
                        mnistIdx(TRAIN_LABELS, idx(new int[] {Idx.LABELS_MAGIC, -1}, new byte[7]))),
                fails("more labels than the header claims", "mnist", "{dir}/mnist/train-labels-idx1-ubyte.gz: "
                        + "holds more data than the 2 labels its header claims",
                        mnistIdx(TRAIN_LABELS, idx(new int[] {Idx.LABELS_MAGIC, 2}, new byte[3]))),
                fails("label 10", "mnist", "{dir}/mnist/train-labels-idx1-ubyte.gz: label 10 at [1], expected 0-9",
                        mnistIdx(TRAIN_LABELS, labels(3, 10, 1))),
                fails("more images than labels", "mnist", "{dir}/mnist/train-images-idx3-ubyte.gz: 3 images but "
                        + "{dir}/mnist/train-labels-idx1-ubyte.gz has 2 labels",
                        mnistIdx(TRAIN_LABELS, labels(3, 1))),
                fails("fewer training images than used", "mnist", "{dir}/mnist/train-images-idx3-ubyte.gz: "
                        + "holds 3 images, fewer than the 50000 used for training", DamagedDataFilesTest::tinyMnist),
                fails("damaged test labels", "mnist", "{dir}/mnist/t10k-labels-idx1-ubyte.gz: not a gzip file",
                        dir -> {
                            RealData.copy(dir, TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES);
                            DamagedFiles.write(dir.resolve(TEST_LABELS), DamagedFiles.noise(1000, 3));
                        }),
                fails("truncated test images", "mnist", "{dir}/mnist/t10k-images-idx3-ubyte.gz: truncated gzip stream",
                        dir -> {
                            RealData.copy(dir, TRAIN_IMAGES, TRAIN_LABELS, TEST_LABELS);
                            DamagedFiles.write(dir.resolve(TEST_IMAGES),
                                    DamagedFiles.head(RealData.DIR.resolve(TEST_IMAGES), 800_000));
                        }),
                fails("bad magic in test labels", "mnist", "{dir}/mnist/t10k-labels-idx1-ubyte.gz: bad magic number "
                        + "0x00000803, expected 0x00000801 (IDX labels)",
                        dir -> {
                            RealData.copy(dir, TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES);
                            IdxFiles.write(dir.resolve(TEST_LABELS), images(2));
                        }));
    }

    static Stream<Case> layersNotFittingTheData() {
        return Stream.of(
                misfit("football", "3,10,5,1", DamagedDataFilesTest::football,
                        "--layers 3,10,5,1: first size 3 does not match the 2 features of football"),
                misfit("football", "2,10,5,2", DamagedDataFilesTest::football,
                        "--layers 2,10,5,2: last size 2 does not match the 1 output of football"),
                misfit("cat", "12287,7,1", Hdf5Files::copyReal,
                        "--layers 12287,7,1: first size 12287 does not match the 12288 features of cat"),
                misfit("cat", "12288,7,2", Hdf5Files::copyReal,
                        "--layers 12288,7,2: last size 2 does not match the 1 output of cat"),
                misfit("mnist", "784,30,1", DamagedDataFilesTest::realMnist,
                        "--layers 784,30,1: last size 1 does not match the 10 outputs of mnist"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedMatFiles")
    void damagedMatFileGivesOneLineErrorAndNoOutput(Case c) throws IOException {
        assertRejected(c, true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedHdf5Files")
    void damagedHdf5FileGivesOneLineErrorAndNoOutput(Case c) throws IOException {
        assertRejected(c, true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedIdxFiles")
    void damagedIdxFileGivesOneLineErrorAndNoOutput(Case c) throws IOException {
        assertRejected(c, true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layersNotFittingTheData")
    void layerSizesNotFittingTheDataGiveOneLineErrorAndNoOutput(Case c) throws IOException {
        assertRejected(c, false);
    }

    /** Runs {@code initlab train} on the case's files, and {@code initlab data} too when asked. */
    private void assertRejected(Case c, boolean byDataToo) throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        c.setup().in(data);
        var inputs = DamagedFiles.snapshot(data);
        Path results = Files.createDirectories(tmp.resolve("results"));

        assertOneLineError(c, data, train(c, data, results));
        if (byDataToo) {
            assertOneLineError(c, data, CliRun.run("data", c.dataset(), "--data-dir", data.toString(),
                    "--out", results.resolve("examples.csv").toString()));
        }

        assertEquals(Map.of(), DamagedFiles.snapshot(results), "no output");
        assertEquals(inputs, DamagedFiles.snapshot(data), "the input files are untouched");
    }

    private static Outcome train(Case c, Path data, Path results) {
        List<String> args = new ArrayList<>(List.of("train", "--dataset", c.dataset(), "--data-dir", data.toString(),
                "--iterations", "10", "--out", results.resolve("run").toString(),
                "--json", results.resolve("run.json").toString()));
        args.addAll(c.options());
        return CliRun.run(args.toArray(String[]::new));
    }

    private static void assertOneLineError(Case c, Path data, Outcome o) {
        String expected = "initlab: " + c.message().replace("{dir}", data.toString());
        assertEquals(2, o.status(), o.err());
        assertEquals("", o.out(), "nothing on stdout");
        List<String> lines = o.err().lines().toList();
        assertEquals(1, lines.size(), o.err());
        if (expected.endsWith("(")) {
            assertTrue(lines.get(0).startsWith(expected) && lines.get(0).endsWith(")"), lines.get(0));
            assertFalse(lines.get(0).contains("Exception"), "no Java class names: " + lines.get(0));
        } else {
            assertEquals(expected, lines.get(0));
        }
    }

    private static Path realMat() {
        return RealData.DIR.resolve(Football.FILE_NAME);
    }

    private static void mat(Path dir, byte[] bytes) {
        DamagedFiles.write(dir.resolve(Football.FILE_NAME), bytes);
    }

    private static void football(Path dir) {
        football(dir, vars -> { });
    }

    private static void football(Path dir, Consumer<Map<String, Matrix>> edit) {
        MatFiles.football(dir.resolve(Football.FILE_NAME), edit);
    }

    private static void cat(Path dir, String name, byte[] bytes) {
        Hdf5Files.copyReal(dir);
        DamagedFiles.write(dir.resolve(name), bytes);
    }

    private static void catTrain(Path dir, byte[][][][] x, long[] y) {
        Hdf5Files.copyReal(dir);
        Hdf5Files.train(dir.resolve(CatVsNonCat.TRAIN_FILE), x, y);
    }

    /** Valid but tiny MNIST files: 3 training images and labels, 2 test ones; returns {@code dir}. */
    private static Path tinyMnist(Path dir) {
        IdxFiles.write(dir.resolve(TRAIN_IMAGES), images(3));
        IdxFiles.write(dir.resolve(TRAIN_LABELS), labels(5, 0, 4));
        IdxFiles.write(dir.resolve(TEST_IMAGES), images(2));
        IdxFiles.write(dir.resolve(TEST_LABELS), labels(7, 2));
        return dir;
    }

    /** Tiny MNIST files, {@code name} replaced by {@code bytes} as they are. */
    private static Setup mnistBytes(String name, byte[] bytes) {
        return dir -> DamagedFiles.write(tinyMnist(dir).resolve(name), bytes);
    }

    /** Tiny MNIST files, {@code name} replaced by the gzipped {@code content}. */
    private static Setup mnistIdx(String name, byte[] content) {
        return dir -> IdxFiles.write(tinyMnist(dir).resolve(name), content);
    }

    private static void realMnist(Path dir) {
        RealData.copy(dir, TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);
    }
}
