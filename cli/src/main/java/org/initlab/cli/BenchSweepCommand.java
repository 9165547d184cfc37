package org.initlab.cli;

import org.initlab.bench.Machine;
import org.initlab.bench.RunFailedException;
import org.initlab.bench.SweepBench;
import org.initlab.bench.SweepBench.Measurement;
import org.initlab.bench.TimedProcess;
import org.initlab.io.InputException;
import org.initlab.io.Json;
import org.initlab.io.Manifest;
import org.initlab.sweep.RunTask;
import org.initlab.sweep.SweepExecutor;
import org.initlab.sweep.SweepExecutors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code initlab bench sweep}: a sweep of E3-sized networks three ways, each in a fresh process as a user runs a
 * sweep: one worker, one worker per core, and Spark ({@code local[*]} by default, its start-up included). Reports
 * runs per second against the goals and checks that the three gave the same outcomes bit for bit.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Time a sweep of E3-sized networks on 1 worker, on all cores and on Spark, each in a fresh "
                + "process, and check that the three give the same outcomes bit for bit.",
                "Goals: all cores >= 1.8x the runs/s of 1 worker; Spark >= 0.8x the local pool's, its start-up "
                        + "included. Also says where each way's time went (the JVM's start-up, the executor's start, "
                        + "the runs, its stop, the process's launch and exit), wall and CPU seconds, and, labelled, "
                        + "each way warm: its runs timed again in a JVM that has run them once. Exit status 1 when "
                        + "the outcomes differ."})
public final class BenchSweepCommand implements Callable<Integer> {
    @Option(names = "--runs", paramLabel = "N", defaultValue = "100",
            description = "Runs in the sweep. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "2000",
            description = "Iterations of each run. Default: ${DEFAULT-VALUE}.")
    int iterations;

    @Option(names = "--spark", paramLabel = "MASTER", defaultValue = "local[*]",
            description = "The Spark master of the third way, or 'none' to time the local pool alone. "
                    + "Default: ${DEFAULT-VALUE}.")
    String spark;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Write the machine and each way's measurement as JSON (and a manifest beside it).")
    Path json;

    @Option(names = "--warm", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also time each way warm, labelled and beside the goals' fresh processes: in a JVM that "
                    + "has run the sweep once (--no-warm leaves this out). Default: on.")
    boolean warm;

    @Option(names = "--way", paramLabel = "WAY", hidden = true,
            description = "Run one way in this process and print its measurement: pool:N, spark:MASTER, "
                    + "warm-pool:N (1 worker and N, warm) or warm-spark:MASTER.")
    String way;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw InputException.of("runs", runs, "must be positive");
        }
        if (iterations < 1) {
            throw InputException.of("iterations", iterations, "must be positive");
        }
        if (way != null) {
            return runOneWay();
        }
        boolean withSpark = !spark.equals("none");
        if (withSpark && !SparkModule.present()) {
            SparkModule.open(spark); // the error that says how to build the module
        }
        return OutputOptions.holdingJson(json, () -> measure(withSpark));
    }

    /** Times the ways and writes --json, whose lock {@link #call} holds. */
    private int measure(boolean withSpark) {
        int cores = Runtime.getRuntime().availableProcessors();
        Machine machine = Machine.current();
        PrintStream out = System.out;
        out.println(machine.describe());
        out.printf(Locale.ROOT, "sweep: %d runs of E3 (circles, 2-10-5-1, %s in turn, a seed each), %d iterations "
                + "each; every way in a fresh process, its start-up included%n", runs,
                String.join("/", SweepBench.INITS), iterations);
        out.flush();
        Ways fresh = new Ways(child("1 worker", "pool:1").get(0), child("all cores", "pool:" + cores).get(0),
                withSpark ? child("Spark " + spark, "spark:" + spark).get(0) : null);
        Ways warmJvm = null;
        if (warm) {
            List<Measurement> pool = child("warm JVM: 1 worker, then all cores", "warm-pool:" + cores);
            warmJvm = new Ways(pool.get(0).named("1 worker"), pool.get(1).named("all cores"), withSpark
                    ? child("warm JVM: Spark " + spark, "warm-spark:" + spark).get(0).named("Spark " + spark) : null);
        }
        out.println();
        out.print(SweepBench.report(fresh.one(), fresh.all(), fresh.spark()));
        List<Measurement> every = new ArrayList<>(fresh.list());
        if (warmJvm != null) {
            out.print(SweepBench.warmReport(fresh.one(), warmJvm.one(), warmJvm.all(), warmJvm.spark()));
            every.addAll(warmJvm.list());
        }
        out.flush();
        boolean same = SweepBench.sameOutcomes(every);
        if (json != null) {
            write(machine, fresh, warmJvm, same);
        }
        return same ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** One worker, all cores and Spark (null when not asked for), measured alike. */
    private record Ways(Measurement one, Measurement all, Measurement spark) {
        List<Measurement> list() {
            return spark == null ? List.of(one, all) : List.of(one, all, spark);
        }
    }

    /**
     * A child process's run of one way: its whole wall time, and the slots and digest it printed. Under the launcher
     * ({@code INITLAB_LAUNCHER}), the child runs through it as a user's command does, with the class-data archive of
     * its command, which a short unmeasured run of the same way writes first when there is none; otherwise it runs on
     * this JVM's options and class path.
     */
    private List<Measurement> child(String name, String childWay) {
        List<String> args = List.of("bench", "sweep", "--runs", Integer.toString(runs), "--iterations",
                Integer.toString(iterations), "--way", childWay);
        String launcher = System.getenv("INITLAB_LAUNCHER");
        List<String> command = new ArrayList<>();
        if (launcher != null && Files.isExecutable(Path.of(launcher))) {
            command.add(launcher);
            command.addAll(args);
            if (!"0".equals(System.getenv("INITLAB_CDS"))) {
                List<String> prime = new ArrayList<>(command);
                prime.set(prime.indexOf("--runs") + 1, "1");
                prime.set(prime.indexOf("--iterations") + 1, "1");
                run(name + " (its class-data archive, unmeasured)", prime);
            }
        } else {
            command.add(ProcessHandle.current().info().command().orElse("java"));
            for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                if (!option.startsWith("-XX:ArchiveClassesAtExit") && !option.startsWith("-XX:SharedArchiveFile")) {
                    command.add(option);
                }
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
            command.addAll(args);
        }
        System.err.printf(Locale.ROOT, "bench sweep: %s ...%n", name);
        TimedProcess p = run(name, command);
        List<Measurement> ms = Measurement.parseAll(p.stdout());
        int expected = childWay.startsWith("warm-pool:") ? 2 : 1;
        if (ms.size() != expected) {
            throw new RunFailedException("bench sweep " + name + " printed " + ms.size() + " measurements, not "
                    + expected + ": " + p.lastErrorLine());
        }
        if (childWay.startsWith("warm-")) {
            System.err.printf(Locale.ROOT, "bench sweep: %s: %.1f s in all (the timed runs: %s)%n", name,
                    p.seconds(), String.join(", ", ms.stream().map(m -> String.format(Locale.ROOT, "%.1f s",
                            m.seconds())).toList()));
            return ms;
        }
        Measurement m = ms.get(0);
        System.err.printf(Locale.ROOT, "bench sweep: %s: %.1f s (%.1f s from opening the executor to closing it)%n",
                name, p.seconds(), m.seconds());
        return List.of(m.ofProcess(name, p.seconds()));
    }

    private static TimedProcess run(String name, List<String> command) {
        TimedProcess p;
        try {
            p = TimedProcess.run(new ProcessBuilder(command), true);
        } catch (IOException e) {
            throw new RunFailedException("cannot start " + command.get(0) + ": " + e.getMessage());
        }
        if (p.exitCode() != 0) {
            throw new RunFailedException("bench sweep " + name + " failed (exit " + p.exitCode() + "): "
                    + p.lastErrorLine());
        }
        return p;
    }

    private int runOneWay() {
        List<RunTask> tasks = SweepBench.tasks(runs, iterations);
        List<Measurement> ms = new ArrayList<>();
        if (way.startsWith("pool:")) {
            int workers = workers("pool:");
            ms.add(SweepBench.measure(way, () -> SweepExecutors.local(workers), tasks));
        } else if (way.startsWith("spark:")) {
            String master = way.substring("spark:".length());
            ms.add(SweepBench.measure(way, () -> SparkModule.open(master), tasks));
        } else if (way.startsWith("warm-pool:")) {
            int workers = workers("warm-pool:");
            try (SweepExecutor all = SweepExecutors.local(workers); SweepExecutor one = SweepExecutors.local(1)) {
                all.run(tasks, r -> { });
                ms.add(SweepBench.timedRuns("warm-pool:1", one, tasks));
                ms.add(SweepBench.timedRuns(way, all, tasks));
            }
        } else if (way.startsWith("warm-spark:")) {
            try (SweepExecutor onSpark = SparkModule.open(way.substring("warm-spark:".length()))) {
                onSpark.run(tasks, r -> { });
                ms.add(SweepBench.timedRuns(way, onSpark, tasks));
            }
        } else {
            throw InputException.of("way", way, "must be pool:N, spark:MASTER, warm-pool:N or warm-spark:MASTER");
        }
        ms.forEach(m -> System.out.println(m.line()));
        return ExitCodes.OK;
    }

    private int workers(String prefix) {
        try {
            int n = Integer.parseInt(way.substring(prefix.length()));
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw InputException.of("way", way, "must give a positive number of workers after " + prefix);
    }

    private void write(Machine machine, Ways fresh, Ways warmJvm, boolean sameOutcomes) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("machine", machine.toMap());
        result.putAll(figures(fresh));
        result.put("sameOutcomes", sameOutcomes);
        if (warmJvm != null) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("about", "labelled, not the goals' measure: each way's runs timed again in a JVM that has run "
                    + "them once");
            w.putAll(figures(warmJvm));
            result.put("warmJvm", w);
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("runs", runs);
        config.put("iterations", iterations);
        config.put("spark", spark);
        config.put("warm", warm);
        config.put("inits", SweepBench.INITS);
        Json.write(json, result);
        Manifest.writeBeside(json, "bench sweep", config);
    }

    /** The ways' measurements, all cores against one worker and Spark against all cores. */
    private static Map<String, Object> figures(Ways measured) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("ways", ways(measured.list()));
        f.put("allCoresOverOneWorker", SweepBench.ratio(measured.all(), measured.one()));
        if (measured.spark() != null) {
            f.put("sparkOverAllCores", SweepBench.ratio(measured.spark(), measured.all()));
        }
        return f;
    }

    private static List<Map<String, Object>> ways(List<Measurement> measurements) {
        List<Map<String, Object>> ways = new ArrayList<>();
        for (Measurement m : measurements) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("way", m.way());
            w.put("slots", m.slots());
            w.put("runs", m.runs());
            w.put("seconds", m.seconds());
            w.put("runsPerSecond", m.runsPerSecond());
            w.put("digest", m.digest());
            Map<String, Object> parts = new LinkedHashMap<>();
            for (SweepBench.Part part : m.parts()) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("wallSeconds", part.wall());
                if (!Double.isNaN(part.cpu())) {
                    t.put("cpuSeconds", part.cpu());
                }
                if (!Double.isNaN(part.jit())) {
                    t.put("jitCpuSeconds", part.jit());
                }
                parts.put(part.name(), t);
            }
            w.put("parts", parts);
            ways.add(w);
        }
        return ways;
    }
}
