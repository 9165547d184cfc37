package org.initlab.analysis;

import org.initlab.io.Json;
import org.initlab.io.Manifest;
import org.initlab.io.ResultFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a {@link DoctorReport} is written, the one place for it: a result folder ({@link ResultFolder}, whole or not
 * at all, one writer at a time) with {@value #REPORT}, the pictures a caller draws from the report and
 * {@code manifest.json} naming each file's SHA-256; or a single JSON file with its manifest beside it, naming the
 * JSON's SHA-256. Reading a report back checks it against its manifest.
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
     * Writes the result folder {@code dir}, whole or not at all: {@value #REPORT}, the {@code pictures} and
     * {@code manifest.json}. A rerun into {@code dir} replaces the previous report and its pictures (files of the
     * user's in it are kept).
     *
     * @param subject what was examined (the network's source, the data, the options), for the report and the
     *                manifest's configuration
     * @return the files written, relative to {@code dir}, the manifest last
     * @throws org.initlab.io.InputException about the field {@code dir} when the folder cannot be written or another
     *                                       run writes it
     */
    public static List<String> writeFolder(DoctorReport report, Map<String, Object> subject, Path dir,
                                           Pictures pictures) {
        try (ResultFolder folder = ResultFolder.open(dir, "dir")) {
            return writeFolder(report, subject, folder, pictures);
        }
    }

    /**
     * Writes {@value #REPORT} and the {@code pictures} into a result folder the caller opened (before examining, so
     * that a place that cannot be written fails early) and commits it with its manifest; the caller closes it.
     *
     * @return the files written, relative to the folder, the manifest last
     */
    public static List<String> writeFolder(DoctorReport report, Map<String, Object> subject, ResultFolder folder,
                                           Pictures pictures) {
        folder.writeJson(REPORT, toMap(report, subject));
        for (String picture : folder.writeFiles(pictures::write)) {
            folder.add(picture);
        }
        folder.commit("doctor", config(report, subject));
        List<String> files = new ArrayList<>(folder.files());
        files.add(Manifest.FILE_NAME);
        return files;
    }

    /**
     * Writes the report to {@code file} and its manifest beside it ({@code NAME.manifest.json}), which names the
     * report's SHA-256, so that a report and a manifest of different runs are told apart. For one writer at a time,
     * hold a {@link org.initlab.io.FolderLock} on {@code file} meanwhile.
     */
    public static Path writeJson(DoctorReport report, Map<String, Object> subject, Path file) {
        Json.write(file, toMap(report, subject));
        Manifest.writeBeside(file, "doctor", config(report, subject));
        return file;
    }

    /**
     * A report read back from a file written by {@link #writeFolder} or {@link #writeJson}, to draw its pictures again
     * without examining anything. It is first checked against its manifest, when it has one: the manifest beside it
     * ({@code NAME.manifest.json}, {@link Manifest#verifyBeside}), or its folder's {@code manifest.json} naming it (the
     * whole folder, {@link ResultFolder#verifyHolding}). A report without a manifest (one the user made or moved) is
     * read as it is.
     *
     * @throws org.initlab.io.InputException in one line naming the file when it is missing, not JSON, not a doctor's
     *                                       report, or (with its folder) does not match its manifest
     */
    public static DoctorReport read(Path file) {
        if (Files.isRegularFile(file)) {
            if (Files.isRegularFile(Manifest.besides(file))) {
                Manifest.verifyBeside(file);
            } else {
                ResultFolder.verifyHolding(file);
            }
        }
        return DoctorJson.report(Json.read(file), file.toString());
    }

    private static Map<String, Object> config(DoctorReport report, Map<String, Object> subject) {
        Map<String, Object> c = new LinkedHashMap<>(subject);
        c.put("options", report.options().toMap());
        c.put("verdict", report.verdict());
        return c;
    }
}
