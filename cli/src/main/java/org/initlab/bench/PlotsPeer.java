package org.initlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Python peer of the main command: {@code he_with_plots.py}, the course's whole He job as a learner runs it in
 * Python (train E3 with the course's numpy code, print its lines, save the learning curve and the decision boundary
 * with matplotlib as PNG and SVG). It needs numpy and matplotlib; on Debian that is {@code python3-matplotlib},
 * run with {@code /usr/bin/python3}.
 *
 * @param python     the interpreter
 * @param script     {@code he_with_plots.py}
 * @param version    Python's version
 * @param numpy      numpy's version
 * @param matplotlib matplotlib's version
 * @param blas       the OpenBLAS kernel numpy runs, or {@code unknown}
 */
public record PlotsPeer(String python, Path script, String version, String numpy, String matplotlib, String blas) {
    /** The peer's place relative to the repository's folder. */
    public static final Path SCRIPT = Path.of("..", "shared", "bench", "he_with_plots.py");

    /** The interpreter Debian's {@code python3-matplotlib} is installed for. */
    public static final String DEBIAN_PYTHON = "/usr/bin/python3";

    /** How to get the peer running, for the report when it cannot run. */
    public static final String HOW_TO_INSTALL = "install numpy and matplotlib for it (Debian: apt-get install "
            + "python3-matplotlib, then --python " + DEBIAN_PYTHON + ")";

    private static final int NO_MATPLOTLIB = 4;
    private static final String PROBE = Peer.PROBE + """
            try:
                import matplotlib
            except ImportError:
                sys.exit(4)
            print("matplotlib", matplotlib.__version__)
            """;

    /** The peer found, or why it cannot run ({@link Found#problem()}). */
    public record Found(Optional<PlotsPeer> peer, String problem) {
    }

    /**
     * The peer run by {@code python}, or when that is null by the first of {@code python3} and
     * {@link #DEBIAN_PYTHON} that imports numpy and matplotlib; with the reason when there is none.
     */
    public static Found find(String python, Path script) {
        if (!Files.isRegularFile(script)) {
            return new Found(Optional.empty(), "--peer " + script + ": no such file (the Python peer, he_with_plots.py)");
        }
        List<String> candidates = python != null ? List.of(python) : List.of("python3", DEBIAN_PYTHON);
        String problem = "";
        for (String candidate : candidates) {
            String[] outcome = new String[1];
            Optional<PlotsPeer> peer = probe(candidate, script, outcome);
            if (peer.isPresent()) {
                return new Found(peer, "");
            }
            problem += (problem.isEmpty() ? "" : "; ") + outcome[0];
        }
        return new Found(Optional.empty(), problem + ": " + HOW_TO_INSTALL);
    }

    private static Optional<PlotsPeer> probe(String python, Path script, String[] problem) {
        TimedProcess p;
        try {
            p = TimedProcess.run(builder(List.of(python, "-c", PROBE)), true);
        } catch (IOException e) {
            problem[0] = python + " cannot run";
            return Optional.empty();
        }
        if (p.exitCode() == Peer.NO_NUMPY) {
            problem[0] = python + " has no numpy";
            return Optional.empty();
        }
        if (p.exitCode() == NO_MATPLOTLIB) {
            problem[0] = python + " has no matplotlib";
            return Optional.empty();
        }
        if (p.exitCode() != 0) {
            problem[0] = python + " failed (" + p.lastErrorLine() + ")";
            return Optional.empty();
        }
        Map<String, String> facts = new HashMap<>();
        p.stdout().lines().map(l -> l.split(" ", 2)).filter(kv -> kv.length == 2)
                .forEach(kv -> facts.put(kv[0], kv[1].strip()));
        return Optional.of(new PlotsPeer(python, script, facts.getOrDefault("python", "?"),
                facts.getOrDefault("numpy", "?"), facts.getOrDefault("matplotlib", "?"),
                facts.getOrDefault("blas", "unknown")));
    }

    /** The command that runs the peer, writing its pictures into {@code out}. */
    public ProcessBuilder command(Path out) {
        return builder(new ArrayList<>(List.of(python, script.toString(), out.toString())));
    }

    /** One line: {@code python peer: /usr/bin/python3 3.11.2, numpy 1.24.2 (OpenBLAS Haswell), matplotlib 3.6.3}. */
    public String describe() {
        return "python peer: " + script + " with " + python + " " + version + ", numpy " + numpy + " (OpenBLAS kernel "
                + blas + "), matplotlib " + matplotlib;
    }

    /** The peer as JSON-ready values. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("python", python);
        m.put("script", script.toString());
        m.put("version", version);
        m.put("numpy", numpy);
        m.put("matplotlib", matplotlib);
        m.put("blas", blas);
        return m;
    }

    private static ProcessBuilder builder(List<String> command) {
        ProcessBuilder b = new ProcessBuilder(command);
        PeerEnvironment.apply(b.environment());
        return b;
    }
}
