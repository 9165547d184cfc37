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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Supplier;

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
     * One way, measured.
     *
     * @param way     what ran the runs ({@code 1 worker})
     * @param slots   how many runs it ran at once
     * @param runs    the number of runs
     * @param seconds wall time from opening the executor to closing it
     * @param digest  the digest of the outcomes ({@link #digest})
     */
    public record Measurement(String way, int slots, int runs, double seconds, String digest) {
        public double runsPerSecond() {
            return runs / seconds;
        }

        /** A line a parent process reads back ({@link #parse}). */
        public String line() {
            return String.join("\t", "sweep-bench", way, Integer.toString(slots), Integer.toString(runs),
                    Double.toString(seconds), digest);
        }

        /** The measurement a child printed as {@link #line()}, or null when {@code text} holds none. */
        public static Measurement parse(String text) {
            for (String l : text.lines().toList()) {
                String[] f = l.split("\t");
                if (f.length == 6 && f[0].equals("sweep-bench")) {
                    return new Measurement(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                            Double.parseDouble(f[4]), f[5]);
                }
            }
            return null;
        }
    }

    /** Opens an executor, runs {@code tasks} on it to the end and closes it; the time includes opening and closing. */
    public static Measurement measure(String way, Supplier<SweepExecutor> open, List<RunTask> tasks) {
        long start = System.nanoTime();
        List<RunRecord> records = new ArrayList<>(tasks.size());
        int slots;
        try (SweepExecutor executor = open.get()) {
            slots = executor.parallelism();
            executor.run(tasks, records::add);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Measurement(way, slots, records.size(), seconds, digest(records));
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
        return s.toString();
    }

    /** Whether every way's outcomes are the same. */
    public static boolean sameOutcomes(Measurement one, Measurement all, Measurement spark) {
        return one.digest().equals(all.digest()) && (spark == null || one.digest().equals(spark.digest()));
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
