package org.initlab.cli;

import org.initlab.bench.Benchmark;
import org.initlab.bench.InitLabRuns;
import org.initlab.bench.Machine;
import org.initlab.bench.Pairing;
import org.initlab.bench.Peak;
import org.initlab.bench.Peer;
import org.initlab.bench.Repository;
import org.initlab.bench.Row;
import org.initlab.bench.Table;
import org.initlab.bench.TorchPeer;
import org.initlab.experiment.Experiments;
import org.initlab.io.InputException;
import org.initlab.io.Json;
import org.initlab.io.Manifest;
import org.initlab.spec.ExperimentSpec;
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
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code initlab bench [EXPERIMENT…]}: the speed benchmark against the course's numpy code, PyTorch and DL4J's own
 * {@code fit} ({@link Benchmark}). Prints the machine, the peers and the peak, each measurement as it is made (on
 * stderr), then the tables of medians.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchSweepCommand.class,
        description = {"Time InitLab against the course's numpy code, PyTorch and DL4J's own fit, each in a fresh "
                + "process, alternately in one run on this machine; check that InitLab prints numpy's numbers; "
                + "measure the machine's peak and each experiment's distance to it.",
                "EXPERIMENT: zeros, random, he, noreg, l2, dropout, deep-cat, mnist-large, mnist-scaled "
                        + "(default: all)."})
public final class BenchCommand implements Callable<Integer> {
    /** The peers the benchmark can run. */
    static final List<String> PEERS = List.of("numpy", "torch", "dl4j");

    @Parameters(arity = "0..*", paramLabel = "EXPERIMENT", description = "The experiments to time (default: all).")
    List<String> experiments = new ArrayList<>();

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Run each side N times and report the medians. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Write the machine, the peak, the peers, the medians and every sample as JSON "
                    + "(and a manifest beside it).")
    Path json;

    @Option(names = "--peer", paramLabel = "PATH",
            description = "The numpy peer (default: ../shared/bench/numpy_course.py from the repository's folder).")
    Path peerScript;

    @Option(names = "--python", paramLabel = "PATH", defaultValue = "python3",
            description = "The Python interpreter that runs the numpy peer. Default: ${DEFAULT-VALUE}.")
    String python;

    @Option(names = "--torch-peer", paramLabel = "PATH",
            description = "The PyTorch peer (default: ../shared/bench/torch_course.py from the repository's folder).")
    Path torchScript;

    @Option(names = "--torch-python", paramLabel = "PATH",
            description = "The interpreter that runs the PyTorch peer (default: the first of --python and "
                    + TorchPeer.DEBIAN_PYTHON + " that can import torch).")
    String torchPython;

    @Option(names = "--peers", paramLabel = "LIST", split = ",", defaultValue = "numpy,torch,dl4j",
            description = "The peers to run, of numpy, torch and dl4j (numpy always). Default: ${DEFAULT-VALUE}.")
    List<String> peers;

    @Option(names = "--dl4j-epochs", paramLabel = "N", defaultValue = "2",
            description = "Epochs of the MNIST arms on DL4J's fit, whose time is scaled to the arms' 30. "
                    + "Default: ${DEFAULT-VALUE}.")
    int dl4jEpochs;

    @Override
    public Integer call() throws Exception {
        if (repeat < 1) {
            throw new InputException("--repeat " + repeat + ": must be positive");
        }
        if (dl4jEpochs < 1) {
            throw new InputException("--dl4j-epochs " + dl4jEpochs + ": must be positive");
        }
        for (String p : peers) {
            if (!PEERS.contains(p)) {
                throw new InputException("--peers " + String.join(",", peers) + ": unknown peer '" + p
                        + "' (expected numpy, torch or dl4j)");
            }
        }
        List<Pairing> pairings = pairings();
        return OutputOptions.holdingJson(json, () -> measure(pairings));
    }

    /** Runs the benchmark and writes --json, whose lock {@link #call} holds. */
    private int measure(List<Pairing> pairings) {
        Repository repository = Repository.locate();
        Path script = peerScript != null ? peerScript.toAbsolutePath().normalize() : repository.defaultPeer();
        boolean needsScipy = pairings.stream().anyMatch(Pairing::peerNeedsScipy);
        Peer peer = Peer.find(python, script, repository.datasets(), needsScipy);
        TorchPeer.Result torch = peers.contains("torch") ? findTorch(repository)
                : new TorchPeer.Result(Optional.empty(), new TorchPeer.Missing("not run (--peers)"));
        Benchmark.Dl4jRuns dl4j = peers.contains("dl4j") ? new Benchmark.Dl4jRuns(dl4jEpochs) : null;
        Machine machine = Machine.current();
        PrintStream out = System.out;
        out.println(machine.describe());
        peer.info().describe().forEach(out::println);
        out.println(torch.peer().map(TorchPeer::describe).orElseGet(() -> "PyTorch peer: none, " + torch.missing().reason()));
        out.println("InitLab: " + repository.launcher() + " experiment NAME, a fresh process per run"
                + (dl4j == null ? "" : "; DL4J's fit: the same with --engine dl4j"));
        out.flush();
        System.err.println("measuring the peak: a " + Peak.N + "x" + Peak.N + " dgemm...");
        Peak peak = Peak.measure();
        out.println(peak.describe());
        out.flush();
        List<Row> rows = new Benchmark(new InitLabRuns(repository), peer, torch.peer(), dl4j, repository.datasets(),
                repeat, System.err).run(pairings, peak);
        out.println();
        out.print(Table.render(rows, notes(rows, torch, dl4j)));
        out.flush();
        if (json != null) {
            write(rows, machine, peer, torch, peak);
        }
        return ExitCodes.OK;
    }

    private TorchPeer.Result findTorch(Repository repository) {
        Path script = torchScript != null ? torchScript.toAbsolutePath().normalize()
                : repository.root().resolve(TorchPeer.SCRIPT).normalize();
        List<String> pythons = torchPython != null ? List.of(torchPython)
                : new ArrayList<>(new LinkedHashSet<>(List.of(python, TorchPeer.DEBIAN_PYTHON)));
        return TorchPeer.find(pythons, script);
    }

    /** What the tables' "—" mean, and how DL4J's and the warm JVM's figures were taken. */
    private static List<String> notes(List<Row> rows, TorchPeer.Result torch, Benchmark.Dl4jRuns dl4j) {
        List<String> notes = new ArrayList<>();
        if (torch.peer().isEmpty()) {
            notes.add("PyTorch: — throughout: " + torch.missing().reason());
        } else {
            List<String> without = rows.stream().filter(r -> !r.pairing().hasTorch()).map(r -> r.pairing().name())
                    .toList();
            if (!without.isEmpty()) {
                notes.add("PyTorch: — for " + String.join(", ", without) + ", which torch_course.py does not have");
            }
        }
        if (dl4j == null) {
            notes.add("DL4J fit: — throughout: not run (--peers)");
        } else {
            List<String> scaled = new ArrayList<>();
            for (Row r : rows) {
                ExperimentSpec spec = Experiments.get(r.pairing().name());
                int epochs = dl4j.epochsFor(spec);
                if (epochs > 0) {
                    scaled.add(r.pairing().name() + " trained " + epochs + " of " + spec.epochs() + " epochs, "
                            + "its time scaled by " + spec.epochs() + "/" + epochs);
                }
            }
            if (!scaled.isEmpty()) {
                notes.add("DL4J fit: " + String.join("; ", scaled) + " (its whole process is not shown)");
            }
        }
        notes.add("InitLab warm JVM s: the same training inside the benchmark's JVM, its compiler warm from the runs "
                + "before; shown beside, not counted");
        return notes;
    }

    private List<Pairing> pairings() {
        if (experiments.isEmpty()) {
            return Pairing.ALL;
        }
        return new LinkedHashSet<>(experiments).stream().map(Pairing::of).toList();
    }

    private void write(List<Row> rows, Machine machine, Peer peer, TorchPeer.Result torch, Peak peak) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("machine", machine.toMap());
        result.put("peak", peak.toMap());
        result.put("peer", peer.info().toMap());
        result.put("torch_peer", torch.peer().map(TorchPeer::toMap).orElse(null));
        if (torch.peer().isEmpty()) {
            result.put("torch_missing", torch.missing().reason());
        }
        result.put("repeat", repeat);
        result.put("rows", rows.stream().map(Row::toMap).toList());
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("experiments", rows.stream().map(r -> r.pairing().name()).toList());
        config.put("repeat", repeat);
        config.put("peer", peer.info().script().toString());
        config.put("python", python);
        config.put("peers", peers);
        config.put("torch_python", torchPython);
        config.put("dl4j_epochs", dl4jEpochs);
        Json.write(json, result);
        Manifest.writeBeside(json, "bench", config);
    }
}
