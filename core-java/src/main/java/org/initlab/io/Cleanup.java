package org.initlab.io;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a graceful stop (SIGINT, SIGTERM, {@code System.exit}) undoes: the temporary files and folders still being
 * written, then the locks still held. One shutdown hook runs them all; once it has started, nothing new may start.
 * Guarded by {@link #MONITOR}, which also keeps a folder's move into place and the hook from overlapping.
 */
final class Cleanup {
    /** Held while registering, while moving a finished folder into place and while the hook takes over. */
    static final Object MONITOR = new Object();

    /** Undo actions by kind: temporary files and folders first, locks last. Guarded by {@link #MONITOR}. */
    private static final Map<Handle, Runnable> FIRST = new LinkedHashMap<>();
    private static final Map<Handle, Runnable> LAST = new LinkedHashMap<>();
    private static boolean stopping;

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(Cleanup::run, "initlab-clean-up"));
        } catch (IllegalStateException alreadyStopping) {
            // loaded while the JVM shuts down: writes stay atomic, there is just no clean-up to register
        }
    }

    private Cleanup() {
    }

    /** A registered undo action; {@link #done} removes it once the work it undoes has finished or been undone. */
    static final class Handle {
        void done() {
            synchronized (MONITOR) {
                FIRST.remove(this);
                LAST.remove(this);
            }
        }
    }

    /**
     * Registers {@code undo} (deleting a temporary file or folder) to run on a graceful stop.
     *
     * @throws IllegalStateException naming {@code what} when the program is already stopping
     */
    static Handle onStop(Object what, Runnable undo) {
        return register(FIRST, what, undo);
    }

    /** As {@link #onStop}, for an undo (releasing a lock) that must run after all the others. */
    static Handle onStopLast(Object what, Runnable undo) {
        return register(LAST, what, undo);
    }

    private static Handle register(Map<Handle, Runnable> kind, Object what, Runnable undo) {
        synchronized (MONITOR) {
            checkNotStopping(what);
            Handle h = new Handle();
            kind.put(h, undo);
            return h;
        }
    }

    /** Throws when the program is stopping; call holding {@link #MONITOR} to keep it so while acting. */
    static void checkNotStopping(Object what) {
        synchronized (MONITOR) {
            if (stopping) {
                throw new IllegalStateException(what + ": not written, the program is stopping");
            }
        }
    }

    /** The shutdown hook: lets nothing new start, then runs the undo actions, locks last. */
    private static void run() {
        List<Runnable> first;
        List<Runnable> last;
        synchronized (MONITOR) {
            stopping = true;
            first = new ArrayList<>(FIRST.values());
            last = new ArrayList<>(LAST.values());
            FIRST.clear();
            LAST.clear();
        }
        first.forEach(Cleanup::quietly);
        last.forEach(Cleanup::quietly);
    }

    private static void quietly(Runnable undo) {
        try {
            undo.run();
        } catch (RuntimeException ignored) {
            // the program is stopping; what could not be undone is hidden and named after its target
        }
    }

    /**
     * Deletes {@code path} and, for a folder, everything in it; a few times over, since a writer that had already
     * started may still be putting a file there. Quiet: what remains is hidden and named after its target.
     */
    static void deleteTree(Path path) {
        for (int attempt = 0; attempt < 5 && Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS); attempt++) {
            try {
                Files.walkFileTree(path, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        Files.deleteIfExists(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (NoSuchFileException | DirectoryNotEmptyException again) {
                // a writer was still at work in it: once more
            } catch (IOException ignored) {
                return;
            }
        }
    }
}
