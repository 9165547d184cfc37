package org.initlab.bench;

import org.initlab.train.CostPoint;
import org.initlab.train.RunResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers a run prints the course's way, which InitLab and the numpy peer must agree on: the cost trace, the
 * train and test accuracies (full-batch runs) and the test examples right after each epoch (mini-batch runs).
 *
 * @param costs        {@code Cost after iteration N: C}, in order
 * @param accuracies   the {@code Accuracy: A} lines, train then test
 * @param epochCorrect {@code Epoch E: K / T}'s K, epoch by epoch
 */
public record CourseNumbers(List<CostPoint> costs, List<Double> accuracies, List<Integer> epochCorrect) {
    public CourseNumbers {
        costs = List.copyOf(costs);
        accuracies = List.copyOf(accuracies);
        epochCorrect = List.copyOf(epochCorrect);
    }

    /** What InitLab's {@code experiment} command prints for {@code r}. */
    public static CourseNumbers of(RunResult r) {
        List<Double> accuracies = r.spec().usesEpochs() ? List.of() : List.of(r.trainAccuracy(), r.testAccuracy());
        List<CostPoint> printed = r.costs().stream().filter(p -> r.spec().printsAt(p.iteration())).toList();
        return new CourseNumbers(printed, accuracies, r.testCorrectPerEpoch());
    }

    /**
     * The largest relative difference between these numbers and {@code other}'s ({@link RelativeDifference});
     * infinite when the two print different iterations or a different count of any kind of line.
     */
    public double maxRelativeDifference(CourseNumbers other) {
        if (!iterations().equals(other.iterations())) {
            return Double.POSITIVE_INFINITY;
        }
        double costs = RelativeDifference.max(values(), other.values());
        double accuracies = RelativeDifference.max(this.accuracies, other.accuracies);
        double epochs = RelativeDifference.max(epochCorrect, other.epochCorrect);
        return Math.max(costs, Math.max(accuracies, epochs));
    }

    /**
     * How many of the printed numbers, taken in the order they are printed (costs, epochs, then accuracies), agree
     * with {@code other}'s to within {@code tolerance} before the first that does not.
     */
    public int agreeingPrefix(CourseNumbers other, double tolerance) {
        List<Double> mine = sequence();
        List<Double> theirs = other.sequence();
        List<Long> myIterations = iterations();
        List<Long> theirIterations = other.iterations();
        int n = Math.min(mine.size(), theirs.size());
        for (int i = 0; i < n; i++) {
            boolean sameIteration = i >= costs.size()
                    || (i < theirIterations.size() && myIterations.get(i).equals(theirIterations.get(i)));
            if (!sameIteration || RelativeDifference.of(mine.get(i), theirs.get(i)) > tolerance) {
                return i;
            }
        }
        return n;
    }

    /** How many numbers {@link #agreeingPrefix} compares in all. */
    public int count() {
        return costs.size() + epochCorrect.size() + accuracies.size();
    }

    private List<Double> sequence() {
        List<Double> s = new ArrayList<>(values());
        epochCorrect.forEach(k -> s.add(k.doubleValue()));
        s.addAll(accuracies);
        return s;
    }

    private List<Long> iterations() {
        return costs.stream().map(CostPoint::iteration).toList();
    }

    private List<Double> values() {
        return costs.stream().map(CostPoint::cost).toList();
    }
}
