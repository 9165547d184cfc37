package org.initlab.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A program of its own for {@link FolderLockTest}: takes the lock of {@code args[0]} (field {@code out}), prints
 * {@code locked PID}, and releases it when a line arrives on standard input.
 */
final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (FolderLock lock = FolderLock.acquire(Path.of(args[0]), "out")) {
            System.out.println("locked " + ProcessHandle.current().pid() + " " + lock.file());
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
    }

    /** Starts a holder of {@code target}'s lock and returns it once it holds the lock. */
    static Process start(Path target) throws IOException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), target.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (line == null || !line.startsWith("locked " + p.pid())) {
            p.destroyForcibly();
            throw new IllegalStateException("the lock holder did not take the lock: " + line);
        }
        return p;
    }
}
