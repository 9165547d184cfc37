package org.initlab.cli;

import org.initlab.io.AtomicFiles;
import org.initlab.io.FolderLock;
import org.initlab.io.InputException;
import org.initlab.io.Json;
import org.initlab.io.Manifest;
import org.initlab.io.ResultFolder;
import org.initlab.train.RunFiles;
import org.initlab.train.RunResult;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Where a training command writes its results: {@code --json FILE} (and its manifest) and {@code --out DIR} (a
 * {@link ResultFolder}, whole or not at all). {@link #check} takes both before training and holds them until
 * {@link #close}, which {@link Main} calls after the command, however it ended.
 */
final class OutputOptions implements AutoCloseable {
    @Option(names = "--json", paramLabel = "FILE",
            description = "Write the costs, accuracies, training time and configuration as JSON (and a manifest beside it).")
    Path json;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write result.json, costs.csv, the trained DL4J model (model.zip) and manifest.json into DIR, "
                    + "whole or not at all.")
    Path out;

    private FolderLock jsonLock;
    private ResultFolder folder;

    /**
     * Fails before training when an output place cannot be written or another run is writing it; otherwise takes it
     * (saying so on stderr when it took over a killed run's lock) until {@link #close}.
     */
    void check() {
        checkApart(json, out);
        if (json != null && jsonLock == null) {
            jsonLock = lockJson(json);
        }
        if (out != null && folder == null) {
            folder = openOut(out);
        }
    }

    /**
     * Refuses a {@code --json} file that is the {@code --out} folder, lies inside it (the folder is replaced whole, and
     * the file's lock inside it made it one of the user's folders) or holds it; either may be null.
     */
    static void checkApart(Path json, Path out) {
        if (json == null || out == null) {
            return;
        }
        Path file = json.toAbsolutePath().normalize();
        Path folder = out.toAbsolutePath().normalize();
        if (file.equals(folder)) {
            throw InputException.of("json", json, "the same place as {out}; give a file outside the result folder");
        }
        if (file.startsWith(folder)) {
            throw InputException.of("json", json, "inside {out} " + out + ", which is written whole and would not "
                    + "keep it; give a file outside it");
        }
        if (folder.startsWith(file)) {
            throw InputException.of("json", json, "{out} " + out + " is inside it; a file cannot hold a folder");
        }
    }

    /** Takes the lock of a {@code --json} file (saying so when it took over a killed run's), for any command. */
    static FolderLock lockJson(Path json) {
        return lockFile(json, "json");
    }

    /**
     * Takes the lock of the result file {@code file} that option {@code field} names, saying so when it took over a
     * killed run's; a folder in its place is refused.
     */
    static FolderLock lockFile(Path file, String field) {
        if (Files.isDirectory(file)) {
            throw InputException.of(field, file, "a folder is in the way");
        }
        FolderLock lock = FolderLock.acquire(file, field);
        lock.notice(Flags::of).ifPresent(n -> System.err.println("initlab: " + n));
        return lock;
    }

    /**
     * Runs {@code work}, which writes {@code --json} (when given) and its manifest, holding the file's lock: the
     * folder is checked writable and the lock taken first, so that a file another run is writing is refused before any
     * work, and the lock is let go when the work is done.
     */
    static <T> T holdingJson(Path json, Callable<T> work) throws Exception {
        return holdingFile(json, "json", work);
    }

    /** As {@link #holdingJson}, for the result file {@code file} that option {@code field} names. */
    static <T> T holdingFile(Path file, String field, Callable<T> work) throws Exception {
        if (file == null) {
            return work.call();
        }
        AtomicFiles.checkWritableFolder(file.toAbsolutePath().getParent(), field);
        FolderLock lock = lockFile(file, field);
        try {
            return work.call();
        } finally {
            lock.close();
        }
    }

    /** Opens the result folder of {@code --out} (saying so when it took over a killed run's lock), for any command. */
    static ResultFolder openOut(Path out) {
        ResultFolder folder = ResultFolder.open(out, "out");
        folder.notice(Flags::of).ifPresent(n -> System.err.println("initlab: " + n));
        return folder;
    }

    /** Writes a result that is not a single run (cross-validation) as JSON, to --json and/or DIR/result.json. */
    void writeMap(String run, Map<String, Object> config, Map<String, Object> result, PrintStream err) {
        writeMap(run, config, result, dir -> List.of(), err);
    }

    /**
     * Writes a result that is not a single run as {@link #writeMap(String, Map, Map, PrintStream)} does, and into DIR
     * also the files {@code more} draws into the folder (pictures), by their names relative to it.
     */
    void writeMap(String run, Map<String, Object> config, Map<String, Object> result,
                  Function<Path, List<String>> more, PrintStream err) {
        check();
        if (json != null) {
            Json.write(json, result);
            Manifest.writeBeside(json, run, config);
        }
        if (out != null) {
            folder.writeJson(RunFiles.RESULT, result);
            folder.writeFiles(more).forEach(folder::add);
            folder.commit(run, config);
            err.println("Results written to " + out);
        }
    }

    void write(RunResult result, PrintStream err) {
        check();
        if (json != null) {
            RunFiles.writeJson(result, json);
        }
        if (out != null) {
            RunFiles.writeInto(result, folder);
            folder.commit(result.spec().name(), result.spec().describe());
            err.println("Results written to " + out);
        }
    }

    /** Lets go of the output places: an uncommitted folder leaves nothing behind, and the locks are released. */
    @Override
    public void close() {
        if (folder != null) {
            folder.close();
        }
        if (jsonLock != null) {
            jsonLock.close();
        }
    }
}
