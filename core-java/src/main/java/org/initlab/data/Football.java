package org.initlab.data;

import org.initlab.io.InputException;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.MatFile;
import us.hebi.matlab.mat.types.Sources;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The course's "football" 2-D data set (regularization notebook): where the French goal keeper should kick the ball
 * so that a French player hits it with the head. Read from the MATLAB v5 file {@code data.mat} with the variables
 * {@code X} (211×2), {@code y} (211×1), {@code Xval} (200×2) and {@code yval} (200×1); label 1 = a French player
 * hit the ball (blue in the course's plots), 0 = the other team's player did (red).
 */
public final class Football {
    public static final String FILE_NAME = "data.mat";
    public static final List<String> CLASS_NAMES = List.of("opponent", "france");

    /** A MATLAB v5 file starts with a 116-byte text, an 8-byte subsystem offset, a 2-byte version and "IM"/"MI". */
    private static final int HEADER_SIZE = 128;
    private static final int TAG_SIZE = 8;
    private static final int MAT5_VERSION = 0x0100;
    private static final int MAT73_VERSION = 0x0200;

    private Football() {
    }

    /** Loads {@code dir/data.mat}: train = {@code X, y}, test = {@code Xval, yval}. */
    public static Dataset load(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        MatFile mat = parse(file, DataFiles.readAll(file));
        Split train = split(file, mat, "X", "y");
        Split test = split(file, mat, "Xval", "yval");
        return new Dataset("football", train, test, CLASS_NAMES, file + " (X, y | Xval, yval)");
    }

    private static MatFile parse(Path file, byte[] bytes) {
        ByteOrder order = checkHeader(file, bytes);
        checkElements(file, bytes, order);
        try {
            return Mat5.newReader(Sources.wrap(bytes)).readMat();
        } catch (IOException | RuntimeException e) {
            throw new InputException(file + ": damaged MATLAB file (" + DataFiles.reason(e) + ")", e);
        }
    }

    /** Validates the 128-byte header and returns the file's byte order. */
    private static ByteOrder checkHeader(Path file, byte[] bytes) {
        boolean matlabText = bytes.length >= 6
                && new String(bytes, 0, 6, StandardCharsets.US_ASCII).equals("MATLAB");
        if (bytes.length < HEADER_SIZE) {
            throw new InputException(file + (matlabText
                    ? ": truncated MATLAB file (" + bytes.length + " bytes, shorter than the 128-byte header)"
                    : ": not a MATLAB .mat file"));
        }
        char e0 = (char) bytes[126];
        char e1 = (char) bytes[127];
        ByteOrder order;
        if (e0 == 'I' && e1 == 'M') {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (e0 == 'M' && e1 == 'I') {
            order = ByteOrder.BIG_ENDIAN;
        } else {
            throw new InputException(file + ": not a MATLAB .mat file");
        }
        int version = ByteBuffer.wrap(bytes).order(order).getShort(124) & 0xffff;
        if (version == MAT73_VERSION) {
            throw new InputException(file + ": a MATLAB v7.3 (HDF5) file; save it in MATLAB v5/v7 format (save -v7)");
        }
        if (version != MAT5_VERSION) {
            throw new InputException(file + ": unsupported MATLAB file version 0x" + Integer.toHexString(version));
        }
        return order;
    }

    /**
     * Walks the top-level data elements after the header (each an 8-byte tag of type and byte count, then that many
     * bytes) and fails if one runs past the end of the file, so that truncation is reported as such and no
     * allocation is sized by a count the file cannot back.
     */
    private static void checkElements(Path file, byte[] bytes, ByteOrder order) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(order);
        long position = HEADER_SIZE;
        while (position < bytes.length) {
            if (bytes.length - position < TAG_SIZE) {
                throw new InputException(file + ": truncated: incomplete data element at byte " + position
                        + " of " + bytes.length);
            }
            long count = Integer.toUnsignedLong(buffer.getInt((int) position + 4));
            long end = position + TAG_SIZE + count;
            if (end > bytes.length) {
                throw new InputException(file + ": truncated: a data element runs to byte " + end + ", the file has "
                        + bytes.length);
            }
            position = end;
        }
    }

    private static Split split(Path file, MatFile mat, String xName, String yName) {
        us.hebi.matlab.mat.types.Matrix x = numeric(file, mat, xName);
        us.hebi.matlab.mat.types.Matrix y = numeric(file, mat, yName);
        int m = x.getNumRows();
        if (x.getNumCols() != 2) {
            throw new InputException(file + ": variable '" + xName + "' has shape " + DataFiles.shape(x.getDimensions())
                    + ", expected m x 2 (one example per row)");
        }
        if (m == 0) {
            throw new InputException(file + ": variable '" + xName + "' holds no examples");
        }
        boolean column = y.getNumCols() == 1;
        boolean row = y.getNumRows() == 1;
        if (!column && !row) {
            throw new InputException(file + ": variable '" + yName + "' has shape " + DataFiles.shape(y.getDimensions())
                    + ", expected " + m + " x 1");
        }
        int labels = column ? y.getNumRows() : y.getNumCols();
        if (labels != m) {
            throw new InputException(file + ": variable '" + xName + "' has " + m + " examples but '" + yName
                    + "' has " + labels + " labels");
        }
        double[] xs = new double[2 * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < 2; j++) {
                double v = x.getDouble(i, j);
                if (!Double.isFinite(v)) {
                    throw new InputException(file + ": variable '" + xName + "' holds " + v + " at [" + i + ", " + j
                            + "]: features must be finite");
                }
                xs[2 * i + j] = v;
            }
        }
        double[] ys = new double[m];
        for (int i = 0; i < m; i++) {
            double v = column ? y.getDouble(i, 0) : y.getDouble(0, i);
            if (v != 0.0 && v != 1.0) {
                throw new InputException(file + ": variable '" + yName + "' holds " + v + " at [" + i
                        + "]: labels must be 0 or 1");
            }
            ys[i] = v;
        }
        return new Split(new Matrix(m, 2, xs), new Matrix(m, 1, ys));
    }

    /** The variable called exactly {@code name}, which must be a real 2-D numeric array. */
    private static us.hebi.matlab.mat.types.Matrix numeric(Path file, MatFile mat, String name) {
        Array found = null;
        for (MatFile.Entry entry : mat.getEntries()) {
            if (entry.getName().equals(name)) {
                found = entry.getValue();
                break;
            }
        }
        if (found == null) {
            throw new InputException(file + ": variable '" + name + "' missing");
        }
        if (!(found instanceof us.hebi.matlab.mat.types.Matrix matrix)) {
            throw new InputException(file + ": variable '" + name + "' is a " + found.getType()
                    + " array, expected a numeric matrix");
        }
        if (matrix.isComplex()) {
            throw new InputException(file + ": variable '" + name + "' is complex, expected real numbers");
        }
        if (matrix.getNumDimensions() != 2) {
            throw new InputException(file + ": variable '" + name + "' has shape "
                    + DataFiles.shape(matrix.getDimensions()) + ", expected a 2-D matrix");
        }
        return matrix;
    }
}
