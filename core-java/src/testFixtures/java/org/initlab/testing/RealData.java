package org.initlab.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The project's data files ({@code datasets/} at the repository root) and digests of files. */
public final class RealData {
    /** The first {@code datasets/} folder holding {@code data.mat}, from the working directory upwards. */
    public static final Path DIR = find();

    private RealData() {
    }

    private static Path find() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("datasets");
            if (Files.isRegularFile(candidate.resolve("data.mat"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no datasets/ folder with data.mat above " + Path.of("").toAbsolutePath());
    }

    /** Copies each of {@code names} (paths relative to {@link #DIR}) to the same place under {@code dir}. */
    public static void copy(Path dir, String... names) {
        try {
            for (String name : names) {
                Path target = dir.resolve(name);
                Files.createDirectories(target.toAbsolutePath().getParent());
                Files.copy(DIR.resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String md5(InputStream in) {
        try (in) {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md5.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md5.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
