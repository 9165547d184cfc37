package org.initlab.cli;

import org.initlab.bench.Benchmark;
import org.initlab.bench.InitLabRuns;
import org.initlab.bench.Machine;
import org.initlab.bench.Pairing;
import org.initlab.bench.Peer;
import org.initlab.bench.Repository;
import org.initlab.bench.Row;
import org.initlab.bench.Table;
import org.initlab.io.AtomicFiles;
import org.initlab.io.InputException;
import org.initlab.io.Json;
import org.initlab.io.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code initlab bench [EXPERIMENT…]}: the speed benchmark against the course's numpy code ({@link Benchmark}).
 * Prints the machine and the peer, each measurement as it is made (on stderr), then the table of medians.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchSweepCommand.class,
        description = {"Time InitLab against the course's numpy code, alternately in one run on this machine, and "
                + "check that both print the same numbers.",
                "EXPERIMENT: zeros, random, he, noreg, l2, dropout, deep-cat, mnist-large, mnist-scaled "
                        + "(default: all)."})
public final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "EXPERIMENT", description = "The experiments to time (default: all).")
    List<String> experiments = new ArrayList<>();

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Run each side N times and report the medians. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Write the machine, the peer, the medians and every sample as JSON "
                    + "(and a manifest beside it).")
    Path json;

    @Option(names = "--peer", paramLabel = "PATH",
            description = "The numpy peer (default: ../shared/bench/numpy_course.py from the repository's folder).")
    Path peerScript;

    @Option(names = "--python", paramLabel = "PATH", defaultValue = "python3",
            description = "The Python interpreter that runs the peer. Default: ${DEFAULT-VALUE}.")
    String python;

    @Override
    public Integer call() {
        if (repeat < 1) {
            throw new InputException("--repeat " + repeat + ": must be positive");
        }
        List<Pairing> pairings = pairings();
        if (json != null) {
            AtomicFiles.checkWritableFolder(json.toAbsolutePath().getParent(), "json");
        }
        Repository repository = Repository.locate();
        Path script = peerScript != null ? peerScript.toAbsolutePath().normalize() : repository.defaultPeer();
        boolean needsScipy = pairings.stream().anyMatch(Pairing::peerNeedsScipy);
        Peer peer = Peer.find(python, script, repository.datasets(), needsScipy);
        Machine machine = Machine.current();
        PrintStream out = System.out;
        out.println(machine.describe());
        peer.info().describe().forEach(out::println);
        out.println("InitLab: training timed in this process; whole process " + repository.launcher()
                + " experiment NAME");
        out.flush();
        List<Row> rows = new Benchmark(new InitLabRuns(repository), peer, repeat, System.err).run(pairings);
        out.println();
        out.print(Table.render(rows));
        out.flush();
        if (json != null) {
            write(rows, machine, peer);
        }
        return ExitCodes.OK;
    }

    private List<Pairing> pairings() {
        if (experiments.isEmpty()) {
            return Pairing.ALL;
        }
        return new LinkedHashSet<>(experiments).stream().map(Pairing::of).toList();
    }

    private void write(List<Row> rows, Machine machine, Peer peer) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("machine", machine.toMap());
        result.put("peer", peer.info().toMap());
        result.put("repeat", repeat);
        result.put("rows", rows.stream().map(Row::toMap).toList());
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("experiments", rows.stream().map(r -> r.pairing().name()).toList());
        config.put("repeat", repeat);
        config.put("peer", peer.info().script().toString());
        config.put("python", python);
        Json.write(json, result);
        Manifest.writeBeside(json, "bench", config);
    }
}
