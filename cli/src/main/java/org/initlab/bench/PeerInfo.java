package org.initlab.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numpy peer as the benchmark found it: the interpreter, the script, the versions it runs on, the OpenBLAS
 * kernel numpy picked, and what was unset from its environment ({@link PeerEnvironment}).
 *
 * @param python    the interpreter's path or command
 * @param script    {@code numpy_course.py}
 * @param pythonVersion the interpreter's version
 * @param numpy     numpy's version
 * @param scipy     scipy's version, or {@code none}
 * @param blasCore  the OpenBLAS core type numpy's BLAS runs, or {@code unknown}
 * @param unset     the variables unset for the peer, as {@code NAME=VALUE}
 * @param threads   the thread variables the peer inherits, as {@code NAME=VALUE}
 */
public record PeerInfo(String python, Path script, String pythonVersion, String numpy, String scipy,
                       String blasCore, List<String> unset, List<String> threads) {
    public PeerInfo {
        unset = List.copyOf(unset);
        threads = List.copyOf(threads);
    }

    /** Whether scipy is there (the peer reads {@code data.mat} with it). */
    public boolean hasScipy() {
        return !scipy.equals("none");
    }

    /** The lines the benchmark prints about its peer. */
    public List<String> describe() {
        return List.of("numpy peer: " + script + " (Python " + pythonVersion + ", numpy " + numpy + ", scipy " + scipy
                        + ", OpenBLAS core " + blasCore + ")",
                PeerEnvironment.describe(unset, threads));
    }

    /** The peer as JSON-ready values. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("python", python);
        m.put("script", script.toString());
        m.put("python_version", pythonVersion);
        m.put("numpy", numpy);
        m.put("scipy", scipy);
        m.put("openblas_core", blasCore);
        m.put("unset", unset);
        m.put("threads", threads);
        return m;
    }
}
