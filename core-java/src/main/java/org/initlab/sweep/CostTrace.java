package org.initlab.sweep;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A run's recorded costs: the cost at each recorded iteration (0-based, computed before that iteration's update, as
 * the course prints it). Immutable; equal when every iteration and every cost's bits are equal.
 */
public final class CostTrace implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long[] iterations;
    private final double[] costs;

    /** @throws IllegalArgumentException when the two arrays differ in length */
    public CostTrace(long[] iterations, double[] costs) {
        if (iterations.length != costs.length) {
            throw new IllegalArgumentException(iterations.length + " iterations but " + costs.length + " costs");
        }
        this.iterations = iterations.clone();
        this.costs = costs.clone();
    }

    /** The number of recorded costs. */
    public int size() {
        return costs.length;
    }

    public long iteration(int i) {
        return iterations[i];
    }

    public double cost(int i) {
        return costs[i];
    }

    public long[] iterations() {
        return iterations.clone();
    }

    public double[] costs() {
        return costs.clone();
    }

    /** Whether this trace is the start of {@code longer}: the same iterations and the same bits of cost. */
    public boolean isPrefixOf(CostTrace longer) {
        if (size() > longer.size()) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (iterations[i] != longer.iterations[i]
                    || Double.doubleToLongBits(costs[i]) != Double.doubleToLongBits(longer.costs[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CostTrace t && Arrays.equals(iterations, t.iterations) && Arrays.equals(costs, t.costs);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(iterations) + Arrays.hashCode(costs);
    }

    @Override
    public String toString() {
        return "CostTrace[" + size() + " costs" + (size() > 0 ? ", last " + costs[size() - 1] + " at "
                + iterations[size() - 1] : "") + "]";
    }
}
