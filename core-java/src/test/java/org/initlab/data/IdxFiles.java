package org.initlab.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Builds IDX files for tests: a header of big-endian ints followed by a body, plain or gzipped by file name. */
final class IdxFiles {
    private IdxFiles() {
    }

    static byte[] idx(int[] header, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(4 * header.length + body.length);
        for (int h : header) {
            b.putInt(h);
        }
        return b.put(body).array();
    }

    /** Writes {@code content}, gzip-compressed when {@code file}'s name ends in {@code .gz}. */
    static Path write(Path file, byte[] content) {
        try {
            if (file.getFileName().toString().endsWith(".gz")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    gz.write(content);
                }
                content = out.toByteArray();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code count} 28×28 images whose pixels are {@code (image + index) mod 256}. */
    static byte[] images(int count) {
        byte[] body = new byte[count * 784];
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < 784; p++) {
                body[i * 784 + p] = (byte) (i + p);
            }
        }
        return idx(new int[] {Idx.IMAGES_MAGIC, count, 28, 28}, body);
    }

    static byte[] labels(int... values) {
        byte[] body = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            body[i] = (byte) values[i];
        }
        return idx(new int[] {Idx.LABELS_MAGIC, values.length}, body);
    }
}
