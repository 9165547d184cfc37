package org.initlab.io;

import org.initlab.numpy.NativeLog;
import org.initlab.numpy.NativeTrig;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small record written beside every set of results: what ran (configuration and seed), with which versions,
 * whether the C library's {@code log}, {@code sin} and {@code cos} were reached, when, which files it wrote
 * ({@code "files"}) and each one's SHA-256 ({@code "sha256": {"result.json": "…"}}), so that reading can check them.
 *
 * <p>Two forms: {@code manifest.json} inside a result folder ({@link #write}, {@link ResultFolder}), naming the
 * folder's files; and {@code NAME.manifest.json} beside a single result file ({@link #writeBeside}), naming that file,
 * so that a result and a manifest that do not belong together are told apart ({@link #verifyBeside}).
 * {@link #verify} checks any manifest's hashes against the files beside it.
 */
public final class Manifest {
    /** The manifest's file name inside an output folder. */
    public static final String FILE_NAME = "manifest.json";

    private Manifest() {
    }

    /**
     * The manifest as a JSON-ready map.
     *
     * @param what   the command or experiment that ran
     * @param config the configuration, as plain values (it includes the seed)
     * @param files  the result files, relative to the manifest
     */
    public static Map<String, Object> of(String what, Map<String, Object> config, List<String> files) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", what);
        m.put("config", config);
        if (config.containsKey("seed")) {
            m.put("seed", config.get("seed"));
        }
        m.put("versions", Versions.all());
        m.put("native_math", nativeMath());
        m.put("date", OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        m.put("files", files);
        return m;
    }

    /**
     * Whether numpy's C functions were reached, which bit-exactness depends on: {@code log} for the Gaussians of
     * numpy's stream ({@link NativeLog}), {@code sin} and {@code cos} for the circles ({@link NativeTrig}). Where
     * either is false, Java's functions stood in and results may differ from numpy's in the last bits.
     */
    public static Map<String, Object> nativeMath() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("log", NativeLog.isNative());
        m.put("sin_cos", NativeTrig.isNative());
        m.put("os_arch", System.getProperty("os.arch"));
        return m;
    }

    /** The key of the files' hashes: {@code "sha256": {"result.json": "<64 hex digits>", …}}. */
    public static final String SHA256 = "sha256";

    /**
     * Writes {@code manifest.json} into {@code dir}, atomically, with the SHA-256 of each of {@code files} (relative
     * to {@code dir}, which must hold them). A folder that must appear whole is written with {@link ResultFolder}.
     */
    public static Path write(Path dir, String what, Map<String, Object> config, List<String> files) {
        Map<String, Object> m = of(what, config, files);
        m.put(SHA256, hashes(dir, files));
        return Json.write(dir.resolve(FILE_NAME), m);
    }

    /**
     * Writes the manifest of the single result {@code file} beside it ({@link #besides}), naming the file and its
     * SHA-256; write it after the file.
     */
    public static Path writeBeside(Path file, String what, Map<String, Object> config) {
        Path dir = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        Map<String, Object> m = of(what, config, List.of(name));
        m.put(SHA256, hashes(dir, List.of(name)));
        return Json.write(besides(file), m);
    }

    /** The SHA-256 of each of {@code files} (relative to {@code dir}), in their order. */
    public static Map<String, Object> hashes(Path dir, List<String> files) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String f : files) {
            m.put(f, sha256(dir.resolve(f)));
        }
        return m;
    }

    /**
     * The SHA-256 of a file's content, as 64 lowercase hex digits.
     *
     * @throws InputException naming the file when it cannot be read
     */
    public static String sha256(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                digest.update(buf, 0, n);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + AtomicFiles.reason(e) + ")", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Checks the files a manifest names against their SHA-256 in it, relative to the manifest's folder, and returns
     * the manifest. Files beside it that it does not name are not looked at. When the manifest itself changes while
     * being checked (a folder swapped in meanwhile), the check starts again.
     *
     * @throws InputException in one line naming the first file that is missing or does not match, or the manifest
     *                        when it cannot be read or lists no hashes
     */
    public static JsonNode verify(Path manifest) {
        for (int attempt = 0; ; attempt++) {
            byte[] before = bytes(manifest);
            try {
                return check(manifest, Json.parse(before, manifest));
            } catch (InputException mismatch) {
                if (attempt >= 2 || Arrays.equals(before, bytes(manifest))) {
                    throw mismatch;
                }
            }
        }
    }

    /**
     * Checks a single result file against the manifest beside it ({@link #besides}) and returns the manifest.
     *
     * @throws InputException naming the file when its manifest is missing, is another file's, or does not match it
     */
    public static JsonNode verifyBeside(Path file) {
        Path manifest = besides(file);
        if (!Files.isRegularFile(manifest)) {
            throw new InputException(file + ": no manifest beside it (" + manifest.getFileName() + ")");
        }
        JsonNode m = verify(manifest);
        if (!m.path(SHA256).has(file.getFileName().toString())) {
            throw new InputException(file + ": " + manifest.getFileName() + " is not its manifest (it does not name it)");
        }
        return m;
    }

    private static JsonNode check(Path manifest, JsonNode m) {
        JsonNode hashes = m.get(SHA256);
        if (hashes == null || !hashes.isObject()) {
            throw new InputException(manifest + ": names no SHA-256 of its files, so they cannot be checked "
                    + "(written before manifests had them; run again to rewrite it)");
        }
        for (JsonNode f : m.path("files")) {
            if (!hashes.has(f.asText())) {
                throw new InputException(manifest + ": names " + f.asText() + " without its SHA-256");
            }
        }
        Path dir = manifest.getParent() == null ? Path.of("") : manifest.getParent();
        for (Iterator<Map.Entry<String, JsonNode>> it = hashes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path file = inside(dir, e.getKey(), manifest);
            if (!Files.isRegularFile(file)) {
                throw new InputException(file + ": missing (" + manifest.getFileName() + " names it)");
            }
            if (!sha256(file).equals(e.getValue().asText())) {
                throw new InputException(file + ": does not match " + manifest.getFileName()
                        + " (its SHA-256 differs: changed or damaged since InitLab wrote it)");
            }
        }
        return m;
    }

    /** {@code dir/name}, for a name a manifest lists; one that leads outside {@code dir} is refused. */
    private static Path inside(Path dir, String name, Path manifest) {
        Path p = Path.of(name);
        if (name.isEmpty() || p.isAbsolute() || p.normalize().startsWith("..") || !p.normalize().equals(p)) {
            throw new InputException(manifest + ": names " + name + ", which is not a file beside it");
        }
        return dir.resolve(p);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + AtomicFiles.reason(e) + ")", e);
        }
    }

    /** The manifest path for a single result file: {@code result.json} → {@code result.manifest.json}. */
    public static Path besides(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + ".manifest.json");
    }
}
