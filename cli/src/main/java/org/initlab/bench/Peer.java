package org.initlab.bench;

import org.initlab.io.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The course's numpy code, {@code numpy_course.py}, run as its own process with the environment
 * {@link PeerEnvironment} gives it. {@link #find} checks before anything runs that Python and numpy (and scipy,
 * where the experiments need it) are there.
 */
public final class Peer {
    /** The peer's exit status when numpy cannot be imported. */
    static final int NO_NUMPY = 3;

    /** Prints the interpreter's and libraries' versions and OpenBLAS's core type, one {@code key value} a line. */
    static final String PROBE = """
            import sys
            print("python", sys.version.split()[0])
            try:
                import numpy
            except ImportError:
                sys.exit(3)
            print("numpy", numpy.__version__)
            try:
                import scipy
                print("scipy", scipy.__version__)
            except ImportError:
                print("scipy none")
            core = "unknown"
            try:
                import ctypes
                with open("/proc/self/maps") as maps:
                    paths = {l.split()[-1] for l in maps if "openblas" in l.lower()}
                names = ("scipy_openblas_get_corename64_", "scipy_openblas_get_corename",
                         "openblas_get_corename64_", "openblas_get_corename")
                for path in sorted(p for p in paths if p.startswith("/")):
                    lib = ctypes.CDLL(path)
                    for name in names:
                        f = getattr(lib, name, None)
                        if f is not None:
                            f.restype = ctypes.c_char_p
                            core = f().decode()
                            break
            except Exception:
                pass
            print("blas", core)
            """;

    private final PeerInfo info;
    private final Path datasets;

    private Peer(PeerInfo info, Path datasets) {
        this.info = info;
        this.datasets = datasets;
    }

    /**
     * The peer, checked.
     *
     * @param python     the Python interpreter to run
     * @param script     {@code numpy_course.py}
     * @param datasets   the folder passed to the peer as its data folder
     * @param needsScipy whether an experiment to run reads {@code data.mat}
     * @throws InputException when the interpreter cannot run, numpy or a needed scipy is missing, or the script is not
     *                        there
     */
    public static Peer find(String python, Path script, Path datasets, boolean needsScipy) {
        Map<String, String> env = new HashMap<>(System.getenv());
        List<String> unset = PeerEnvironment.apply(env);
        TimedProcess probe;
        try {
            probe = TimedProcess.run(builder(List.of(python, "-c", PROBE)), true);
        } catch (IOException e) {
            throw new InputException("--python " + python + ": cannot run it (" + e.getMessage().replaceAll(
                    ".*error=\\d+, ", "") + "); the benchmark needs Python 3 with numpy");
        }
        if (probe.exitCode() == NO_NUMPY) {
            throw new InputException("--python " + python + ": numpy is not installed; the benchmark needs it");
        }
        if (probe.exitCode() != 0) {
            throw new InputException("--python " + python + ": failed (" + probe.lastErrorLine() + ")");
        }
        Map<String, String> facts = new HashMap<>();
        probe.stdout().lines().map(l -> l.split(" ", 2)).filter(kv -> kv.length == 2)
                .forEach(kv -> facts.put(kv[0], kv[1].strip()));
        PeerInfo info = new PeerInfo(python, script, facts.getOrDefault("python", "?"),
                facts.getOrDefault("numpy", "?"), facts.getOrDefault("scipy", "none"),
                facts.getOrDefault("blas", "unknown"), unset, PeerEnvironment.threads(env));
        if (needsScipy && !info.hasScipy()) {
            throw new InputException("--python " + python + ": scipy is not installed; the numpy peer needs it to read "
                    + "data.mat (noreg, l2, dropout)");
        }
        if (!Files.isRegularFile(script)) {
            throw new InputException("--peer " + script + ": no such file (the numpy peer, numpy_course.py)");
        }
        return new Peer(info, datasets);
    }

    /** What {@link #find} found. */
    public PeerInfo info() {
        return info;
    }

    /**
     * Runs the peer on {@code pairing}'s experiment and reads what it printed.
     *
     * @throws RunFailedException when it fails or prints no {@code seconds:} line
     */
    public PeerRun run(Pairing pairing) {
        List<String> command = new ArrayList<>(List.of(info.python(), info.script().toString(), pairing.peerName(),
                datasets.toString()));
        TimedProcess p;
        try {
            p = TimedProcess.run(builder(command), true);
        } catch (IOException e) {
            throw new RunFailedException("numpy peer: cannot run " + info.python() + " (" + e.getMessage() + ")");
        }
        if (p.exitCode() != 0) {
            throw new RunFailedException("numpy peer failed on " + pairing.peerName() + " (exit " + p.exitCode() + "): "
                    + p.lastErrorLine());
        }
        PeerOutput output = PeerOutput.parse(p.stdout());
        if (output.trainingSeconds().isEmpty()) {
            throw new RunFailedException("numpy peer printed no 'seconds:' line for " + pairing.peerName());
        }
        return new PeerRun(output, p.seconds());
    }

    private static ProcessBuilder builder(List<String> command) {
        ProcessBuilder b = new ProcessBuilder(command);
        PeerEnvironment.apply(b.environment());
        return b;
    }
}
