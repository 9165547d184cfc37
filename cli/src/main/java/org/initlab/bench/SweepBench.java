package org.initlab.bench;

import org.initlab.experiment.Experiments;
import org.initlab.init.Initializers;
import org.initlab.spec.ExperimentSpec;
import org.initlab.sweep.CostTrace;
import org.initlab.sweep.RunOutcome;
import org.initlab.sweep.RunRecord;
import org.initlab.sweep.RunTask;
import org.initlab.sweep.Setting;
import org.initlab.sweep.SpecText;
import org.initlab.sweep.SweepExecutor;

import java.lang.management.ManagementFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The sweep benchmark: a sweep of E3-sized networks (the He experiment's circles and 2-10-5-1 network, four
 * initializers in turn, a seed each) run to its end by one executor, timed from opening the executor to closing it,
 * Spark's start-up included. Each way's records are reduced to a digest of their outcomes, so ways that ran in
 * different processes are compared bit for bit.
 */
public final class SweepBench {
    /** The initializers the runs take in turn. */
    public static final List<String> INITS = List.of("he", "xavier", "he-uniform", "orthogonal");
    /** All cores must give at least this many times one worker's runs per second. */
    public static final double POOL_GOAL = 1.8;
    /** Spark must give at least this share of the local pool's runs per second. */
    public static final double SPARK_GOAL = 0.8;

    private SweepBench() {
    }

    /**
     * The benchmark's runs: run {@code i} is E3 with the initializer {@code INITS[i % 4]} and seed {@code i / 4 + 1},
     * trained for {@code iterations}.
     */
    public static List<RunTask> tasks(int runs, int iterations) {
        List<RunTask> tasks = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            String init = INITS.get(i % INITS.size());
            ExperimentSpec spec = Experiments.get("he").toBuilder().name("bench-sweep").init(Initializers.parse(init))
                    .iterations(iterations).printEvery(0).recordEvery(Math.max(1, iterations / 20)).build();
            tasks.add(new RunTask(configId(init), List.of(new Setting("init", init)), SpecText.of(spec),
                    i / INITS.size() + 1, 0, 0));
        }
        return tasks;
    }

    private static String configId(String init) {
        return sha256(init).substring(0, 12);
    }

    /**
     * Where part of a way's time went in its process: wall seconds, CPU seconds of all the process's threads (JIT
     * compilers and garbage collector included), and of those the JIT compiler threads' CPU seconds.
     *
     * @param name {@link #START_UP}, {@link #OPEN}, {@link #RUNS}, {@link #CLOSE} or {@link #EXIT}
     * @param cpu  NaN where not measured
     * @param jit  NaN where not measured
     */
    public record Part(String name, double wall, double cpu, double jit) {
    }

    /** From the JVM's start to the sweep's: Java's own start-up and loading the command line, the plan made. */
    public static final String START_UP = "JVM start-up";
    /** Opening the executor: a pool's threads, or Spark's start-up. */
    public static final String OPEN = "executor start";
    /** From the first run's start to the last one's record, on the executor. */
    public static final String RUNS = "runs";
    /** Closing the executor (stopping Spark). */
    public static final String CLOSE = "executor stop";
    /** What the process took beyond the parts it measured itself: its launch before the JVM's clock and its exit. */
    public static final String EXIT = "launch and exit";

    /**
     * One way, measured.
     *
     * @param way     what ran the runs ({@code 1 worker})
     * @param slots   how many runs it ran at once
     * @param runs    the number of runs
     * @param seconds wall time: of the whole process where a parent timed one, else from opening the executor to
     *                closing it
     * @param digest  the digest of the outcomes ({@link #digest})
     * @param parts   where the time went, in order; empty when not measured
     */
    public record Measurement(String way, int slots, int runs, double seconds, String digest, List<Part> parts) {
        public Measurement {
            parts = List.copyOf(parts);
        }

        public Measurement(String way, int slots, int runs, double seconds, String digest) {
            this(way, slots, runs, seconds, digest, List.of());
        }

        public double runsPerSecond() {
            return runs / seconds;
        }

        /** The part called {@code name}, or null. */
        public Part part(String name) {
            return parts.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
        }

        /** This measurement timed whole by a parent, {@code seconds} for its process: its exit added as a part. */
        public Measurement ofProcess(String name, double processSeconds) {
            List<Part> all = new ArrayList<>(parts);
            double measured = parts.stream().mapToDouble(Part::wall).sum();
            all.add(new Part(EXIT, Math.max(0, processSeconds - measured), Double.NaN, Double.NaN));
            return new Measurement(name, slots, runs, processSeconds, digest, all);
        }

        /** A line a parent process reads back ({@link #parse}). */
        public String line() {
            List<String> f = new ArrayList<>(List.of("sweep-bench", way, Integer.toString(slots),
                    Integer.toString(runs), Double.toString(seconds), digest));
            for (Part p : parts) {
                f.add(p.name() + "=" + p.wall() + "/" + p.cpu() + "/" + p.jit());
            }
            return String.join("\t", f);
        }

        /** The first measurement a child printed as {@link #line()}, or null when {@code text} holds none. */
        public static Measurement parse(String text) {
            List<Measurement> all = parseAll(text);
            return all.isEmpty() ? null : all.get(0);
        }

        /** Every measurement a child printed as {@link #line()}, in order. */
        public static List<Measurement> parseAll(String text) {
            List<Measurement> all = new ArrayList<>();
            for (String l : text.lines().toList()) {
                String[] f = l.split("\t");
                if (f.length >= 6 && f[0].equals("sweep-bench")) {
                    List<Part> parts = new ArrayList<>();
                    for (int i = 6; i < f.length; i++) {
                        int eq = f[i].lastIndexOf('=');
                        String[] n = f[i].substring(eq + 1).split("/");
                        parts.add(new Part(f[i].substring(0, eq), Double.parseDouble(n[0]), Double.parseDouble(n[1]),
                                Double.parseDouble(n[2])));
                    }
                    all.add(new Measurement(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                            Double.parseDouble(f[4]), f[5], parts));
                }
            }
            return all;
        }

        /** This measurement under another name. */
        public Measurement named(String name) {
            return new Measurement(name, slots, runs, seconds, digest, parts);
        }
    }

    /**
     * Opens an executor, runs {@code tasks} on it to the end and closes it; the time includes opening and closing.
     * The parts are this JVM's start-up until now, the opening, the runs and the closing.
     */
    public static Measurement measure(String way, Supplier<SweepExecutor> open, List<RunTask> tasks) {
        Clock clock = new Clock();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(START_UP, ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, clock.cpu, clock.jit));
        List<RunRecord> records = new ArrayList<>(tasks.size());
        int slots;
        SweepExecutor executor = open.get();
        try {
            parts.add(clock.part(OPEN));
            slots = executor.parallelism();
            executor.run(tasks, records::add);
            parts.add(clock.part(RUNS));
        } finally {
            executor.close();
        }
        parts.add(clock.part(CLOSE));
        return new Measurement(way, slots, records.size(), clock.since(), digest(records), parts);
    }

    /**
     * {@code tasks} run on an executor already open, timed: for the warm-JVM figures, labelled as such and not the
     * goals' measure, after the same tasks have run once in this JVM. The one part is the runs.
     */
    public static Measurement timedRuns(String way, SweepExecutor executor, List<RunTask> tasks) {
        Clock clock = new Clock();
        List<RunRecord> records = new ArrayList<>(tasks.size());
        executor.run(tasks, records::add);
        Part runs = clock.part(RUNS);
        return new Measurement(way, executor.parallelism(), records.size(), runs.wall(), digest(records),
                List.of(runs));
    }

    /** The wall, CPU and JIT time at the last mark. */
    private static final class Clock {
        private final long start = System.nanoTime();
        private long wall = start;
        private double cpu = cpuSeconds();
        private double jit = jitSeconds();

        /** The part since the last mark, which moves to now. */
        Part part(String name) {
            long now = System.nanoTime();
            double cpuNow = cpuSeconds();
            double jitNow = jitSeconds();
            Part p = new Part(name, (now - wall) / 1e9, cpuNow - cpu, jitNow - jit);
            wall = now;
            cpu = cpuNow;
            jit = jitNow;
            return p;
        }

        /** Wall seconds from the clock's start to the last mark. */
        double since() {
            return (wall - start) / 1e9;
        }
    }

    /**
     * The CPU time of this JVM's JIT compiler threads ({@code C1/C2 CompilerThread}), from Linux's
     * {@code /proc/self/task} (in its clock ticks of 1/100 s), or NaN elsewhere. (The JVM's own compilation time counts
     * the time a compiler waits for a core too, which on a busy machine is more than its CPU time.)
     */
    static double jitSeconds() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return Double.NaN;
        }
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path t : (Iterable<Path>) threads::iterator) {
                try {
                    if (!Files.readString(t.resolve("comm")).matches("C[12] CompilerThre.*\\s*")) {
                        continue;
                    }
                    String stat = Files.readString(t.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime: fields 14 and 15
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return ticks / 100.0;
    }

    /** The CPU time of this process, all its threads, or NaN where the JVM does not say. */
    static double cpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long ns = os.getProcessCpuTime();
            return ns < 0 ? Double.NaN : ns / 1e9;
        }
        return Double.NaN;
    }

    /**
     * A digest of the records' outcomes in the order of their run names: every number as its exact bits, so two
     * digests are equal only when the outcomes are equal bit for bit.
     */
    public static String digest(List<RunRecord> records) {
        TreeMap<String, RunOutcome> byId = new TreeMap<>();
        for (RunRecord r : records) {
            byId.put(r.task().id(), r.outcome());
        }
        StringBuilder s = new StringBuilder();
        byId.forEach((id, o) -> {
            s.append(id).append(bits(o.finalCost())).append(bits(o.trainAccuracy())).append(bits(o.testAccuracy()))
                    .append(bits(o.validationCost())).append(o.diverged()).append(o.divergedAt());
            CostTrace t = o.trace();
            for (int i = 0; i < t.size(); i++) {
                s.append(t.iteration(i)).append(bits(t.cost(i)));
            }
            for (double a : o.epochTestAccuracy()) {
                s.append(bits(a));
            }
            s.append('\n');
        });
        return sha256(s.toString()).substring(0, 16);
    }

    private static String bits(double d) {
        return ":" + Long.toHexString(Double.doubleToRawLongBits(d));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The report: each way's time and runs per second, all cores against one worker and Spark against all cores,
     * each beside its goal, and whether the three gave the same outcomes.
     */
    public static String report(Measurement one, Measurement all, Measurement spark) {
        StringBuilder s = new StringBuilder();
        s.append(row(one, ""));
        s.append(row(all, String.format(Locale.ROOT, "%.2f× 1 worker (goal ≥ %.1f×: %s)",
                ratio(all, one), POOL_GOAL, ratio(all, one) >= POOL_GOAL ? "met" : "missed")));
        if (spark != null) {
            s.append(row(spark, String.format(Locale.ROOT, "%.2f× all cores (goal ≥ %.1f×: %s)",
                    ratio(spark, all), SPARK_GOAL, ratio(spark, all) >= SPARK_GOAL ? "met" : "missed")));
        }
        s.append(sameOutcomes(one, all, spark) ? "outcomes: the same bit for bit every way (digest " + one.digest() + ")"
                : "outcomes: DIFFER (digests " + one.digest() + ", " + all.digest()
                + (spark == null ? "" : ", " + spark.digest()) + ")").append('\n');
        s.append(parts(spark == null ? List.of(one, all) : List.of(one, all, spark)));
        if (spark != null) {
            double allowed = all.seconds() / SPARK_GOAL - all.seconds();
            s.append(String.format(Locale.ROOT, "Spark took %.1f s more than all cores; its goal allows %.1f s more "
                    + "(%.2f× the pool's %.1f s)%n", spark.seconds() - all.seconds(), allowed, 1 / SPARK_GOAL - 1,
                    all.seconds()));
        }
        return s.toString();
    }

    /**
     * The warm-JVM figures, labelled: each way's runs timed in a JVM that had run them once, all cores against one
     * worker and Spark against all cores, and whether their outcomes are {@code fresh}'s. {@code spark} may be null.
     */
    public static String warmReport(Measurement fresh, Measurement one, Measurement all, Measurement spark) {
        StringBuilder s = new StringBuilder("warm JVM, not the goals' measure (each way's runs again in a JVM that "
                + "has run them once: no start-up, the JIT's work done):\n");
        s.append(row(one, ""));
        s.append(row(all, String.format(Locale.ROOT, "%.2f× 1 worker", ratio(all, one))));
        if (spark != null) {
            s.append(row(spark, String.format(Locale.ROOT, "%.2f× all cores", ratio(spark, all))));
        }
        s.append(sameOutcomes(Arrays.asList(fresh, one, all, spark))
                ? "outcomes: the same bit for bit as the fresh processes'" : "outcomes: DIFFER from the fresh "
                + "processes' (digests " + one.digest() + ", " + all.digest() + (spark == null ? "" : ", "
                + spark.digest()) + ")").append('\n');
        return s.toString();
    }

    /** Whether every measurement has the same outcomes; nulls are left out. */
    public static boolean sameOutcomes(List<Measurement> ways) {
        return ways.stream().filter(Objects::nonNull).map(Measurement::digest).distinct().count() <= 1;
    }

    /** The table of where each way's time went, when the ways measured it. */
    static String parts(List<Measurement> ways) {
        if (ways.stream().anyMatch(m -> m.parts().isEmpty())) {
            return "";
        }
        List<String> names = ways.get(0).parts().stream().map(Part::name).toList();
        StringBuilder s = new StringBuilder("where the time went, wall s (CPU s of all the process's threads, of "
                + "which the JIT compilers'):\n");
        s.append(String.format(Locale.ROOT, "  %-20s", ""));
        names.forEach(n -> s.append(String.format(Locale.ROOT, " %20s", n)));
        s.append(String.format(Locale.ROOT, " %16s%n", "CPU per run"));
        for (Measurement m : ways) {
            s.append(String.format(Locale.ROOT, "  %-20s", m.way()));
            for (String n : names) {
                Part p = m.part(n);
                s.append(String.format(Locale.ROOT, " %20s", p == null ? "-" : Double.isNaN(p.cpu())
                        ? String.format(Locale.ROOT, "%.2f", p.wall())
                        : String.format(Locale.ROOT, "%.2f (%.2f, %.2f)", p.wall(), p.cpu(), p.jit())));
            }
            Part runs = m.part(RUNS);
            s.append(String.format(Locale.ROOT, " %16s%n", runs == null ? "-"
                    : String.format(Locale.ROOT, "%.1f ms", 1e3 * runs.cpu() / m.runs())));
        }
        return s.toString();
    }

    /** Whether every way's outcomes are the same. */
    public static boolean sameOutcomes(Measurement one, Measurement all, Measurement spark) {
        return sameOutcomes(Arrays.asList(one, all, spark));
    }

    /** How many times {@code a}'s runs per second {@code b}'s are. */
    public static double ratio(Measurement a, Measurement b) {
        return a.runsPerSecond() / b.runsPerSecond();
    }

    private static String row(Measurement m, String comparison) {
        return String.format(Locale.ROOT, "  %-28s %8.1f s %7.3f runs/s   %s%n", m.way() + " (" + m.slots() + " at once)",
                m.seconds(), m.runsPerSecond(), comparison).replaceAll(" +\n", "\n");
    }
}
