package org.initlab.bench;

import java.util.List;

/**
 * How far apart two printed numbers are, relative to the larger: 0 when they are the same (the same infinity, or
 * both NaN), infinite when only one is NaN or infinite, or when two series differ in length.
 */
public final class RelativeDifference {
    private RelativeDifference() {
    }

    /** {@code |a - b| / max(|a|, |b|)}, with the conventions above. */
    public static double of(double a, double b) {
        if (a == b || (Double.isNaN(a) && Double.isNaN(b))) {
            return 0.0;
        }
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }

    /** The largest difference between the series' elements, position by position. */
    public static double max(List<? extends Number> a, List<? extends Number> b) {
        if (a.size() != b.size()) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0.0;
        for (int i = 0; i < a.size(); i++) {
            max = Math.max(max, of(a.get(i).doubleValue(), b.get(i).doubleValue()));
        }
        return max;
    }
}
