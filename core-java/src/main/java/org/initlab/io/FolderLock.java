package org.initlab.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One writer at a time for a result (a {@link ResultFolder}, a JSON file and its manifest, a sweep's folder): a hidden
 * lock file {@code .NAME.lock} beside the target {@code NAME}, holding the owner's pid, and locked by the operating
 * system for as long as the owner lives.
 *
 * <ul>
 * <li>{@link #acquire} refuses a target whose lock a live program holds: {@code out out/cc: in use by another InitLab
 * run (pid N)}, an {@link InputException} about the field the target was given as. Two targets never share a lock.
 * <li>A run killed outright (SIGKILL, a crash) leaves its lock file, whose operating-system lock died with it: the
 * next {@code acquire} takes it over and says so in {@link #notice}.
 * <li>{@link #close} releases it (the lock file is deleted), as do a graceful stop (SIGINT, SIGTERM: after the
 * temporary files are deleted) and the end of the program.
 * </ul>
 *
 * <p>The operating system's lock (POSIX {@code fcntl}, through {@link FileChannel#tryLock}) decides who owns the
 * target; the pid in the file only says who that is. Releasing deletes the file, so an acquirer checks, after locking,
 * that the path still names the file it locked (it reads its own token back through a second channel, which it keeps
 * open: closing any channel of a locked file would release the lock). Within one program, a second acquire of the
 * same target is refused without touching the file, for the same reason.
 */
public final class FolderLock implements AutoCloseable {
    private static final int ATTEMPTS = 20;
    private static final SecureRandom TOKENS = new SecureRandom();

    /** Lock files this program holds or is acquiring; guarded by itself. */
    private static final Set<Path> HELD = new HashSet<>();

    private final Path target;
    private final String field;
    private final Path file;
    private final FileChannel channel;
    private final FileChannel check;
    private final FileLock lock;
    private final long previousOwner;
    private final Path createdFolder;
    private final Cleanup.Handle undo;
    private boolean released;

    private FolderLock(Path target, String field, Path file, FileChannel channel, FileChannel check, FileLock lock,
                       long previousOwner, Path createdFolder) {
        this.target = target;
        this.field = field;
        this.file = file;
        this.channel = channel;
        this.check = check;
        this.lock = lock;
        this.previousOwner = previousOwner;
        this.createdFolder = createdFolder;
        this.undo = Cleanup.onStopLast(target, this::release);
    }

    /**
     * Takes the lock of {@code target} (a folder or a file, which need not exist), creating the folders above it
     * when missing; {@link #close} deletes those again when they are still empty.
     *
     * @param field the field {@code target} was given as, which errors and the notice name
     * @throws InputException naming {@code field} and {@code target} when a live program holds the lock, or when
     *                        no lock can be written beside {@code target} (a file in the way, a read-only or full
     *                        file system)
     */
    public static FolderLock acquire(Path target, String field) {
        Path abs = target.toAbsolutePath().normalize();
        if (abs.getFileName() == null) {
            throw InputException.of(field, target, "not a name a result can have");
        }
        Path created = createParents(abs.getParent(), target, field);
        Path file;
        try {
            file = abs.getParent().toRealPath().resolve("." + abs.getFileName() + ".lock");
        } catch (IOException e) {
            throw cannotWrite(field, target, e);
        }
        synchronized (HELD) {
            if (!HELD.add(file)) {
                deleteEmpty(created, abs.getParent());
                throw inUse(field, target, ProcessHandle.current().pid());
            }
        }
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                FolderLock taken = tryTake(target, field, file, created);
                if (taken != null) {
                    return taken;
                }
            }
            throw InputException.of(field, target, "could not lock " + file + " (it kept being replaced)");
        } catch (RuntimeException e) {
            synchronized (HELD) {
                HELD.remove(file);
            }
            deleteEmpty(created, abs.getParent());
            throw e;
        }
    }

    /** One attempt: the lock, or null when the file was replaced meanwhile (then try again). */
    private static FolderLock tryTake(Path target, String field, Path file, Path created) {
        FileChannel ch = null;
        FileChannel check = null;
        boolean kept = false;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock();
            if (lock == null) {
                throw inUse(field, target, ownerOf(ch));
            }
            long previous = pidIn(read(ch));
            String token = ProcessHandle.current().pid() + " " + HexFormat.of().formatHex(randomBytes()) + "\n";
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.US_ASCII)), 0);
            ch.force(true);
            try {
                check = FileChannel.open(file, StandardOpenOption.READ);
            } catch (NoSuchFileException released) {
                return null;
            }
            if (!read(check).equals(token)) {
                return null;
            }
            kept = true;
            return new FolderLock(target, field, file, ch, check, lock, previous, created);
        } catch (IOException e) {
            throw cannotWrite(field, target, e);
        } finally {
            if (!kept) {
                // the second channel names another file here (or none), so closing it releases nothing of ours
                closeQuietly(check);
                closeQuietly(ch);
            }
        }
    }

    /** The target this lock is for, as it was given. */
    public Path target() {
        return target;
    }

    /** The lock file: {@code .NAME.lock} beside the target. */
    public Path file() {
        return file;
    }

    /** The pid of the run whose stale lock this one took over, if it did. */
    public OptionalLong takenOverFrom() {
        return previousOwner < 0 ? OptionalLong.empty() : OptionalLong.of(previousOwner);
    }

    /**
     * What the user should be told when this lock took over a stale one ({@code out out/cc: took over the stale lock
     * of pid N, a run that is no longer running}), with fields named by {@code names}.
     */
    public Optional<String> notice(UnaryOperator<String> names) {
        if (previousOwner < 0) {
            return Optional.empty();
        }
        String owner = previousOwner == 0 ? "a run" : "pid " + previousOwner + ", a run";
        return Optional.of(InputException.of(field, target, "took over the stale lock of " + owner
                + " that is no longer running").message(names));
    }

    /** Releases the lock: deletes the lock file, then lets go of it, and removes the folders acquire created if empty. */
    @Override
    public void close() {
        undo.done();
        release();
    }

    private void release() {
        synchronized (this) {
            if (released) {
                return;
            }
            released = true;
        }
        boolean deleted;
        try {
            deleted = Files.deleteIfExists(file);
        } catch (IOException e) {
            deleted = false;
        }
        if (!deleted) {
            try {
                channel.truncate(0);
            } catch (IOException ignored) {
                // a lock file left with a pid is taken over by the next run, which says so
            }
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channels below releases it too
        }
        closeQuietly(check);
        closeQuietly(channel);
        synchronized (HELD) {
            HELD.remove(file);
        }
        deleteEmpty(createdFolder, target.toAbsolutePath().normalize().getParent());
    }

    static InputException inUse(String field, Path target, long pid) {
        return InputException.of(field, target, "in use by another InitLab run" + (pid > 0 ? " (pid " + pid + ")" : ""));
    }

    private static InputException cannotWrite(String field, Path target, IOException e) {
        return InputException.of(field, target, "cannot write (" + AtomicFiles.reason(e) + ")", e);
    }

    /**
     * Creates the missing folders above a target and returns the topmost one created (null when none was).
     *
     * @throws InputException when a file is in the way or the folders cannot be created
     */
    private static Path createParents(Path parent, Path target, String field) {
        Path existing = parent;
        Path topmostMissing = null;
        while (existing != null && !Files.exists(existing)) {
            topmostMissing = existing;
            existing = existing.getParent();
        }
        if (existing == null) {
            throw InputException.of(field, target, "no such folder");
        }
        if (!Files.isDirectory(existing)) {
            throw InputException.of(field, target, existing + " is not a folder");
        }
        if (topmostMissing == null) {
            return null;
        }
        try {
            Cleanup.checkNotStopping(target);
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw cannotWrite(field, target, e);
        }
        return topmostMissing;
    }

    /** Deletes the folders from {@code deepest} up to {@code topmost} that are empty; quietly. */
    static void deleteEmpty(Path topmost, Path deepest) {
        if (topmost == null) {
            return;
        }
        for (Path p = deepest; p != null && p.startsWith(topmost); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException notEmpty) {
                return;
            }
        }
    }

    /** The pid in the lock file of a live owner; it may be writing it still, so a few reads. */
    private static long ownerOf(FileChannel ch) throws IOException {
        for (int i = 0; i < 50; i++) {
            long pid = pidIn(read(ch));
            if (pid > 0) {
                return pid;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return 0;
    }

    /** The pid a lock file's content starts with; -1 for an empty file, 0 for one that names none. */
    private static long pidIn(String content) {
        if (content.isEmpty()) {
            return -1;
        }
        int end = 0;
        while (end < content.length() && Character.isDigit(content.charAt(end))) {
            end++;
        }
        try {
            return end == 0 ? 0 : Long.parseLong(content.substring(0, end));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String read(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(256);
        long pos = 0;
        int n;
        while (buf.hasRemaining() && (n = ch.read(buf, pos)) > 0) {
            pos += n;
        }
        return new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII);
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[8];
        TOKENS.nextBytes(b);
        return b;
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
