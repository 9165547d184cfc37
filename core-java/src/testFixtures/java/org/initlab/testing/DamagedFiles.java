package org.initlab.testing;

import org.initlab.numpy.NumpyRandomState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Raw material for damaged input files, and a way to check that a folder of inputs was left as it was. */
public final class DamagedFiles {
    private DamagedFiles() {
    }

    /** {@code size} random bytes from {@code seed}; the same on every run. */
    public static byte[] noise(int size, long seed) {
        NumpyRandomState r = new NumpyRandomState(seed);
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) r.nextUInt32();
        }
        return bytes;
    }

    /** The first {@code length} bytes of {@code file}. */
    public static byte[] head(Path file, int length) {
        return Arrays.copyOf(bytes(file), length);
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code bytes} to {@code file}, creating its folder. */
    public static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Everything under {@code dir}: each file's relative path with the SHA-256 of its content, each folder's with
     * {@code "folder"}; to compare before and after a run. Empty when {@code dir} does not exist.
     */
    public static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(p -> !p.equals(dir)).forEach(p -> files.put(dir.relativize(p).toString(),
                    Files.isDirectory(p) ? "folder" : RealData.sha256(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
