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
                        + "the runs, its stop, the process's launch and exit), wall and CPU seconds. Exit status 1 "
                        + "when the outcomes differ."})
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

    @Option(names = "--way", paramLabel = "WAY", hidden = true,
            description = "Run one way in this process and print its measurement: pool:N or spark:MASTER.")
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
        Measurement one = child("1 worker", "pool:1");
        Measurement all = child("all cores", "pool:" + cores);
        Measurement onSpark = withSpark ? child("Spark " + spark, "spark:" + spark) : null;
        out.println();
        out.print(SweepBench.report(one, all, onSpark));
        out.flush();
        if (json != null) {
            write(machine, one, all, onSpark);
        }
        return SweepBench.sameOutcomes(one, all, onSpark) ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /**
     * A child process's run of one way: its whole wall time, and the slots and digest it printed. Under the launcher
     * ({@code INITLAB_LAUNCHER}), the child runs through it as a user's command does, with the class-data archive of
     * its command, which a short unmeasured run of the same way writes first when there is none; otherwise it runs on
     * this JVM's options and class path.
     */
    private Measurement child(String name, String childWay) {
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
        Measurement m = Measurement.parse(p.stdout());
        if (m == null) {
            throw new RunFailedException("bench sweep " + name + " printed no measurement: " + p.lastErrorLine());
        }
        System.err.printf(Locale.ROOT, "bench sweep: %s: %.1f s (%.1f s from opening the executor to closing it)%n",
                name, p.seconds(), m.seconds());
        return m.ofProcess(name, p.seconds());
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
        Measurement m;
        if (way.startsWith("pool:")) {
            int workers = Integer.parseInt(way.substring("pool:".length()));
            m = SweepBench.measure(way, () -> SweepExecutors.local(workers), tasks);
        } else if (way.startsWith("spark:")) {
            String master = way.substring("spark:".length());
            m = SweepBench.measure(way, () -> SparkModule.open(master), tasks);
        } else {
            throw InputException.of("way", way, "must be pool:N or spark:MASTER");
        }
        System.out.println(m.line());
        return ExitCodes.OK;
    }

    private void write(Machine machine, Measurement one, Measurement all, Measurement onSpark) {
        List<Map<String, Object>> ways = new ArrayList<>();
        for (Measurement m : onSpark == null ? List.of(one, all) : List.of(one, all, onSpark)) {
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
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("machine", machine.toMap());
        result.put("ways", ways);
        result.put("allCoresOverOneWorker", SweepBench.ratio(all, one));
        if (onSpark != null) {
            result.put("sparkOverAllCores", SweepBench.ratio(onSpark, all));
        }
        result.put("sameOutcomes", SweepBench.sameOutcomes(one, all, onSpark));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("runs", runs);
        config.put("iterations", iterations);
        config.put("spark", spark);
        config.put("inits", SweepBench.INITS);
        Json.write(json, result);
        Manifest.writeBeside(json, "bench sweep", config);
    }
}
