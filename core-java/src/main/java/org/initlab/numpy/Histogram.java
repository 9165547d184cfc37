package org.initlab.numpy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.DoubleStream;
import java.util.stream.LongStream;

/**
 * Counts of values in equal-width bins, as {@code counts, edges = np.histogram(a, bins, range=(lo, hi))} computes
 * them (numpy {@code lib/_histograms_impl.py}):
 * <ul>
 *   <li>{@code edges = np.linspace(lo, hi, bins + 1)}, i.e. {@code edges[i] = i · ((hi − lo) / bins) + lo} and
 *       {@code edges[bins] = hi} exactly;</li>
 *   <li>bin {@code i} holds the values {@code v} with {@code edges[i] ≤ v < edges[i+1]}; the last bin is closed,
 *       {@code edges[bins-1] ≤ v ≤ hi};</li>
 *   <li>values outside {@code [lo, hi]} (and NaN) are not counted, so the counts may sum to less than the number of
 *       values;</li>
 *   <li>without a range, {@code [lo, hi]} is the values' own {@code [min, max]} ({@code [0, 1]} for no values), and a
 *       range of zero width is widened to {@code [lo − 0.5, hi + 0.5]}.</li>
 * </ul>
 * Where numpy refuses an automatic range because of NaN or infinite values, here only the finite values set it.
 *
 * @param edges  the {@code bins + 1} bin edges, increasing
 * @param counts the number of values in each bin
 */
public record Histogram(double[] edges, long[] counts) {
    public Histogram {
        if (counts.length == 0 || edges.length != counts.length + 1) {
            throw new IllegalArgumentException(counts.length + " bins need " + (counts.length + 1) + " edges, not "
                    + edges.length);
        }
        edges = edges.clone();
        counts = counts.clone();
    }

    /** {@code np.histogram(values, bins, range=(lo, hi))}. */
    public static Histogram of(double[] values, int bins, double lo, double hi) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins " + bins + ": need at least one");
        }
        if (!(Double.isFinite(lo) && Double.isFinite(hi)) || lo > hi) {
            throw new IllegalArgumentException("histogram range [" + lo + ", " + hi + "] is not a finite interval");
        }
        if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        double[] edges = linspace(lo, hi, bins + 1);
        double norm = bins / (hi - lo);
        long[] counts = new long[bins];
        for (double v : values) {
            if (v >= lo && v <= hi) {
                counts[bin(v, edges, lo, norm)]++;
            }
        }
        return new Histogram(edges, counts);
    }

    /** {@code np.histogram(values, bins)}: the range is the values' own {@code [min, max]}. */
    public static Histogram of(double[] values, int bins) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            lo = 0.0;
            hi = 1.0;
        }
        return of(values, bins, lo, hi);
    }

    /** numpy's {@code linspace(lo, hi, n)} with its endpoint: {@code i · step + lo}, the last value {@code hi}. */
    private static double[] linspace(double lo, double hi, int n) {
        double step = (hi - lo) / (n - 1);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i * step + lo;
        }
        y[n - 1] = hi;
        return y;
    }

    /** numpy's bin of an in-range value: the scaled offset truncated, then corrected against the edges. */
    private static int bin(double v, double[] edges, double lo, double norm) {
        int bins = edges.length - 1;
        int i = (int) ((v - lo) * norm);
        i = Math.max(0, Math.min(i, bins - 1));
        while (i > 0 && v < edges[i]) {
            i--;
        }
        while (i < bins - 1 && v >= edges[i + 1]) {
            i++;
        }
        return i;
    }

    public int bins() {
        return counts.length;
    }

    /** The lowest edge. */
    public double lo() {
        return edges[0];
    }

    /** The highest edge. */
    public double hi() {
        return edges[edges.length - 1];
    }

    /** The number of values counted (those inside the range). */
    public long total() {
        return LongStream.of(counts).sum();
    }

    /** The centre of each bin, {@code (edges[i] + edges[i+1]) / 2}, for plotting. */
    public double[] centres() {
        double[] c = new double[counts.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (edges[i] + edges[i + 1]) / 2;
        }
        return c;
    }

    /**
     * {@code np.histogram(..., density=True)} relative to {@code n} values: {@code counts[i] / (n · width_i)}, the
     * height that makes the bars of all {@code n} values integrate to one.
     */
    public double[] density(long n) {
        double[] d = new double[counts.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = counts[i] / (n * (edges[i + 1] - edges[i]));
        }
        return d;
    }

    @Override
    public double[] edges() {
        return edges.clone();
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** {@code {"edges": […], "counts": […]}}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("edges", DoubleStream.of(edges).boxed().toList());
        m.put("counts", LongStream.of(counts).boxed().toList());
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && Arrays.equals(h.edges, edges) && Arrays.equals(h.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(edges) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Histogram[" + counts.length + " bins over [" + lo() + ", " + hi() + "], " + total() + " values]";
    }
}
