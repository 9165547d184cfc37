package org.initlab.testing;

import org.initlab.data.Idx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Builds IDX files for tests: a header of big-endian ints followed by a body, plain or gzipped by file name. */
public final class IdxFiles {
    private IdxFiles() {
    }

    public static byte[] idx(int[] header, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(4 * header.length + body.length);
        for (int h : header) {
            b.putInt(h);
        }
        return b.put(body).array();
    }

    /** Writes {@code content}, gzip-compressed when {@code file}'s name ends in {@code .gz}. */
    public static Path write(Path file, byte[] content) {
        byte[] bytes = file.getFileName().toString().endsWith(".gz") ? gzip(content) : content;
        return DamagedFiles.write(file, bytes);
    }

    public static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The first half of {@code content} gzipped: a stream that ends before its data does. */
    public static byte[] truncatedGzip(byte[] content) {
        byte[] gz = gzip(content);
        return Arrays.copyOf(gz, gz.length / 2);
    }

    /** {@code content} gzipped, with bytes 12 to 39 of the deflate data overwritten by 0xff. */
    public static byte[] corruptGzip(byte[] content) {
        byte[] gz = gzip(content);
        Arrays.fill(gz, 12, 40, (byte) 0xff);
        return gz;
    }

    /** {@code count} 28×28 images whose pixels are {@code (image + index) mod 256}. */
    public static byte[] images(int count) {
        byte[] body = new byte[count * 784];
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < 784; p++) {
                body[i * 784 + p] = (byte) (i + p);
            }
        }
        return idx(new int[] {Idx.IMAGES_MAGIC, count, 28, 28}, body);
    }

    public static byte[] labels(int... values) {
        byte[] body = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            body[i] = (byte) values[i];
        }
        return idx(new int[] {Idx.LABELS_MAGIC, values.length}, body);
    }
}
