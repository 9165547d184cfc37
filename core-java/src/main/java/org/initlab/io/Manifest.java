package org.initlab.io;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small record written beside every set of results: what ran (configuration and seed), with which versions,
 * when, and which files it wrote.
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
        m.put("date", OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        m.put("files", files);
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
