package org.initlab.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A result folder that appears whole or not at all: its files are written into a hidden sibling folder
 * {@code .NAME.<digits>.tmp}, and {@link #commit} puts that folder in place of {@code NAME} in one step, with a
 * {@code manifest.json} naming every file and its SHA-256. One writer at a time ({@link FolderLock}).
 *
 * <pre>{@code
 * try (ResultFolder folder = ResultFolder.open(dir, "out")) {     // before the long work: fails early
 *     ... train ...
 *     folder.writeJson("result.json", result);
 *     folder.write("model.zip", out -> ModelSerializer.writeModel(net, out, false));
 *     folder.writeFiles(staging -> writePictures(staging));        // writers that want a folder
 *     folder.commit("train", config);                               // manifest.json, then into place
 * }                                                                 // not committed: nothing appears
 * }</pre>
 *
 * <p>What it guarantees:
 * <ul>
 * <li><b>Whole or absent.</b> Until {@link #commit} has moved the folder in, {@code NAME} is what it was (absent, or
 * the previous complete folder); after, it is the new complete folder. A run that fails, is stopped (SIGINT,
 * SIGTERM: the shutdown hook deletes the hidden folder) or killed (SIGKILL, a crash, a full disk) never leaves a part
 * of its folder under {@code NAME}. A SIGKILL may leave hidden {@code .NAME.<digits>.tmp}/{@code .old} folders and the
 * lock file; the next run into {@code NAME} removes them (restoring the previous folder if it finds it aside).
 * <li><b>Replacing.</b> On Linux, an existing {@code NAME} is exchanged with the new folder by
 * {@code renameat2(RENAME_EXCHANGE)}: a reader opening {@code NAME} finds the old folder or the new one, never none.
 * Elsewhere (and on file systems without it) it is two renames: for an instant {@code NAME} is absent, never mixed;
 * a run killed between them leaves the previous folder as {@code .NAME.<digits>.old}, which the next run puts back.
 * A reader that reads a folder file by file while it is swapped may get files of both: {@link #verify} notices (the
 * hashes do not match), reads again once the manifest has changed, and otherwise refuses.
 * <li><b>What is replaced.</b> Only an empty folder or one of InitLab's (with a {@code manifest.json}); a folder of
 * other things, or one holding a sub-folder InitLab did not write, is refused at {@link #open}. Files of the user's in
 * an InitLab folder (ones its manifest does not name) are kept: linked into the new folder (unless the new result
 * has a file of the same name).
 * <li><b>Early failures.</b> {@link #open} fails, before any long work, when a file is in the way of the folder, a
 * path leads under a regular file, another live run writes the folder, or the hidden folder cannot be created (a
 * read-only or full file system). A disk that fills during the writes fails then, with the previous folder intact.
 * <li><b>One writer.</b> The lock is held from {@link #open} to {@link #close}; a second writer is refused with
 * {@code out out/cc: in use by another InitLab run (pid N)}; a stale lock is taken over ({@link #notice}).
 * </ul>
 */
public final class ResultFolder implements AutoCloseable {
    private static final SecureRandom NAMES = new SecureRandom();

    private final Path target;
    private final Path abs;
    private final String field;
    private final FolderLock lock;
    private final Path staging;
    private Cleanup.Handle undo;
    private final Set<String> written = new LinkedHashSet<>();
    private List<String> files;
    private boolean committed;
    private boolean closed;

    private ResultFolder(Path target, String field, FolderLock lock, Path staging, Cleanup.Handle undo) {
        this.target = target;
        this.abs = target.toAbsolutePath().normalize();
        this.field = field;
        this.lock = lock;
        this.staging = staging;
        this.undo = undo;
    }

    /**
     * Starts writing the result folder {@code target}: takes its lock, clears what a killed run left beside it, checks
     * that it may be replaced and creates the hidden folder the files go into. Call it before the long work, so that
     * what can fail early does.
     *
     * @param field the field {@code target} was given as ({@code out}, {@code dir}), which errors name
     * @throws InputException naming {@code field} and {@code target} when the folder cannot be written (see above)
     */
    public static ResultFolder open(Path target, String field) {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(abs)) {
            throw InputException.of(field, target, "a symbolic link; give the folder it leads to");
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw InputException.of(field, target, "not a folder (a file is in the way)");
        }
        FolderLock lock = FolderLock.acquire(target, field);
        try {
            recover(abs);
            replaceable(abs, target, field);
            Path staging;
            Cleanup.Handle undo;
            synchronized (Cleanup.MONITOR) {
                Cleanup.checkNotStopping(target);
                staging = createSibling(abs, ".tmp");
                undo = Cleanup.onStop(target, () -> Cleanup.deleteTree(staging));
            }
            return new ResultFolder(target, field, lock, staging, undo);
        } catch (IOException e) {
            lock.close();
            throw InputException.of(field, target, "cannot write (" + AtomicFiles.reason(e) + ")", e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The folder as it was given. */
    public Path target() {
        return target;
    }

    /** The hidden folder the files are written into until {@link #commit}. */
    public Path staging() {
        return staging;
    }

    /** The lock held on the folder. */
    public FolderLock lock() {
        return lock;
    }

    /** What the user should be told when this run took over a stale lock; see {@link FolderLock#notice}. */
    public java.util.Optional<String> notice(java.util.function.UnaryOperator<String> names) {
        return lock.notice(names);
    }

    /**
     * Writes the file {@code name} (relative, {@code /}-separated) of the result, atomically, into the hidden folder.
     *
     * @throws InputException naming the file (under {@link #target}) when it cannot be written
     */
    public Path write(String name, AtomicFiles.Writer writer) {
        Path file = fileOf(name);
        writeFiles(dir -> AtomicFiles.write(file, writer));
        written.add(name);
        return target.resolve(name);
    }

    /** Writes the file {@code name} with {@code text} (UTF-8); see {@link #write}. */
    public Path writeString(String name, String text) {
        return write(name, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Writes the file {@code name} with {@code value} as InitLab's JSON ({@link Json}); see {@link #write}. */
    public Path writeJson(String name, Object value) {
        return writeString(name, Json.write(value));
    }

    /**
     * Runs {@code writer} with the hidden folder, for writers that put files into a folder of their own (pictures):
     * every file in the hidden folder at {@link #commit} is part of the result. An {@link InputException} that names
     * the hidden folder is rethrown naming {@link #target} instead.
     */
    public <T> T writeFiles(Function<Path, T> writer) {
        requireOpen();
        try {
            return writer.apply(staging);
        } catch (InputException e) {
            String m = e.getMessage();
            if (e.field() == null && m != null && m.contains(staging.toString())) {
                throw new InputException(m.replace(staging.toString(), target.toString()), e);
            }
            throw e;
        }
    }

    /**
     * Adds the file {@code name}, which a writer of {@link #writeFiles} put into the hidden folder, to the result's
     * files in this order: the manifest lists files in the order they were written or added, then any others found
     * in the hidden folder by name.
     *
     * @throws InputException naming the file (under {@link #target}) when it is not in the hidden folder
     */
    public void add(String name) {
        requireOpen();
        if (!Files.isRegularFile(fileOf(name))) {
            throw new InputException(target.resolve(name) + ": not written");
        }
        written.add(name);
    }

    /**
     * Writes {@code manifest.json} (what ran, {@code config}, versions, every file and its SHA-256) and puts the folder
     * in place of {@link #target}, as one step; returns {@link #target}. Files written through this folder come first
     * in the manifest, in their order (with those {@link #add}ed), then any others in the hidden folder by name.
     *
     * @throws InputException when the manifest cannot be written or the folder moved; {@link #target} is then as it was
     */
    public Path commit(String what, Map<String, Object> config) {
        requireOpen();
        List<String> names = filesInStaging();
        Map<String, Object> m = Manifest.of(what, config, names);
        m.put(Manifest.SHA256, Manifest.hashes(staging, names));
        writeFiles(dir -> AtomicFiles.writeString(dir.resolve(Manifest.FILE_NAME), Json.write(m)));
        sync(staging);
        if (AtomicFiles.pausesAt(abs.getFileName().toString())) {
            AtomicFiles.pause(abs.getFileName().toString());
        }
        Replaced old = replaceable(abs, target, field);
        try {
            for (String f : old.users()) {
                carry(abs.resolve(f), staging.resolve(f));
            }
            Path aside;
            synchronized (Cleanup.MONITOR) {
                aside = moveIntoPlace(staging, abs, true);
                committed = true;
                undo.done();
                undo = aside == null ? null : Cleanup.onStop(target, () -> dispose(aside, abs, old));
            }
            sync(abs.getParent());
            if (aside != null) {
                dispose(aside, abs, old);
                undo.done();
            }
        } catch (IOException e) {
            throw InputException.of(field, target, "cannot write (" + AtomicFiles.reason(e) + ")", e);
        }
        files = names;
        return target;
    }

    /** The files the manifest names, in its order (without {@code manifest.json}); known once committed. */
    public List<String> files() {
        if (files == null) {
            throw new IllegalStateException(target + ": not committed yet");
        }
        return files;
    }

    /** Whether {@link #commit} has put the folder in place. */
    public boolean committed() {
        return committed;
    }

    /**
     * Ends the writing: without a {@link #commit}, deletes the hidden folder, so that nothing appears; then releases
     * the lock. Safe to call twice.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!committed) {
            undo.done();
            Cleanup.deleteTree(staging);
        }
        lock.close();
    }

    /**
     * Checks a result folder against its manifest and returns the manifest: every file it names is there with the
     * SHA-256 it names ({@link Manifest#verify}).
     *
     * @throws InputException in one line naming the folder when it is not a result folder, or the first file that is
     *                        missing or does not match
     */
    public static JsonNode verify(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + (Files.exists(dir) ? ": not a folder" : ": no such folder"));
        }
        Path manifest = dir.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifest)) {
            throw new InputException(dir + ": not an InitLab result folder (no " + Manifest.FILE_NAME + ")");
        }
        return Manifest.verify(manifest);
    }

    /**
     * Checks the result folder that holds {@code file}, when there is one: if a {@code manifest.json} beside
     * {@code file} names it, the whole folder is verified ({@link #verify}); otherwise nothing is checked (a file the
     * user made).
     *
     * @return whether a manifest named the file (and everything matched)
     */
    public static boolean verifyHolding(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null) {
            return false;
        }
        Path manifest = dir.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        JsonNode m = Json.read(manifest);
        String name = file.getFileName().toString();
        boolean named = m.path(Manifest.SHA256).has(name);
        for (JsonNode f : m.path("files")) {
            named |= f.asText().equals(name);
        }
        if (named) {
            verify(file.getParent() == null ? Path.of(".") : file.getParent());
        }
        return named;
    }

    /**
     * Puts {@code staging} in place of {@code target} and returns where the previous folder now is (null when there
     * was none): an exchange where the system can ({@code exchange} true), else two renames. Call holding
     * {@link Cleanup#MONITOR}.
     */
    static Path moveIntoPlace(Path staging, Path target, boolean exchange) throws IOException {
        Cleanup.checkNotStopping(target);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            rename(staging, target);
            return null;
        }
        if (exchange && FolderSwap.exchange(staging, target)) {
            return staging;
        }
        Path aside = createSibling(target, ".old");
        Files.delete(aside);
        rename(target, aside);
        try {
            rename(staging, target);
        } catch (IOException e) {
            rename(aside, target);
            throw e;
        }
        return aside;
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** What an existing folder holds: the files its manifest names, and the user's own files beside them. */
    record Replaced(Set<String> initlab, List<String> users) {
        static final Replaced NONE = new Replaced(Set.of(), List.of());
    }

    /** The file that marks a sweep's folder ({@code org.initlab.sweep.SweepFolder}), never replaced by a result. */
    public static final String SWEEP_FILE = "sweep.json";

    /**
     * Checks that {@code abs} may be replaced: absent, empty, or an InitLab folder without sub-folders of the user's.
     *
     * @throws InputException naming {@code field} otherwise
     */
    static Replaced replaceable(Path abs, Path target, String field) {
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            return Replaced.NONE;
        }
        if (!Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw InputException.of(field, target, "not a folder (a file is in the way)");
        }
        List<Path> entries = list(abs).stream().filter(e -> !isTemporary(e.getFileName().toString())).toList();
        if (entries.isEmpty()) {
            return Replaced.NONE;
        }
        if (Files.exists(abs.resolve(SWEEP_FILE), LinkOption.NOFOLLOW_LINKS)) {
            throw InputException.of(field, target, "holds a sweep (" + SWEEP_FILE + ", its runs): the work of every "
                    + "run in it, which a single result never replaces; choose another folder, or remove it");
        }
        Path manifest = abs.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifest)) {
            throw InputException.of(field, target, "holds files but no " + Manifest.FILE_NAME + ": not an InitLab "
                    + "result folder, which is all InitLab replaces; choose a new or an empty folder");
        }
        Set<String> initlab = new TreeSet<>();
        initlab.add(Manifest.FILE_NAME);
        JsonNode m;
        try {
            m = Json.read(manifest);
        } catch (InputException e) {
            throw InputException.of(field, target, "its " + Manifest.FILE_NAME + " cannot be read, so what in it is "
                    + "InitLab's is unknown (" + e.getMessage() + ")");
        }
        for (JsonNode f : m.path("files")) {
            initlab.add(topOf(f.asText()));
        }
        m.path(Manifest.SHA256).fieldNames().forEachRemaining(f -> initlab.add(topOf(f)));
        List<String> users = new ArrayList<>();
        for (Path e : entries) {
            String name = e.getFileName().toString();
            if (initlab.contains(name)) {
                continue;
            }
            if (Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) {
                throw InputException.of(field, target, "holds " + name + ", a folder InitLab did not write; move it "
                        + "out or choose another folder");
            }
            users.add(name);
        }
        return new Replaced(initlab, users);
    }

    /** The user's file {@code from} into the new folder as {@code to}: a hard link, else a copy; never replacing. */
    private static void carry(Path from, Path to) throws IOException {
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(from)) {
            Files.createSymbolicLink(to, Files.readSymbolicLink(from));
            return;
        }
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | IOException noLinks) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /**
     * Deletes the previous folder, now aside: InitLab's files and the user's files carried over; a user's file that
     * appeared after the carrying goes into the new folder (or stays aside if the name is taken there).
     */
    private static void dispose(Path aside, Path target, Replaced old) {
        for (Path e : list(aside)) {
            String name = e.getFileName().toString();
            if (name.equals(Manifest.FILE_NAME)) {
                continue;
            }
            if (old.initlab().contains(name) || old.users().contains(name) || isTemporary(name)) {
                Cleanup.deleteTree(e);
            } else {
                try {
                    Files.move(e, target.resolve(name));
                } catch (IOException taken) {
                    // stays aside, hidden; the next run into the folder removes it
                }
            }
        }
        Cleanup.deleteTree(aside.resolve(Manifest.FILE_NAME));
        try {
            Files.deleteIfExists(aside);
        } catch (IOException notEmpty) {
            // left hidden beside the folder; the next run into it removes it
        }
    }

    /**
     * Under the lock: what a killed run left beside {@code abs}. Where {@code abs} is absent and a previous folder
     * waits aside ({@code .old}) and still matches its manifest, it is put back; every other leftover is deleted.
     */
    private static void recover(Path abs) throws IOException {
        List<Path> leftovers = siblings(abs);
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            for (Path p : leftovers) {
                if (p.getFileName().toString().endsWith(".old") && matchesManifest(p)) {
                    rename(p, abs);
                    break;
                }
            }
        }
        for (Path p : leftovers) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                Cleanup.deleteTree(p);
            }
        }
    }

    private static boolean matchesManifest(Path dir) {
        try {
            verify(dir);
            return true;
        } catch (InputException e) {
            return false;
        }
    }

    /** The hidden folders {@code .NAME.<digits>.tmp} and {@code .NAME.<digits>.old} beside {@code abs}. */
    private static List<Path> siblings(Path abs) {
        String prefix = "." + abs.getFileName() + ".";
        List<Path> found = new ArrayList<>();
        for (Path p : list(abs.getParent())) {
            String n = p.getFileName().toString();
            if (n.startsWith(prefix) && (n.endsWith(".tmp") || n.endsWith(".old"))
                    && n.substring(prefix.length(), n.length() - 4).chars().allMatch(Character::isDigit)
                    && n.length() > prefix.length() + 4
                    && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                found.add(p);
            }
        }
        return found;
    }

    /** Creates the hidden folder {@code .NAME.<digits><suffix>} beside {@code abs}. */
    private static Path createSibling(Path abs, String suffix) throws IOException {
        while (true) {
            Path p = abs.resolveSibling("." + abs.getFileName() + "." + Long.toUnsignedString(NAMES.nextLong()) + suffix);
            try {
                return Files.createDirectory(p);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // another name
            }
        }
    }

    /** The files in the hidden folder: those written through this folder first, then the others by name. */
    private List<String> filesInStaging() {
        Set<String> names = new LinkedHashSet<>();
        for (String w : written) {
            if (Files.isRegularFile(staging.resolve(w))) {
                names.add(w);
            }
        }
        try (Stream<Path> all = Files.walk(staging)) {
            all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> staging.relativize(p).toString().replace(java.io.File.separatorChar, '/'))
                    .filter(n -> !n.equals(Manifest.FILE_NAME) && !isTemporary(n))
                    .sorted(Comparator.naturalOrder())
                    .forEach(names::add);
        } catch (IOException e) {
            throw InputException.of(field, target, "cannot read back what was written (" + AtomicFiles.reason(e) + ")", e);
        }
        return List.copyOf(names);
    }

    private static final java.util.regex.Pattern TEMPORARY = java.util.regex.Pattern.compile("\\..+\\.\\d+\\.tmp");

    /** Whether a name is one of {@link AtomicFiles}' temporary files, {@code .NAME.<digits>.tmp}. */
    private static boolean isTemporary(String relative) {
        return TEMPORARY.matcher(relative.substring(relative.lastIndexOf('/') + 1)).matches();
    }

    private Path fileOf(String name) {
        Path p = Path.of(name);
        if (name.isEmpty() || p.isAbsolute() || !p.normalize().equals(p) || p.startsWith("..")
                || name.equals(Manifest.FILE_NAME)) {
            throw new IllegalArgumentException(name + ": not a file name a result folder can hold");
        }
        return staging.resolve(p);
    }

    private void requireOpen() {
        if (closed || committed) {
            throw new IllegalStateException(target + ": " + (committed ? "already committed" : "closed"));
        }
    }

    private static String topOf(String relative) {
        int slash = relative.indexOf('/');
        return slash < 0 ? relative : relative.substring(0, slash);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Flushes a folder's entries to disk, where the system allows it. */
    private static void sync(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // not on every system (Windows): the renames are still atomic, only not yet durable
        }
    }
}
