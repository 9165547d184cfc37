package org.initlab.data;

import org.initlab.io.InputException;
import org.initlab.testing.DamagedFiles;
import org.initlab.testing.MatFiles;
import org.initlab.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import us.hebi.matlab.mat.format.Mat5;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.initlab.testing.MatFiles.matrix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FootballTest {
    @TempDir
    Path dir;

    @Test
    void dataMatIsTheFileTheSpecNames() {
        assertEquals("1218828095bf91d215622d00b2a5b8784c359e29d9d9c5734949b8e60c5bc231",
                RealData.sha256(RealData.DIR.resolve("data.mat")));
    }

    /** Values as scipy.io.loadmat reads them. */
    @Test
    void footballHasTheCourseShapesAndValues() {
        Dataset football = Football.load(RealData.DIR);
        assertEquals("football", football.name());
        assertEquals(List.of("opponent", "france"), football.classNames());
        assertEquals(211, football.train().x().rows());
        assertEquals(2, football.train().x().cols());
        assertEquals(200, football.test().x().rows());
        assertEquals(1, football.test().y().cols());
        assertEquals(-0.158986, football.train().x().get(0, 0));
        assertEquals(0.423977, football.train().x().get(0, 1));
        assertEquals(-0.42941272913886863, football.test().x().get(199, 1));
        assertEquals(106, Arrays.stream(football.train().labels()).sum());
        assertEquals(87, Arrays.stream(football.test().labels()).sum());
        assertEquals(-40.087648097999995, Arrays.stream(football.train().x().data()).sum(), 1e-12);
        assertEquals(-37.94197603129829, Arrays.stream(football.test().x().data()).sum(), 1e-12);
    }

    @Test
    void missingFileIsNamed() {
        assertFails("data.mat: missing");
    }

    @Test
    void emptyFileIsNamed() throws IOException {
        Files.write(dir.resolve("data.mat"), new byte[0]);
        assertFails("data.mat: empty");
    }

    @Test
    void garbageIsNotAMatlabFile() throws IOException {
        Files.write(dir.resolve("data.mat"), DamagedFiles.noise(4000, 1));
        assertFails("data.mat: not a MATLAB .mat file");
        Files.writeString(dir.resolve("data.mat"), "x,y\n1,2\n");
        assertFails("data.mat: not a MATLAB .mat file");
    }

    @Test
    void headerOnlyPrefixIsTruncated() throws IOException {
        Files.write(dir.resolve("data.mat"), Arrays.copyOf(realBytes(), 60));
        assertFails("data.mat: truncated MATLAB file (60 bytes, shorter than the 128-byte header)");
    }

    @Test
    void truncatedFileIsReportedAsTruncated() throws IOException {
        byte[] real = realBytes();
        Files.write(dir.resolve("data.mat"), Arrays.copyOf(real, 131));
        assertFails("data.mat: truncated: incomplete data element at byte 128 of 131");
        Files.write(dir.resolve("data.mat"), Arrays.copyOf(real, real.length / 2));
        assertFails("data.mat: truncated: a data element runs to byte 6038, the file has 3019");
        Files.write(dir.resolve("data.mat"), Arrays.copyOf(real, real.length - 1));
        assertFails("data.mat: truncated: a data element runs to byte 6038, the file has 6037");
    }

    @Test
    void corruptedCompressedDataIsReportedAsDamaged() throws IOException {
        Files.write(dir.resolve("data.mat"), MatFiles.realFootballWithCorruptData());
        InputException e = assertThrows(InputException.class, () -> Football.load(dir));
        assertStartsWith(dir.resolve("data.mat") + ": damaged MATLAB file (", e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void matlab73FilesAreRecognised() throws IOException {
        Files.write(dir.resolve("data.mat"), MatFiles.matlab73Header());
        assertFails("data.mat: a MATLAB v7.3 (HDF5) file; save it in MATLAB v5/v7 format (save -v7)");
    }

    @Test
    void wellFormedFileWrittenByMflLoads() throws IOException {
        writeMat(vars -> { });
        Dataset d = Football.load(dir);
        assertEquals(4, d.train().size());
        assertEquals(3, d.test().size());
        assertEquals(0.5, d.train().x().get(1, 0));
        assertEquals(-1.0, d.train().x().get(1, 1));
    }

    @Test
    void missingVariableIsNamed() throws IOException {
        writeMat(vars -> vars.remove("Xval"));
        assertFails("data.mat: variable 'Xval' missing");
    }

    @Test
    void featuresMustHaveTwoColumns() throws IOException {
        writeMat(vars -> vars.put("X", matrix(4, 3, 0.0)));
        assertFails("data.mat: variable 'X' has shape 4 x 3, expected m x 2 (one example per row)");
    }

    @Test
    void labelsMustBeAVector() throws IOException {
        writeMat(vars -> vars.put("y", matrix(4, 2, 0.0)));
        assertFails("data.mat: variable 'y' has shape 4 x 2, expected 4 x 1");
    }

    @Test
    void exampleAndLabelCountsMustAgree() throws IOException {
        writeMat(vars -> vars.put("yval", matrix(2, 1, 1.0)));
        assertFails("data.mat: variable 'Xval' has 3 examples but 'yval' has 2 labels");
    }

    @Test
    void labelsMustBeZeroOrOne() throws IOException {
        writeMat(vars -> {
            us.hebi.matlab.mat.types.Matrix y = matrix(4, 1, 1.0);
            y.setDouble(2, 0, 2.0);
            vars.put("y", y);
        });
        assertFails("data.mat: variable 'y' holds 2.0 at [2]: labels must be 0 or 1");
    }

    @Test
    void featuresMustBeFinite() throws IOException {
        writeMat(vars -> vars.get("X").setDouble(3, 1, Double.NaN));
        assertFails("data.mat: variable 'X' holds NaN at [3, 1]: features must be finite");
        writeMat(vars -> vars.get("Xval").setDouble(0, 0, Double.NEGATIVE_INFINITY));
        assertFails("data.mat: variable 'Xval' holds -Infinity at [0, 0]: features must be finite");
    }

    @Test
    void textVariableIsNotAMatrix() throws IOException {
        MatFiles.write(dir.resolve("data.mat"), Map.of("X", Mat5.newString("not numbers")));
        assertFails("data.mat: variable 'X' is a char array, expected a numeric matrix");
    }

    private void writeMat(Consumer<Map<String, us.hebi.matlab.mat.types.Matrix>> edit) {
        MatFiles.football(dir.resolve("data.mat"), edit);
    }

    private static byte[] realBytes() {
        return DamagedFiles.bytes(RealData.DIR.resolve("data.mat"));
    }

    private void assertFails(String expectedAfterDir) {
        InputException e = assertThrows(InputException.class, () -> Football.load(dir));
        assertEquals(dir + "/" + expectedAfterDir, e.getMessage());
    }

    private static void assertStartsWith(String prefix, String actual) {
        assertEquals(prefix, actual.substring(0, Math.min(prefix.length(), actual.length())), actual);
    }
}
