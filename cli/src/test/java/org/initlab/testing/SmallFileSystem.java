package org.initlab.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted for a test ({@code mount -t tmpfs -o size=64k}, or read-only), where this machine lets the
 * test mount one (as root); unmounted on close. Where it does not, {@link #mount} is empty and the test is skipped:
 * the space hook of {@link org.initlab.io.AtomicFiles} stands in for a full disk everywhere.
 */
public final class SmallFileSystem implements AutoCloseable {
    private final Path root;

    private SmallFileSystem(Path root) {
        this.root = root;
    }

    /** Mounts a tmpfs with {@code options} ({@code size=64k}, {@code size=64k,ro}) at {@code at}, if permitted. */
    public static Optional<SmallFileSystem> mount(Path at, String options) {
        try {
            Files.createDirectories(at);
            return run("mount", "-t", "tmpfs", "-o", options, "initlab-test", at.toString())
                    ? Optional.of(new SmallFileSystem(at)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The file system's top folder. */
    public Path root() {
        return root;
    }

    @Override
    public void close() {
        if (!run("umount", root.toString())) {
            run("umount", "-l", root.toString());
        }
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
