package org.initlab.spec;

import org.initlab.io.InputException;

import java.util.List;

/**
 * Successive halving: every configuration trains to the first rung; after each rung, the best
 * {@code max(1, floor(n / eta))} of its {@code n} configurations by mean validation cost across seeds go on to the
 * next. Rungs count the specification's unit: full-batch iterations, or epochs of mini-batch training.
 *
 * @param eta   the reduction factor, more than 1
 * @param rungs the training lengths, strictly increasing, at least two
 */
public record Halving(double eta, List<Integer> rungs) {
    public Halving {
        if (!(eta > 1) || !Double.isFinite(eta)) {
            throw InputException.of("halving", eta, "the reduction factor must be a number above 1 (e.g. 3)");
        }
        if (rungs == null || rungs.size() < 2) {
            throw InputException.of("rungs", rungs == null ? null : join(rungs),
                    "successive halving needs at least two rungs (e.g. 500,1500,4500)");
        }
        rungs = List.copyOf(rungs);
        for (int i = 0; i < rungs.size(); i++) {
            if (rungs.get(i) <= 0 || (i > 0 && rungs.get(i) <= rungs.get(i - 1))) {
                throw InputException.of("rungs", join(rungs), "must be positive and increasing");
            }
        }
    }

    /** How many of {@code n} configurations go on to the next rung: {@code max(1, floor(n / eta))}. */
    public int kept(int n) {
        return Math.max(1, (int) Math.floor(n / eta));
    }

    private static String join(List<Integer> xs) {
        return xs.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }
}
