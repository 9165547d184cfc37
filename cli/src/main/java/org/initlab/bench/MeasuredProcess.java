package org.initlab.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole process as a user runs it, measured from outside: its wall time from start to exit, the processor time it
 * and the children it waited for spent (user and system, as {@code /usr/bin/time} counts it), and its peak resident
 * memory.
 *
 * <p>The processor time is what this JVM's {@code cutime + cstime} ({@code /proc/self/stat}) grew by while the process
 * ran, so processes must be run one at a time. The peak memory is the process's {@code VmHWM}
 * ({@code /proc/PID/status}), read every few milliseconds until it exits; a launcher that {@code exec}s its program
 * (as {@code kotlinw} does) keeps its pid, so the program's peak is read. Off Linux both are unknown ({@code NaN}).
 *
 * @param exitCode   its exit status
 * @param stdout     its standard output
 * @param stderr     its standard error, each line with the second it arrived at, from the start ({@link Line})
 * @param wall       seconds from just before it started to just after it exited
 * @param cpu        processor seconds, user and system, or {@code NaN}
 * @param peakMemory peak resident memory in MiB, or {@code NaN}
 */
public record MeasuredProcess(int exitCode, String stdout, List<Line> stderr, double wall, double cpu,
                              double peakMemory) {
    private static final Path SELF_STAT = Path.of("/proc/self/stat");
    private static final double CLOCK_TICKS = 100.0;   // USER_HZ on Linux
    private static final long POLL_MILLIS = 5;

    /** A line of standard error and when it arrived, in seconds from the start. */
    public record Line(double at, String text) {
    }

    /**
     * Runs {@code builder}'s command to its end, with no standard input, and measures it.
     *
     * @throws IOException when the command cannot be started
     */
    public static MeasuredProcess run(ProcessBuilder builder) throws IOException {
        File out = File.createTempFile("initlab-bench", ".out");
        try {
            builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.to(out))
                    .redirectError(ProcessBuilder.Redirect.PIPE);
            double cpuBefore = childrenCpu();
            long start = System.nanoTime();
            Process p = builder.start();
            List<Line> err = new ArrayList<>();
            Thread reader = new Thread(() -> readLines(p, start, err), "bench-stderr");
            reader.setDaemon(true);
            reader.start();
            double peak = Double.NaN;
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            while (p.isAlive()) {
                peak = Math.max(Double.isNaN(peak) ? 0 : peak, highWater(status));
                waitFor(p, POLL_MILLIS);
            }
            int code = waitFor(p, -1);
            double wall = (System.nanoTime() - start) / 1e9;
            join(reader);
            double cpu = childrenCpu() - cpuBefore;
            synchronized (err) {
                return new MeasuredProcess(code, Files.readString(out.toPath(), StandardCharsets.UTF_8),
                        List.copyOf(err), wall, cpu, peak > 0 ? peak : Double.NaN);
            }
        } finally {
            Files.deleteIfExists(out.toPath());
        }
    }

    /** Standard error as one text. */
    public String stderrText() {
        StringBuilder b = new StringBuilder();
        stderr.forEach(l -> b.append(l.text()).append('\n'));
        return b.toString();
    }

    /** The last non-blank line of standard error, or a note that there was none. */
    public String lastErrorLine() {
        for (int i = stderr.size() - 1; i >= 0; i--) {
            if (!stderr.get(i).text().isBlank()) {
                return stderr.get(i).text().strip();
            }
        }
        return "no message";
    }

    private static void readLines(Process p, long start, List<Line> into) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                double at = (System.nanoTime() - start) / 1e9;
                synchronized (into) {
                    into.add(new Line(at, line));
                }
            }
        } catch (IOException e) {
            synchronized (into) {
                into.add(new Line((System.nanoTime() - start) / 1e9, "bench: stderr unreadable: " + e.getMessage()));
            }
        }
    }

    /** {@code VmHWM} of a running process in MiB, or 0 when it cannot be read (gone, or not Linux). */
    static double highWater(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** Processor seconds of this JVM's waited-for children so far, or {@code NaN} off Linux. */
    static double childrenCpu() {
        try {
            String stat = Files.readString(SELF_STAT);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state(0) ppid … utime(11) stime(12) cutime(13) cstime(14)
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static int waitFor(Process p, long millis) {
        try {
            if (millis < 0) {
                return p.waitFor();
            }
            p.waitFor(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
            return p.isAlive() ? -1 : p.exitValue();
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new RunFailedException("interrupted while waiting for " + p.info().command().orElse("a process"));
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
