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

/**
 * Writes files so that a reader (or an interrupted run) sees either the previous complete file or the new complete
 * file, never a part: the content goes to a hidden temporary file {@code .NAME.<random>.tmp} in the target's folder,
 * is flushed to disk, and is then renamed over the target {@code NAME}. Nothing else in the folder is touched. A set
 * of files that belong together is a {@link ResultFolder}, which appears whole or not at all.
 *
 * <p>A run stopped gracefully (Ctrl-C, {@code kill}, i.e. SIGINT or SIGTERM) deletes its temporary files on the
 * way out: a shutdown hook removes those still being written, and no new one is started once it has run. A run
 * killed outright (SIGKILL, a crash, a power cut) cannot clean up: it may leave one hidden
 * {@code .NAME.<random>.tmp} beside {@code NAME}, which is never read and may be deleted; {@code NAME} itself is
 * still the previous complete file, or absent if there was none.
 *
 * <p>Two test hooks, system properties read once and unset in every normal run:
 * <ul>
 * <li>{@value #PAUSE_PROPERTY}{@code =NAME}: the program stops when the temporary file of a target called
 * {@code NAME} is complete and about to be renamed, or when a {@link ResultFolder} called {@code NAME} is complete
 * and about to be moved into place, after printing {@code initlab: paused writing NAME} on standard error; it goes
 * on when a line arrives on standard input (if that ends instead, it waits to be stopped), so that a test can
 * interrupt it at exactly that point, or let it finish.
 * <li>{@value #SPACE_PROPERTY}{@code =BYTES}: the file system has room for {@code BYTES} more bytes of InitLab's
 * files; the write that would go past them fails as on a full disk ({@code No space left on device}), having written
 * what fitted.
 * </ul>
 */
public final class AtomicFiles {
    /** The test hooks' system properties, read once. */
    static final String PAUSE_PROPERTY = "initlab.test.pauseWriting";
    static final String SPACE_PROPERTY = "initlab.test.spaceLeft";
    private static final String PAUSE_WRITING = System.getProperty(PAUSE_PROPERTY);
    private static final java.util.concurrent.atomic.AtomicLong SPACE_LEFT = spaceLeft();

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
        Path tmp = null;
        Cleanup.Handle undo = null;
        boolean moved = false;
        try {
            synchronized (Cleanup.MONITOR) {
                Cleanup.checkNotStopping(target);
                ensureFolder(dir);
                tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
                Path created = tmp;
                undo = Cleanup.onStop(target, () -> deleteQuietly(created));
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(ch)) {
                writer.write(new java.io.FilterOutputStream(out) {
                    @Override
                    public void write(int b) throws IOException {
                        takeSpace(1);
                        out.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        int fits = takeSpace(len);
                        out.write(b, off, fits);
                        if (fits < len) {
                            throw new IOException("No space left on device");
                        }
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
                pause(target.getFileName().toString());
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
            if (tmp != null && !moved) {
                deleteQuietly(tmp);
            }
            if (undo != null) {
                undo.done();
            }
        }
    }

    /**
     * The space test hook: takes up to {@code bytes} of the space left and returns how many it took; all of them
     * when the hook is unset. The write that does not get them all fails as on a full disk.
     */
    private static int takeSpace(int bytes) {
        if (SPACE_LEFT == null) {
            return bytes;
        }
        while (true) {
            long left = SPACE_LEFT.get();
            int taken = (int) Math.min(bytes, Math.max(0, left));
            if (SPACE_LEFT.compareAndSet(left, left - taken)) {
                return taken;
            }
        }
    }

    private static java.util.concurrent.atomic.AtomicLong spaceLeft() {
        String bytes = System.getProperty(SPACE_PROPERTY);
        return bytes == null ? null : new java.util.concurrent.atomic.AtomicLong(Long.parseLong(bytes.strip()));
    }

    /** Whether the pause test hook asks to stop at {@code name}. */
    static boolean pausesAt(String name) {
        return name.equals(PAUSE_WRITING);
    }

    /**
     * The pause test hook: says where it stopped and waits for a line on standard input; when standard input ends
     * instead (the test is stopping the program), it waits until the program is stopped.
     */
    static void pause(String name) {
        System.err.println("initlab: paused writing " + name);
        System.err.flush();
        String line;
        try {
            line = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            line = null;
        }
        while (line == null) {
            java.util.concurrent.locks.LockSupport.park();
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the temporary file is hidden and named after its target; nothing else to do
        }
    }

    /**
     * Deletes {@code path} and, for a folder, everything in it, links as links (never what they point to); quietly,
     * for temporary folders, whose leftovers are harmless.
     */
    public static void deleteTree(Path path) {
        Cleanup.deleteTree(path);
    }

    /**
     * Creates {@code dir} (and its parents) if missing and checks it can be written.
     *
     * @throws InputException naming the folder when it cannot be created or written
     */
    public static Path ensureFolder(Path dir) {
        Cleanup.checkNotStopping(dir);
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
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
