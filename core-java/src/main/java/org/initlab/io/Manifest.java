package org.initlab.io;

import org.initlab.numpy.NativeLog;
import org.initlab.numpy.NativeTrig;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small record written beside every set of results: what ran (configuration and seed), with which versions,
 * whether the C library's {@code log}, {@code sin} and {@code cos} were reached, when, and which files it wrote.
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

    /** Writes {@code manifest.json} into {@code dir}, atomically. */
    public static Path write(Path dir, String what, Map<String, Object> config, List<String> files) {
        return Json.write(dir.resolve(FILE_NAME), of(what, config, files));
    }

    /** The manifest path for a single result file: {@code result.json} → {@code result.manifest.json}. */
    public static Path besides(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + ".manifest.json");
    }
}
