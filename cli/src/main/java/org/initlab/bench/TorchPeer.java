package org.initlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The second peer: the course's work as a PyTorch user writes it, {@code torch_course.py} ({@code nn.Sequential},
 * {@code BCELoss}, {@code optim.SGD}), run as its own process with the same environment as the numpy peer
 * ({@link PeerEnvironment}). It is optional: where no interpreter can {@code import torch}, the report shows its
 * column as "—" and says why.
 *
 * @param python  the interpreter that imported torch
 * @param script  {@code torch_course.py}
 * @param torch   torch's version
 * @param numpy   numpy's version in that interpreter
 * @param threads torch's intra-op threads ({@code torch.get_num_threads()} after the script's own setting)
 */
public record TorchPeer(String python, Path script, String torch, String numpy, String threads) {
    /** Where {@code torch_course.py} is relative to the repository's folder. */
    public static final Path SCRIPT = Path.of("..", "shared", "bench", "torch_course.py");
    /** Debian's interpreter, which its {@code python3-torch} package installs torch for. */
    public static final String DEBIAN_PYTHON = "/usr/bin/python3";

    /** Prints torch's and numpy's versions and the threads the script will use, or exits 3 without torch. */
    static final String PROBE = """
            import os, sys
            try:
                import torch, numpy
            except Exception as e:
                print(type(e).__name__ + ": " + str(e), file=sys.stderr)
                sys.exit(3)
            torch.set_num_threads(int(os.environ.get('OMP_NUM_THREADS', '1')))
            print("torch", torch.__version__)
            print("numpy", numpy.__version__)
            print("threads", torch.get_num_threads())
            """;

    /** What was looked for and why it was not found. */
    public record Missing(String reason) {
    }

    /**
     * The PyTorch peer: {@code script} run by the first of {@code pythons} that imports torch.
     *
     * @return the peer, or why there is none
     */
    public static Result find(List<String> pythons, Path script) {
        if (!Files.isRegularFile(script)) {
            return new Result(Optional.empty(), new Missing("no " + script + " (--torch-peer PATH)"));
        }
        List<String> tried = new ArrayList<>();
        for (String python : pythons) {
            TimedProcess probe;
            try {
                probe = TimedProcess.run(builder(List.of(python, "-c", PROBE)), true);
            } catch (IOException e) {
                tried.add(python + ": cannot run it");
                continue;
            }
            if (probe.exitCode() != 0) {
                tried.add(python + ": " + probe.lastErrorLine());
                continue;
            }
            Map<String, String> facts = new HashMap<>();
            probe.stdout().lines().map(l -> l.split(" ", 2)).filter(kv -> kv.length == 2)
                    .forEach(kv -> facts.put(kv[0], kv[1].strip()));
            return new Result(Optional.of(new TorchPeer(python, script, facts.getOrDefault("torch", "?"),
                    facts.getOrDefault("numpy", "?"), facts.getOrDefault("threads", "?"))), null);
        }
        return new Result(Optional.empty(), new Missing("import torch failed (" + String.join("; ", tried)
                + "); --torch-python PATH names an interpreter with torch"));
    }

    /** The outcome of {@link #find}: the peer, or why it is missing. */
    public record Result(Optional<TorchPeer> peer, Missing missing) {
    }

    /**
     * Runs the peer on {@code pairing}'s experiment.
     *
     * @throws RunFailedException when it fails or prints no {@code seconds:} line
     */
    public PeerRun run(Pairing pairing, Path datasets) {
        List<String> command = List.of(python, script.toString(), pairing.torchName(), datasets.toString());
        TimedProcess p;
        try {
            p = TimedProcess.run(builder(command), true);
        } catch (IOException e) {
            throw new RunFailedException("PyTorch peer: cannot run " + python + " (" + e.getMessage() + ")");
        }
        if (p.exitCode() != 0) {
            throw new RunFailedException("PyTorch peer failed on " + pairing.torchName() + " (exit " + p.exitCode()
                    + "): " + p.lastErrorLine());
        }
        PeerOutput output = PeerOutput.parse(p.stdout());
        if (output.trainingSeconds().isEmpty()) {
            throw new RunFailedException("PyTorch peer printed no 'seconds:' line for " + pairing.torchName());
        }
        return new PeerRun(output, p.seconds());
    }

    private static ProcessBuilder builder(List<String> command) {
        ProcessBuilder b = new ProcessBuilder(command);
        PeerEnvironment.apply(b.environment());
        return b;
    }

    /** The line the benchmark prints about this peer. */
    public String describe() {
        return "PyTorch peer: " + script + " (" + python + ", torch " + torch + ", numpy " + numpy + ", " + threads
                + " thread" + ("1".equals(threads) ? "" : "s") + ")";
    }

    /** The peer as JSON-ready values. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("python", python);
        m.put("script", script.toString());
        m.put("torch", torch);
        m.put("numpy", numpy);
        m.put("threads", threads);
        return m;
    }
}
