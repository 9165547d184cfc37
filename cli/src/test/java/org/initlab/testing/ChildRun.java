package org.initlab.testing;

import org.initlab.cli.Main;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code initlab ARGS…} in a JVM of its own, for tests that stop it, run another beside it or give it test hooks
 * ({@code -Dinitlab.test.pauseWriting=NAME}, {@code -Dinitlab.test.spaceLeft=BYTES} of {@link org.initlab.io.AtomicFiles}).
 * Both output streams are read on threads of their own and kept; a test waits for a line, never for a time.
 */
public final class ChildRun implements AutoCloseable {
    /** How long a child may take to reach a point or to end. */
    public static final long PATIENCE_SECONDS = 120;

    private final Process process;
    private final Lines stdout;
    private final Lines stderr;

    private ChildRun(Process process) {
        this.process = process;
        this.stdout = new Lines(process.getInputStream());
        this.stderr = new Lines(process.getErrorStream());
    }

    /** Starts {@code initlab args…} with the system properties {@code properties} ({@code "name=value"}). */
    public static ChildRun start(List<String> properties, List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        properties.forEach(p -> command.add("-D" + p));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        try {
            return new ChildRun(new ProcessBuilder(command).start());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Starts a child that stops, holding everything it has, where the pause hook says it wrote {@code name}. */
    public static ChildRun pausedAt(String name, List<String> args) {
        ChildRun child = start(List.of("initlab.test.pauseWriting=" + name), args);
        child.awaitStderr("initlab: paused writing " + name);
        return child;
    }

    public long pid() {
        return process.pid();
    }

    /** Waits for a line on stdout starting with {@code prefix}. */
    public void awaitStdout(String prefix) {
        await(stdout, prefix);
    }

    /** Waits for a line on stderr starting with {@code prefix}. */
    public void awaitStderr(String prefix) {
        await(stderr, prefix);
    }

    private void await(Lines lines, String prefix) {
        try {
            lines.starting(prefix).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the child did not print '" + prefix + "': " + e.getMessage()
                    + "\nstdout: " + stdout.text() + "\nstderr: " + stderr.text(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Lets a paused child go on: a line on its standard input. */
    public void resume() {
        try {
            OutputStream in = process.getOutputStream();
            in.write("go on\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** SIGTERM (graceful) or SIGKILL, then its exit status. */
    public int stop(boolean graceful) {
        if (graceful) {
            process.destroy();
        } else {
            process.destroyForcibly();
        }
        return waitFor();
    }

    /** Waits for the child to end and returns its exit status. */
    public int waitFor() {
        try {
            if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the child did not end; stderr: " + stderr.text());
            }
            stdout.finished();
            stderr.finished();
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public String out() {
        return stdout.text();
    }

    public String err() {
        return stderr.text();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    /** A stream read line by line on a thread of its own. */
    private static final class Lines {
        private final StringBuffer text = new StringBuffer();
        private final List<Marker> markers = new ArrayList<>();
        private final Thread reader;
        private boolean ended;

        private record Marker(String prefix, CompletableFuture<Void> seen) {
        }

        Lines(InputStream stream) {
            reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        synchronized (markers) {
                            text.append(line).append('\n');
                            for (Marker m : markers) {
                                if (line.startsWith(m.prefix())) {
                                    m.seen().complete(null);
                                }
                            }
                        }
                    }
                } catch (IOException ignored) {
                    // the child is gone
                }
                synchronized (markers) {
                    ended = true;
                    markers.forEach(m -> m.seen().completeExceptionally(new IllegalStateException("the child ended")));
                }
            }, "child-output");
            reader.setDaemon(true);
            reader.start();
        }

        CompletableFuture<Void> starting(String prefix) {
            synchronized (markers) {
                CompletableFuture<Void> seen = new CompletableFuture<>();
                if (text.toString().lines().anyMatch(l -> l.startsWith(prefix))) {
                    seen.complete(null);
                } else if (ended) {
                    seen.completeExceptionally(new IllegalStateException("the child ended"));
                } else {
                    markers.add(new Marker(prefix, seen));
                }
                return seen;
            }
        }

        void finished() throws InterruptedException {
            reader.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
        }

        String text() {
            return text.toString();
        }
    }
}
