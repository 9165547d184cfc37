package org.initlab.testing;

import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.MatFile;
import us.hebi.matlab.mat.types.Matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Builds MATLAB v5 files for tests, above all small football {@code data.mat} files, valid or damaged. */
public final class MatFiles {
    private MatFiles() {
    }

    /**
     * A valid football file, edited by {@code edit} before it is written: {@code X} 4×2 (all 0.25 but row 1,
     * which is 0.5, -1.0), {@code y} 4×1 ones, {@code Xval} 3×2 of -0.25, {@code yval} 3×1 zeros.
     */
    public static Path football(Path file, Consumer<Map<String, Matrix>> edit) {
        Map<String, Matrix> vars = new LinkedHashMap<>();
        Matrix x = matrix(4, 2, 0.25);
        x.setDouble(1, 0, 0.5);
        x.setDouble(1, 1, -1.0);
        vars.put("X", x);
        vars.put("y", matrix(4, 1, 1.0));
        vars.put("Xval", matrix(3, 2, -0.25));
        vars.put("yval", matrix(3, 1, 0.0));
        edit.accept(vars);
        return write(file, vars);
    }

    /** Writes {@code vars}, in order, as a MATLAB v5 file. */
    public static Path write(Path file, Map<String, ? extends Array> vars) {
        MatFile mat = Mat5.newMatFile();
        vars.forEach(mat::addArray);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Mat5.writeToFile(mat, file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A {@code rows × cols} double matrix filled with {@code value}. */
    public static Matrix matrix(int rows, int cols, double value) {
        Matrix m = Mat5.newMatrix(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m.setDouble(i, j, value);
            }
        }
        return m;
    }

    /** The real {@code datasets/data.mat} with bytes 140 to 399, inside its compressed first variable, inverted. */
    public static byte[] realFootballWithCorruptData() {
        byte[] bytes = DamagedFiles.bytes(RealData.DIR.resolve("data.mat"));
        for (int i = 140; i < 400; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        return bytes;
    }

    /** The 512-byte start of a MATLAB v7.3 file, which is HDF5 behind a v5-style text header. */
    public static byte[] matlab73Header() {
        byte[] header = Arrays.copyOf("MATLAB 7.3 MAT-file".getBytes(StandardCharsets.US_ASCII), 512);
        Arrays.fill(header, 19, 116, (byte) ' ');
        header[124] = 0x00;
        header[125] = 0x02;
        header[126] = 'I';
        header[127] = 'M';
        return header;
    }
}
