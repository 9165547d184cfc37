package org.initlab.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.io.AtomicFiles;
import org.initlab.io.FolderLock;
import org.initlab.io.InputException;
import org.initlab.io.Json;
import org.initlab.io.Manifest;
import org.initlab.io.ResultFolder;
import org.initlab.io.Versions;
import org.initlab.spec.Axis;
import org.initlab.spec.AxisKind;
import org.initlab.spec.SweepSpec;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A sweep's result folder, which grows run by run and can be resumed:
 * <pre>
 *   sweep.json      the sweep: its id and description (written first; it says which sweep the folder holds)
 *   runs/ID.json    one record per finished run ({@link RunFiles}), each written whole or not at all
 *   runs.csv, summary.csv, halving.csv, pictures    written when the sweep is complete
 *   manifest.json   last: the sweep, versions, and every file's SHA-256
 * </pre>
 * One writer at a time ({@link FolderLock}). Opening a folder that holds a sweep's records resumes it: its records
 * are read back and their runs are not run again; a folder that holds a different sweep, or anything but a sweep, is
 * refused, never mixed. A folder with a manifest (a complete sweep) is checked against it first.
 */
public final class SweepFolder implements AutoCloseable {
    /** The file that names the sweep a folder holds. */
    public static final String SWEEP_FILE = ResultFolder.SWEEP_FILE;
    /** The folder of the runs' records. */
    public static final String RUNS = "runs";

    /** The key of {@code sweep.json}'s record of the native math its runs reached ({@link Manifest#nativeMath}). */
    private static final String NATIVE_MATH = "native_math";
    /** The versions a resumed sweep's runs must share with the runs recorded, so that all are the same bits. */
    private static final List<String> SAME_VERSIONS = List.of("initlab", "dl4j");

    /** What opening a folder found there. */
    private enum Start {
        /** The same sweep, resumed. */
        RESUMED,
        /** A folder that was there and empty, now holding a new sweep. */
        NEW_IN_EMPTY_FOLDER,
        /** No folder: made for the new sweep. */
        NEW_FOLDER
    }

    private final Path dir;
    private final FolderLock lock;
    private final Start start;
    private boolean written;

    private SweepFolder(Path dir, FolderLock lock, Start start) {
        this.dir = dir;
        this.lock = lock;
        this.start = start;
    }

    /**
     * Takes {@code dir} for the sweep {@code plan}: creates it with its {@code sweep.json}, or resumes it when it holds
     * the same sweep.
     *
     * @param field the field {@code dir} was given as, which errors name
     * @throws InputException naming {@code field} when another run is writing it, a file is in the way, it holds a
     *                        different sweep or is not a sweep's folder, or a file its manifest names does not match
     */
    public static SweepFolder open(Path dir, String field, SweepPlan plan) {
        FolderLock lock = FolderLock.acquire(dir, field);
        try {
            return new SweepFolder(dir, lock, prepare(dir, field, plan));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Checks the folder, or writes the new sweep's description into it, creating it if need be. */
    private static Start prepare(Path dir, String field, SweepPlan plan) {
        Path sweep = dir.resolve(SWEEP_FILE);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw InputException.of(field, dir, "a file is in the way");
        }
        if (Files.isRegularFile(sweep)) {
            JsonNode held = Json.read(sweep);
            if (!plan.sweepId().equals(held.path("sweep").asText())) {
                throw InputException.of(field, dir, "holds a different sweep (" + difference(held.path("description"),
                        tree(plan.spec().describe())) + "); give another folder, or remove this one to start again");
            }
            checkSameMakers(held, dir, field);
            if (Files.isRegularFile(dir.resolve(Manifest.FILE_NAME))) {
                Manifest.verify(dir.resolve(Manifest.FILE_NAME));
            }
            // a run stopped between writing sweep.json and making runs/ left no runs/
            AtomicFiles.ensureFolder(dir.resolve(RUNS));
            removeStaleTemporaries(dir.resolve(RUNS));
            return Start.RESUMED;
        }
        if (Files.isDirectory(dir) && !isEmpty(dir)) {
            throw InputException.of(field, dir, "not a sweep's folder (no " + SWEEP_FILE + "): a sweep is written into "
                    + "a new or empty folder, or resumed in its own");
        }
        boolean existed = Files.isDirectory(dir);
        AtomicFiles.ensureFolder(dir);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sweep", plan.sweepId());
        m.put("description", plan.spec().describe());
        m.put("base_fields", fields(SpecText.of(plan.spec().base())));
        Map<String, Object> sizes = new LinkedHashMap<>();
        plan.dataSizes().forEach((k, v) -> sizes.put(k, List.of(v[0], v[1])));
        m.put("data_sizes", sizes);
        m.put("versions", Versions.all());
        m.put(NATIVE_MATH, Manifest.nativeMath());
        // sweep.json first: a folder that holds it is this sweep's, whatever else a stop left out
        Json.write(sweep, m);
        AtomicFiles.ensureFolder(dir.resolve(RUNS));
        return existed ? Start.NEW_IN_EMPTY_FOLDER : Start.NEW_FOLDER;
    }

    /**
     * The results of the complete sweep in {@code dir}, read from its files alone: nothing is trained and no data set
     * is loaded. A folder with a manifest is checked against it first.
     *
     * @throws InputException naming the folder or file when it is not a sweep's folder, a file does not match its
     *                        manifest, or the sweep is not complete
     */
    public static SweepResult load(Path dir) {
        Path sweep = dir.resolve(SWEEP_FILE);
        if (!Files.isRegularFile(sweep)) {
            throw new InputException(dir + ": not a sweep's folder (no " + SWEEP_FILE + ")");
        }
        if (Files.isRegularFile(dir.resolve(Manifest.FILE_NAME))) {
            Manifest.verify(dir.resolve(Manifest.FILE_NAME));
        }
        JsonNode held = Json.read(sweep);
        SweepSpec spec;
        Map<String, int[]> sizes = new java.util.HashMap<>();
        try {
            spec = specOf(held);
            for (Iterator<Map.Entry<String, JsonNode>> it = held.get("data_sizes").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                sizes.put(e.getKey(), new int[] {e.getValue().get(0).asInt(), e.getValue().get(1).asInt()});
            }
        } catch (RuntimeException e) {
            throw new InputException(sweep + ": not a sweep's description (" + e.getMessage() + ")", e);
        }
        SweepPlan plan = SweepPlan.of(spec, name -> {
            int[] io = sizes.get(name);
            if (io == null) {
                throw new InputException(sweep + ": not a sweep's description (data_sizes has no entry for " + name
                        + ")");
            }
            return io;
        });
        if (!plan.sweepId().equals(held.path("sweep").asText())) {
            throw new InputException(sweep + ": describes sweep " + plan.sweepId() + " but names "
                    + held.path("sweep").asText() + " (changed by hand, or written by another version of InitLab)");
        }
        return Sweeps.results(plan, new SweepFolder(dir, null, Start.RESUMED).recorded(), dir);
    }

    /** The sweep {@code sweep.json} describes. */
    private static SweepSpec specOf(JsonNode held) {
        JsonNode d = held.get("description");
        List<Setting> baseFields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = held.get("base_fields").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            baseFields.add(new Setting(e.getKey(), e.getValue().asText()));
        }
        SweepSpec.Builder b = SweepSpec.builder(d.get("name").asText(), SpecText.spec(baseFields, 0));
        for (JsonNode a : d.get("axes")) {
            AxisKind kind = AxisKind.of(a.get("axis").asText());
            List<Object> values = new ArrayList<>();
            for (JsonNode v : a.get("values")) {
                values.add(AxisText.value(kind, v.asText()));
            }
            b.axis(Axis.of(kind, values));
        }
        List<Long> seeds = new ArrayList<>();
        d.get("seeds").forEach(s -> seeds.add(s.asLong()));
        b.seeds(seeds);
        if (d.has("sample")) {
            b.sample(d.get("sample").asInt(), d.get("sweep_seed").asLong());
        }
        if (d.has("halving")) {
            List<Integer> rungs = new ArrayList<>();
            d.get("halving").get("rungs").forEach(r -> rungs.add(r.asInt()));
            b.halving(d.get("halving").get("eta").asDouble(), rungs);
        }
        if (d.has("validation_fraction")) {
            b.validationFraction(d.get("validation_fraction").asDouble());
        }
        return b.build();
    }

    private static Map<String, Object> fields(List<Setting> settings) {
        Map<String, Object> m = new LinkedHashMap<>();
        settings.forEach(s -> m.put(s.field(), s.value()));
        return m;
    }

    /** The folder. */
    public Path dir() {
        return dir;
    }

    /** What the user should be told when this folder's lock was taken over from a run that was killed. */
    public Optional<String> notice(UnaryOperator<String> names) {
        return lock.notice(names);
    }

    /**
     * The records already in the folder, by run id.
     *
     * @throws InputException naming a record that cannot be read
     */
    public Map<String, RunRecord> recorded() {
        Map<String, RunRecord> out = new TreeMap<>();
        Path runs = dir.resolve(RUNS);
        if (!Files.isDirectory(runs)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(runs, "[!.]*.json")) {
            for (Path f : files) {
                RunRecord r = RunFiles.fromJson(Json.read(f), f);
                if (!f.getFileName().toString().equals(r.task().id() + ".json")) {
                    throw new InputException(f + ": holds the record of run " + r.task().id());
                }
                out.put(r.task().id(), r);
            }
        } catch (IOException e) {
            throw new InputException(runs + ": cannot read (" + AtomicFiles.reason(e) + ")", e);
        }
        return out;
    }

    /** Writes a finished run's record, whole or not at all; returns its path relative to the folder. */
    public String write(RunRecord r) {
        written = true;
        String name = RUNS + "/" + r.task().id() + ".json";
        Json.write(dir.resolve(name), RunFiles.toMap(r));
        return name;
    }

    /** Writes a table (or any text) {@code name} into the folder, whole or not at all. */
    public String writeString(String name, String text) {
        AtomicFiles.writeString(dir.resolve(name), text);
        return name;
    }

    /**
     * Writes {@code manifest.json}: the sweep's description and id, versions, and the SHA-256 of {@code sweep.json},
     * of {@code files} (relative to the folder) and of every run's record.
     */
    public Path commit(SweepPlan plan, List<String> files) {
        List<String> all = new ArrayList<>();
        all.add(SWEEP_FILE);
        all.addAll(files);
        for (String id : recorded().keySet()) {
            all.add(RUNS + "/" + id + ".json");
        }
        Map<String, Object> config = new LinkedHashMap<>(plan.spec().describe());
        config.put("sweep", plan.sweepId());
        return Manifest.write(dir, "sweep", config, all);
    }

    /**
     * Lets go of the folder's lock. A new sweep into which no run was written (it failed before its first run) takes
     * its files away again, and the folder too when it made it: an empty folder the user gave stays.
     */
    @Override
    public void close() {
        if (start != Start.RESUMED && !written) {
            try {
                Files.deleteIfExists(dir.resolve(RUNS));
                Files.deleteIfExists(dir.resolve(SWEEP_FILE));
                if (start == Start.NEW_FOLDER) {
                    Files.deleteIfExists(dir);
                }
            } catch (IOException ignored) {
                // something else is in it now: leave it
            }
        }
        if (lock != null) {
            lock.close();
        }
    }

    /** The first place two descriptions differ, for the user: {@code axes: [...] here, [...] asked}. */
    /**
     * Refuses to resume a sweep whose recorded runs another version of InitLab or DL4J made, or that reached numpy's
     * C functions where these would not (or the other way round): its new runs could differ in the last bits, and the
     * table would mix them. A {@code sweep.json} without the record (an older one) is not checked for it.
     */
    private static void checkSameMakers(JsonNode held, Path dir, String field) {
        Map<String, String> now = Versions.all();
        for (String k : SAME_VERSIONS) {
            JsonNode then = held.path("versions").path(k);
            if (!then.isMissingNode() && !then.asText().equals(now.get(k))) {
                throw InputException.of(field, dir, "its runs were made with " + k + " " + then.asText() + ", this is "
                        + now.get(k) + ": resume it with that version, or give another folder");
            }
        }
        JsonNode then = held.path(NATIVE_MATH);
        if (!then.isMissingNode()) {
            JsonNode current = tree(Manifest.nativeMath());
            for (String k : List.of("log", "sin_cos")) {
                if (then.has(k) && !then.get(k).equals(current.get(k))) {
                    throw InputException.of(field, dir, "its runs " + (then.get(k).asBoolean() ? "reached" : "did not "
                            + "reach") + " the C library's " + k.replace('_', '/') + ", these would "
                            + (current.get(k).asBoolean() ? "" : "not ") + "(native_math): resume it on such a machine, "
                            + "or give another folder");
                }
            }
        }
    }

    private static String difference(JsonNode held, JsonNode asked) {
        String d = difference("", held, asked);
        return d != null ? d : "written by another version of InitLab";
    }

    /**
     * The first place, by its path ({@code base.iterations}, {@code axes[0].values}), where the folder's description
     * and the asked one differ, or null where they are equal. Objects are compared field by field and lists of
     * objects item by item, so a message names the field that differs rather than a whole, truncated description.
     */
    private static String difference(String path, JsonNode held, JsonNode asked) {
        if (asked.equals(held)) {
            return null;
        }
        if (held != null && held.isObject() && asked.isObject()) {
            for (Iterator<String> it = asked.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                String d = difference(path.isEmpty() ? k : path + "." + k, held.get(k), asked.get(k));
                if (d != null) {
                    return d;
                }
            }
            for (Iterator<String> it = held.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!asked.has(k)) {
                    return (path.isEmpty() ? k : path + "." + k) + " " + compact(held.get(k))
                            + " in the folder, not set now";
                }
            }
        }
        if (held != null && held.isArray() && asked.isArray() && held.size() == asked.size() && asked.size() > 0
                && asked.get(0).isObject()) {
            for (int i = 0; i < asked.size(); i++) {
                String d = difference(path + "[" + i + "]", held.get(i), asked.get(i));
                if (d != null) {
                    return d;
                }
            }
        }
        return path + " " + (held == null ? "not set" : compact(held)) + " in the folder, " + compact(asked) + " asked";
    }

    private static JsonNode tree(Map<String, Object> m) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(Json.write(m));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("InitLab's own JSON does not parse", e);
        }
    }

    private static String compact(JsonNode n) {
        String s = n.toString();
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            throw new InputException(dir + ": cannot read (" + AtomicFiles.reason(e) + ")", e);
        }
    }

    /** Deletes the hidden temporary files a killed run left in {@code runs}; this folder's lock is held. */
    private static void removeStaleTemporaries(Path runs) {
        if (!Files.isDirectory(runs)) {
            return;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(runs, ".*.tmp")) {
            for (Path p : s) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a leftover temporary file is never read; it may stay
        }
    }
}
