package org.initlab.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * A child process that ran to its end, with its wall time from start to exit.
 *
 * @param exitCode its exit status
 * @param stdout   its standard output, or empty when it was discarded
 * @param stderr   its standard error
 * @param seconds  wall time from just before it started to just after it exited
 */
public record TimedProcess(int exitCode, String stdout, String stderr, double seconds) {
    /**
     * Runs {@code builder}'s command to its end, with no standard input.
     *
     * @param keepStdout false to discard standard output, as a user piping it away would
     * @throws IOException when the command cannot be started
     */
    public static TimedProcess run(ProcessBuilder builder, boolean keepStdout) throws IOException {
        File out = keepStdout ? File.createTempFile("initlab-bench", ".out") : null;
        File err = File.createTempFile("initlab-bench", ".err");
        try {
            builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(keepStdout ? ProcessBuilder.Redirect.to(out) : ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.to(err));
            long start = System.nanoTime();
            Process p = builder.start();
            int code = waitFor(p);
            double seconds = (System.nanoTime() - start) / 1e9;
            String stdout = keepStdout ? Files.readString(out.toPath(), StandardCharsets.UTF_8) : "";
            return new TimedProcess(code, stdout, Files.readString(err.toPath(), StandardCharsets.UTF_8), seconds);
        } finally {
            if (out != null) {
                Files.deleteIfExists(out.toPath());
            }
            Files.deleteIfExists(err.toPath());
        }
    }

    /** The last non-blank line of standard error, or a note that there was none. */
    public String lastErrorLine() {
        List<String> lines = stderr.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "no message" : lines.get(lines.size() - 1).strip();
    }

    private static int waitFor(Process p) {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new RunFailedException("interrupted while waiting for " + p.info().command().orElse("a process"));
        }
    }
}
