package org.initlab.bench;

import java.util.Collection;

/** The median of repeated measurements: the middle one, or the mean of the middle two. */
public final class Median {
    private Median() {
    }

    /** The median of {@code values}, which must not be empty. */
    public static double of(Collection<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }
}
