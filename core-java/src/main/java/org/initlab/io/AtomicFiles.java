package org.initlab.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes files so that a reader (or an interrupted run) sees either the previous complete file or the new complete
 * file, never a part: the content goes to a hidden temporary file {@code .NAME.<random>.tmp} in the target's folder,
 * is flushed to disk, and is then renamed over the target {@code NAME}. Nothing else in the folder is touched.
 *
 * <p>A run stopped gracefully (Ctrl-C, {@code kill}, i.e. SIGINT or SIGTERM) deletes its temporary files on the
 * way out: a shutdown hook removes those still being written, and no new one is started once it has run. A run
 * killed outright (SIGKILL, a crash, a power cut) cannot clean up: it may leave one hidden
 * {@code .NAME.<random>.tmp} beside {@code NAME}, which is never read and may be deleted; {@code NAME} itself is
 * still the previous complete file, or absent if there was none.
 *
 * <p>Test hook: with the system property {@value #PAUSE_PROPERTY}{@code =NAME}, the program stops for good when the
 * temporary file of a target called {@code NAME} is complete and about to be renamed, after printing
 * {@code initlab: paused writing NAME} on standard error, so that a test can interrupt it at exactly that point.
 * Unset, as in every normal run, it does nothing.
 */
public final class AtomicFiles {
    /** The test hook's system property, read once. */
    static final String PAUSE_PROPERTY = "initlab.test.pauseWriting";
    private static final String PAUSE_WRITING = System.getProperty(PAUSE_PROPERTY);

    /** The temporary files being written; guarded by itself, as is {@link #stopping}. */
    private static final Set<Path> IN_FLIGHT = new HashSet<>();
    private static boolean stopping;

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteInFlight, "initlab-temporary-files"));
        } catch (IllegalStateException alreadyStopping) {
            // loaded while the JVM shuts down: writes stay atomic, there is just no clean-up to register
        }
    }

    private AtomicFiles() {
    }

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes {@code text} (UTF-8) to {@code target} atomically. */
    public static Path writeString(Path target, String text) {
        return write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes {@code target} atomically, creating its folder if needed.
     *
     * @throws InputException naming the file or folder when it cannot be written
     */
    public static Path write(Path target, Writer writer) {
        Path dir = folderOf(target);
        ensureFolder(dir);
        Path tmp = null;
        boolean moved = false;
        try {
            tmp = startTemporary(dir, target);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(ch)) {
                writer.write(new java.io.FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                });
                out.flush();
                ch.force(true);
            }
            readableByAll(tmp);
            if (target.getFileName().toString().equals(PAUSE_WRITING)) {
                pauseForever(target);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            return target;
        } catch (IOException e) {
            throw new InputException(target + ": cannot write (" + reason(e) + ")", e);
        } finally {
            if (tmp != null) {
                if (!moved) {
                    deleteQuietly(tmp);
                }
                synchronized (IN_FLIGHT) {
                    IN_FLIGHT.remove(tmp);
                }
            }
        }
    }

    /** The test hook: says where it stopped and waits until the program is killed. */
    private static void pauseForever(Path target) {
        System.err.println("initlab: paused writing " + target.getFileName());
        System.err.flush();
        while (true) {
            java.util.concurrent.locks.LockSupport.park();
        }
    }

    /** Creates and registers the hidden temporary file for {@code target}, unless the JVM is shutting down. */
    private static Path startTemporary(Path dir, Path target) throws IOException {
        synchronized (IN_FLIGHT) {
            if (stopping) {
                throw new IllegalStateException(target + ": not written, the program is stopping");
            }
            Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            IN_FLIGHT.add(tmp);
            return tmp;
        }
    }

    /** The shutdown hook: deletes the temporary files still being written and lets no new one start. */
    private static void deleteInFlight() {
        List<Path> files;
        synchronized (IN_FLIGHT) {
            stopping = true;
            files = new ArrayList<>(IN_FLIGHT);
        }
        files.forEach(AtomicFiles::deleteQuietly);
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the temporary file is hidden and named after its target; nothing else to do
        }
    }

    /**
     * Creates {@code dir} (and its parents) if missing and checks it can be written.
     *
     * @throws InputException naming the folder when it cannot be created or written
     */
    public static Path ensureFolder(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new InputException(dir + ": not a folder");
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException(dir + ": cannot create folder (" + reason(e) + ")", e);
        }
        if (!Files.isWritable(dir)) {
            throw new InputException(dir + ": folder is not writable");
        }
        return dir;
    }

    /**
     * Checks, without creating anything, that {@code dir} could be created and written: its nearest existing
     * ancestor must be a writable folder. Lets a run fail before it spends time training.
     *
     * @param field the field (or option) the folder was given as, which the error names
     * @throws InputException naming {@code field} and the folder otherwise
     */
    public static void checkWritableFolder(Path dir, String field) {
        Path p = dir.toAbsolutePath().normalize();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null || !Files.isDirectory(p)) {
            throw InputException.of(field, dir, p == null ? "no such folder" : p + " is not a folder");
        }
        if (!Files.isWritable(p)) {
            throw InputException.of(field, dir, "folder " + p + " is not writable");
        }
    }

    private static void readableByAll(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: the platform's defaults apply
        }
    }

    private static Path folderOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    /** A short human reason for an I/O failure. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
