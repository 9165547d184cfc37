package org.initlab.cli;

import org.initlab.bench.FirstRun;
import org.initlab.bench.Machine;
import org.initlab.bench.MainCommandBench;
import org.initlab.bench.MainCommandTable;
import org.initlab.bench.PlotsPeer;
import org.initlab.bench.Repository;
import org.initlab.bench.RunFailedException;
import org.initlab.io.InputException;
import org.initlab.io.Json;
import org.initlab.io.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code initlab bench main-command}: the README's first command, {@code ./kotlinw scripts/he.main.kts}, against the
 * Python peer that does the same job ({@code he_with_plots.py}, {@link PlotsPeer}), each a whole process, warm, in
 * alternate pairs ({@link MainCommandBench}); then the first runs in a fresh clone. Prints the machine and the peer,
 * each run as it is made (on stderr), then the tables. Without the peer it says how to install it and times InitLab
 * alone.
 */
@Command(name = "main-command", mixinStandardHelpOptions = true,
        description = {"Time the main command, ./kotlinw scripts/he.main.kts, against the Python peer doing the same "
                + "job (he_with_plots.py: the course's numpy code and matplotlib), each a whole process, warm, "
                + "alternately in one run on this machine; then its first runs in a fresh clone of the repository."})
public final class BenchMainCommand implements Callable<Integer> {
    @Option(names = "--repeat", paramLabel = "N", defaultValue = "5",
            description = "Pairs of warm runs to time. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Option(names = "--python", paramLabel = "PATH",
            description = "The interpreter that runs the peer (default: the first of python3 and "
                    + PlotsPeer.DEBIAN_PYTHON + " with numpy and matplotlib).")
    String python;

    @Option(names = "--peer", paramLabel = "PATH",
            description = "The Python peer (default: ../shared/bench/he_with_plots.py from the repository's folder).")
    Path peerScript;

    @Option(names = "--no-first-run", negatable = false,
            description = "Leave out the first runs in a fresh clone (they take a minute or two).")
    boolean noFirstRun;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Write the machine, the peer and every run as JSON (and a manifest beside it).")
    Path json;

    @Override
    public Integer call() throws Exception {
        if (repeat < 1) {
            throw new InputException("--repeat " + repeat + ": must be positive");
        }
        return OutputOptions.holdingJson(json, () -> measure());
    }

    /** Runs the benchmark and writes --json, whose lock {@link #call} holds. */
    private int measure() throws IOException {
        Repository repository = Repository.locate();
        Path script = peerScript != null ? peerScript.toAbsolutePath().normalize()
                : repository.root().resolve(PlotsPeer.SCRIPT).normalize();
        PlotsPeer.Found found = PlotsPeer.find(python, script);
        Machine machine = Machine.current();
        PrintStream out = System.out;
        out.println(machine.describe());
        out.println(found.peer().map(PlotsPeer::describe)
                .orElse("python peer: none, so InitLab is timed alone: " + found.problem()));
        out.println("InitLab: " + repository.root().resolve("kotlinw") + " " + MainCommandBench.SCRIPT
                + ", from " + repository.root());
        out.flush();

        MainCommandBench bench = new MainCommandBench(repository, found.peer(), System.err);
        bench.warmUp();
        List<MainCommandBench.Pair> pairs = bench.measure(repeat);
        out.println();
        out.print(MainCommandTable.render(pairs, found.peer()));
        out.println();
        out.println(MainCommandTable.goal(pairs, found.peer()));
        out.flush();

        Optional<FirstRun> first = Optional.empty();
        if (!noFirstRun) {
            try {
                first = Optional.of(bench.firstRun(userRepository(repository)));
                out.println();
                out.print(MainCommandTable.render(first.get()));
            } catch (RunFailedException e) {
                out.println();
                out.println("first run in a fresh clone: not measured (" + e.getMessage() + ")");
            }
            out.flush();
        }
        if (json != null) {
            write(machine, found, pairs, first);
        }
        return ExitCodes.OK;
    }

    /** The local Maven repository kotlinw installs into: {@code ./kotlinw --repository}. */
    private static Path userRepository(Repository repository) {
        ProcessBuilder b = new ProcessBuilder(repository.root().resolve("kotlinw").toString(), "--repository");
        try {
            Process p = b.redirectErrorStream(true).start();
            String line = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0 || line.isEmpty()) {
                throw new RunFailedException("./kotlinw --repository failed: " + line);
            }
            return Path.of(line);
        } catch (IOException e) {
            throw new RunFailedException("cannot run ./kotlinw --repository (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunFailedException("interrupted");
        }
    }

    private void write(Machine machine, PlotsPeer.Found found, List<MainCommandBench.Pair> pairs,
                       Optional<FirstRun> first) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("machine", machine.toMap());
        result.put("peer", found.peer().<Object>map(PlotsPeer::toMap).orElse(found.problem()));
        result.put("runs", pairs.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("initlab", sample(p.initlab()));
            p.python().ifPresent(t -> m.put("python", sample(t)));
            m.put("ratio", Json.number(p.ratio()));
            return m;
        }).toList());
        first.ifPresent(f -> result.put("first_run", f.toMap()));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("repeat", repeat);
        config.put("python", found.peer().map(PlotsPeer::python).orElse(null));
        config.put("first_run", !noFirstRun);
        Json.write(json, result);
        Manifest.writeBeside(json, "bench main-command", config);
    }

    private static Map<String, Object> sample(org.initlab.bench.MeasuredProcess p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wall_seconds", p.wall());
        m.put("cpu_seconds", Json.number(p.cpu()));
        m.put("peak_mib", Json.number(p.peakMemory()));
        return m;
    }
}
