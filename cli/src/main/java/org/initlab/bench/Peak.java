package org.initlab.bench;

import com.sun.jna.NativeLibrary;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.initlab.numpy.NumpyRandomState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * This machine's double-precision peak, measured once per benchmark as the best rate of a large {@code dgemm}
 * ({@code C = A·B}, {@value #N} × {@value #N}) through the OpenBLAS that ND4J bundles, on one thread: a tuned BLAS
 * kernel is the fastest double-precision arithmetic the machine does (numpy's own {@code dgemm} comes within a few per
 * cent of it), so it is the rate against which every experiment's is set.
 *
 * <p>Each product is checked before it counts: Freivalds' test compares {@code C·v} with {@code A·(B·v)} for a random
 * {@code v}. ND4J's OpenBLAS 0.3.19 is known to compute wrong results on some kernels (blocked LAPACK on AVX-512);
 * should its {@code dgemm} fail the check, the measurement is made again in a child JVM with
 * {@code OPENBLAS_CORETYPE=Haswell} (AVX2), and the report says so.
 *
 * @param gflops    the best rate, GFLOP/s
 * @param core      the OpenBLAS kernel that ran ({@code SkylakeX}, {@code Haswell}, {@code Zen}…), or {@code unknown}
 * @param threads   OpenBLAS's threads, or 0 when unknown
 * @param maxError  Freivalds' largest difference relative to the largest entry of {@code A·(B·v)}
 * @param note      how the peak was found, for the report
 */
public record Peak(double gflops, String core, int threads, double maxError, String note) {
    /** The side of the square matrices. */
    public static final int N = 2048;
    /** Timed products; the best counts. */
    static final int RUNS = 5;
    /** The largest relative difference in Freivalds' test of a correct product. */
    static final double TOLERANCE = 1e-9;
    /** The core type of the fallback measurement. */
    static final String FALLBACK_CORE = "Haswell";

    /** Measures the peak here, or in a child JVM on the {@value #FALLBACK_CORE} kernel when the products are wrong. */
    public static Peak measure() {
        Peak here = measureHere();
        if (here.maxError <= TOLERANCE) {
            return here;
        }
        Peak child = inChild();
        return new Peak(child.gflops, child.core, child.threads, child.maxError,
                "OpenBLAS's " + here.core + " dgemm computed wrong results (error " + String.format(Locale.ROOT,
                        "%.1e", here.maxError) + "); measured on its " + FALLBACK_CORE + " kernel instead");
    }

    /** The measurement in this JVM. */
    static Peak measureHere() {
        NumpyRandomState r = new NumpyRandomState(1);
        double[] a = random(r, N * N);
        double[] b = random(r, N * N);
        double best = 0;
        double[] c = new double[N * N];
        try (DoublePointer pa = new DoublePointer(a); DoublePointer pb = new DoublePointer(b);
             DoublePointer pc = new DoublePointer((long) N * N)) {
            for (int run = 0; run <= RUNS; run++) {
                long start = System.nanoTime();
                openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, openblas_nolapack.CblasNoTrans,
                        openblas_nolapack.CblasNoTrans, N, N, N, 1.0, pa, N, pb, N, 0.0, pc, N);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (run > 0) {
                    best = Math.max(best, 2.0 * N * N * N / seconds / 1e9);
                }
            }
            pc.get(c);
        }
        double error = freivalds(a, b, c, N, r);
        String[] core = openblasCore();
        return new Peak(best, core[0], Integer.parseInt(core[1]), error, "dgemm " + N + "×" + N
                + " through ND4J's OpenBLAS, best of " + RUNS);
    }

    private static double[] random(NumpyRandomState r, int n) {
        double[] v = r.rand(n);
        for (int i = 0; i < n; i++) {
            v[i] -= 0.5;
        }
        return v;
    }

    /** {@code max|C·v − A·(B·v)| / max|A·(B·v)|} for a random {@code v}, row-major {@code n × n} matrices. */
    static double freivalds(double[] a, double[] b, double[] c, int n, NumpyRandomState r) {
        double[] v = random(r, n);
        double[] bv = times(b, v, n);
        double[] abv = times(a, bv, n);
        double[] cv = times(c, v, n);
        double error = 0;
        double scale = 0;
        for (int i = 0; i < n; i++) {
            error = Math.max(error, Math.abs(cv[i] - abv[i]));
            scale = Math.max(scale, Math.abs(abv[i]));
        }
        return Double.isNaN(error) ? Double.POSITIVE_INFINITY : error / scale;
    }

    private static double[] times(double[] m, double[] v, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < n; k++) {
                s += m[i * n + k] * v[k];
            }
            out[i] = s;
        }
        return out;
    }

    /** OpenBLAS's kernel and threads, asked of the library this process loaded; {@code unknown} and 0 if not found. */
    private static String[] openblasCore() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
                int slash = line.indexOf('/');
                if (slash < 0 || !line.toLowerCase(Locale.ROOT).contains("openblas")) {
                    continue;
                }
                try {
                    NativeLibrary lib = NativeLibrary.getInstance(line.substring(slash));
                    String core = lib.getFunction("openblas_get_corename").invokeString(new Object[0], false);
                    int threads = lib.getFunction("openblas_get_num_threads").invokeInt(new Object[0]);
                    return new String[]{core, Integer.toString(threads)};
                } catch (UnsatisfiedLinkError e) {
                    // not the library that holds OpenBLAS's own functions; try the next
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return new String[]{"unknown", "0"};
    }

    /** The measurement in a child JVM with {@code OPENBLAS_CORETYPE=}{@value #FALLBACK_CORE}. */
    private static Peak inChild() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder b = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Peak.class.getName()));
        b.environment().put("OPENBLAS_CORETYPE", FALLBACK_CORE);
        TimedProcess p;
        try {
            p = TimedProcess.run(b, true);
        } catch (IOException e) {
            throw new RunFailedException("cannot measure the peak in a child JVM (" + e.getMessage() + ")");
        }
        String[] f = p.stdout().strip().split(" ");
        if (p.exitCode() != 0 || f.length != 4) {
            throw new RunFailedException("the peak's child JVM failed (exit " + p.exitCode() + "): "
                    + p.lastErrorLine());
        }
        return new Peak(Double.parseDouble(f[0]), f[1], Integer.parseInt(f[2]), Double.parseDouble(f[3]), "");
    }

    /** The child JVM's side of {@link #inChild}: prints {@code GFLOPS CORE THREADS ERROR}. */
    public static void main(String[] args) {
        Peak p = measureHere();
        System.out.println(p.gflops + " " + p.core + " " + p.threads + " " + p.maxError);
    }

    /** One line for the report. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "%.1f GFLOP/s", gflops));
        parts.add(note.isEmpty() ? "dgemm " + N + "×" + N + " through ND4J's OpenBLAS" : note);
        parts.add(core + " kernel");
        parts.add(threads == 0 ? "threads unknown" : threads + (threads == 1 ? " thread" : " threads"));
        parts.add(String.format(Locale.ROOT, "checked (Freivalds, relative error %.1e)", maxError));
        return "peak: " + String.join(", ", parts);
    }

    /** The peak as JSON-ready values. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gflops", gflops);
        m.put("method", "dgemm " + N + "x" + N + ", best of " + RUNS + ", ND4J's OpenBLAS");
        m.put("openblas_core", core);
        m.put("threads", threads);
        m.put("freivalds_relative_error", maxError);
        m.put("note", note);
        return m;
    }
}
