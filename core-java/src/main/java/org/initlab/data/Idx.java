package org.initlab.data;

import org.initlab.io.InputException;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reader of LeCun's IDX files (the MNIST format), plain or gzip-compressed (name ending in {@code .gz}).
 *
 * <p>Layout, big-endian: a magic number {@code 0x00000803} (unsigned bytes, 3 dimensions) for images or
 * {@code 0x00000801} (unsigned bytes, 1 dimension) for labels, then one 32-bit size per dimension (items, then rows
 * and columns for images), then the bytes in C order. The header is checked against what the file actually holds
 * before anything is allocated in proportion to it, so a damaged header yields a message, not an
 * {@code OutOfMemoryError}.
 */
public final class Idx {
    public static final int IMAGES_MAGIC = 0x00000803;
    public static final int LABELS_MAGIC = 0x00000801;

    private static final int BUFFER_SIZE = 1 << 16;
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
    private static final int GZIP_MIN_SIZE = 18;
    private static final long MAX_DEFLATE_RATIO = 1032;

    private Idx() {
    }

    /**
     * Images of an IDX3 file.
     *
     * @param count  number of images
     * @param rows   pixel rows per image
     * @param cols   pixel columns per image
     * @param pixels {@code count * rows * cols} unsigned bytes, image after image, each row by row
     */
    public record Images(int count, int rows, int cols, byte[] pixels) {
        public int pixelsPerImage() {
            return rows * cols;
        }
    }

    /** Reads an IDX3 image file whose images must be {@code rows × cols}. */
    public static Images readImages(Path file, int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("image size " + rows + " x " + cols + ": must be at least 1 x 1");
        }
        long size = DataFiles.requireReadable(file);
        try (InputStream in = open(file)) {
            int[] header = header(file, in, IMAGES_MAGIC, 3, "images");
            long count = Integer.toUnsignedLong(header[0]);
            long r = Integer.toUnsignedLong(header[1]);
            long c = Integer.toUnsignedLong(header[2]);
            if (r != rows || c != cols) {
                throw new InputException(file + ": images are " + r + " x " + c + " pixels, expected " + rows + " x "
                        + cols);
            }
            byte[] pixels = body(file, in, size, 16, count, (long) rows * cols, "images");
            return new Images((int) count, rows, cols, pixels);
        } catch (IOException e) {
            throw streamFailure(file, e);
        }
    }

    /** Reads an IDX1 label file: one unsigned byte per item. */
    public static int[] readLabels(Path file) {
        long size = DataFiles.requireReadable(file);
        try (InputStream in = open(file)) {
            int[] header = header(file, in, LABELS_MAGIC, 1, "labels");
            byte[] bytes = body(file, in, size, 8, Integer.toUnsignedLong(header[0]), 1, "labels");
            int[] labels = new int[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                labels[i] = bytes[i] & 0xff;
            }
            return labels;
        } catch (IOException e) {
            throw streamFailure(file, e);
        }
    }

    private static boolean compressed(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_SIZE);
        if (!compressed(file)) {
            return in;
        }
        try {
            in.mark(2);
            byte[] magic = in.readNBytes(2);
            if (magic.length < 2 || (magic[0] & 0xff) != 0x1f || (magic[1] & 0xff) != 0x8b) {
                throw new InputException(file + ": not a gzip file");
            }
            in.reset();
            return new GZIPInputStream(in, BUFFER_SIZE);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The sizes following a magic number that must be {@code magic}. */
    private static int[] header(Path file, InputStream in, int magic, int dims, String what) throws IOException {
        int headerSize = 4 * (dims + 1);
        byte[] magicBytes = in.readNBytes(4);
        if (magicBytes.length == 4 && bigEndian(magicBytes, 0) != magic) {
            throw new InputException(file + ": bad magic number " + hex(bigEndian(magicBytes, 0)) + ", expected "
                    + hex(magic) + " (IDX " + what + ")");
        }
        byte[] sizeBytes = in.readNBytes(4 * dims);
        int present = magicBytes.length + sizeBytes.length;
        if (present < headerSize) {
            throw new InputException(file + ": truncated: the IDX header needs " + headerSize + " bytes, the "
                    + (compressed(file) ? "uncompressed " : "") + "file has " + present);
        }
        int[] sizes = new int[dims];
        for (int d = 0; d < dims; d++) {
            sizes[d] = bigEndian(sizeBytes, 4 * d);
        }
        return sizes;
    }

    /**
     * The {@code count * itemSize} bytes after the header, checked against the data actually present. A plain
     * file's length is known up front. A gzip stream's is not: the array is allocated whole only when the gzip
     * trailer's {@code ISIZE} (uncompressed length mod 2^32) agrees with the header and the claim is within deflate's
     * maximal expansion (about 1032:1) of the compressed size; otherwise it is read in bounded chunks, so memory grows
     * only with the data really there.
     */
    private static byte[] body(Path file, InputStream in, long fileSize, int headerSize, long count, long itemSize,
                               String what) throws IOException {
        long need = count * itemSize;
        if (!compressed(file)) {
            long present = fileSize - headerSize;
            if (present < need) {
                throw fewer(file, count, present / itemSize, what);
            }
            if (present > need) {
                throw extra(file, count, what);
            }
        }
        if (need > MAX_ARRAY) {
            long present = in.transferTo(OutputStream.nullOutputStream());
            if (present < need) {
                throw fewer(file, count, present / itemSize, what);
            }
            throw new InputException(file + ": header claims " + count + " " + what + ", too many to load");
        }
        byte[] data;
        if (!compressed(file) || trailerAgrees(file, fileSize, headerSize + need)) {
            data = new byte[(int) need];
            int read = in.readNBytes(data, 0, data.length);
            if (read < need) {
                throw fewer(file, count, read / itemSize, what);
            }
        } else {
            data = in.readNBytes((int) need);
            if (data.length < need) {
                throw fewer(file, count, data.length / itemSize, what);
            }
        }
        if (in.read() != -1) {
            throw extra(file, count, what);
        }
        return data;
    }

    /** Whether a gzip file's trailer and size make an uncompressed length of {@code expected} plausible. */
    private static boolean trailerAgrees(Path file, long fileSize, long expected) throws IOException {
        if (fileSize < GZIP_MIN_SIZE || expected > MAX_DEFLATE_RATIO * fileSize) {
            return false;
        }
        ByteBuffer trailer = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(fileSize - 4);
            int read;
            do {
                read = channel.read(trailer);
            } while (read > 0 && trailer.hasRemaining());
        }
        return !trailer.hasRemaining() && Integer.toUnsignedLong(trailer.getInt(0)) == (expected & 0xffffffffL);
    }

    private static InputException fewer(Path file, long claimed, long present, String what) {
        return new InputException(file + ": truncated: header claims " + claimed + " " + what
                + " but the file holds only " + present);
    }

    private static InputException extra(Path file, long claimed, String what) {
        return new InputException(file + ": holds more data than the " + claimed + " " + what
                + " its header claims");
    }

    private static InputException streamFailure(Path file, IOException e) {
        if (e instanceof EOFException) {
            return new InputException(file + ": truncated gzip stream", e);
        }
        if (e instanceof ZipException) {
            return new InputException(file + ": corrupt gzip data (" + DataFiles.reason(e) + ")", e);
        }
        return new InputException(file + ": cannot read (" + DataFiles.reason(e) + ")", e);
    }

    private static int bigEndian(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    private static String hex(int value) {
        return String.format("0x%08x", value);
    }
}
