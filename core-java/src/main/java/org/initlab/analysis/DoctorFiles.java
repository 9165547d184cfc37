package org.initlab.analysis;

import org.initlab.io.AtomicFiles;
import org.initlab.io.Json;
import org.initlab.io.Manifest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a {@link DoctorReport} is written, the one place for it: a folder with {@value #REPORT}, the pictures a
 * caller draws from the report, and {@code manifest.json} last, naming them all; or a single JSON file with its
 * manifest beside it. Each file is written atomically ({@link AtomicFiles}).
 */
public final class DoctorFiles {
    /** The report's file name in a folder. */
    public static final String REPORT = "report.json";

    private DoctorFiles() {
    }

    /** Draws pictures of a report into a folder and returns their file names, relative to it. */
    @FunctionalInterface
    public interface Pictures {
        List<String> write(Path dir);

        /** No pictures. */
        Pictures NONE = dir -> List.of();
    }

    /** The report and what it examined, as the JSON file holds them: {@code {"doctor": {…}, "report": {…}}}. */
    public static Map<String, Object> toMap(DoctorReport report, Map<String, Object> subject) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doctor", subject);
        m.putAll(report.toMap());
        return m;
    }

    /**
     * Writes {@value #REPORT}, then the {@code pictures}, then {@code manifest.json} into {@code dir} (created when
     * missing).
     *
     * @param subject what was examined (the network's source, the data, the options), for the report and the
     *                manifest's configuration
     * @return the files written, relative to {@code dir}, the manifest last
     */
    public static List<String> writeFolder(DoctorReport report, Map<String, Object> subject, Path dir,
                                           Pictures pictures) {
        AtomicFiles.ensureFolder(dir);
        Json.write(dir.resolve(REPORT), toMap(report, subject));
        List<String> files = new ArrayList<>();
        files.add(REPORT);
        files.addAll(pictures.write(dir));
        Manifest.write(dir, "doctor", config(report, subject), files);
        files.add(Manifest.FILE_NAME);
        return files;
    }

    /** Writes the report to {@code file} and its manifest beside it ({@code NAME.manifest.json}). */
    public static Path writeJson(DoctorReport report, Map<String, Object> subject, Path file) {
        Json.write(file, toMap(report, subject));
        Json.write(Manifest.besides(file), Manifest.of("doctor", config(report, subject),
                List.of(file.getFileName().toString())));
        return file;
    }

    /**
     * A report read back from a file written by {@link #writeFolder} or {@link #writeJson}, to draw its pictures again
     * without examining anything.
     *
     * @throws org.initlab.io.InputException naming the file when it is missing, not JSON, or not a doctor's report
     */
    public static DoctorReport read(Path file) {
        return DoctorJson.report(Json.read(file), file.toString());
    }

    private static Map<String, Object> config(DoctorReport report, Map<String, Object> subject) {
        Map<String, Object> c = new LinkedHashMap<>(subject);
        c.put("options", report.options().toMap());
        c.put("verdict", report.verdict());
        return c;
    }
}
