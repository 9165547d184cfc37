package org.initlab.train;

import org.initlab.data.Dataset;
import org.initlab.data.Datasets;
import org.initlab.data.Split;
import org.initlab.io.InputException;
import org.initlab.spec.ExperimentSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * k-fold cross-validation on the training set, for choosing among configurations (seed 003: k = 10, or 3).
 * The folds are contiguous and unshuffled, as scikit-learn's {@code KFold(k)}: the first {@code m % k} folds hold
 * {@code m / k + 1} examples, the others {@code m / k}; they are disjoint, cover the set, and need no random draw,
 * so they are the same on every run. Each fold trains a fresh network from the same specification (same seed, so
 * the same initial weights) on the other folds and is scored on its own.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    /** One fold's outcome. */
    public record Fold(int fold, int size, double validationAccuracy) {
    }

    /**
     * All folds, their mean and (population) standard deviation of the validation accuracy.
     *
     * @param spec  the specification every fold trained
     * @param folds the folds, in order
     * @param mean  mean validation accuracy
     * @param std   standard deviation of the validation accuracy (numpy's {@code std}, ddof 0)
     */
    public record Result(ExperimentSpec spec, List<Fold> folds, double mean, double std) {
        public Result {
            folds = List.copyOf(folds);
        }

        /** {@code {"folds": [{"fold": i, "validation_accuracy": a}, …], "mean": …, "std": …, "config": {…}}}. */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            List<Map<String, Object>> fs = new ArrayList<>();
            for (Fold f : folds) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("fold", f.fold());
                fm.put("size", f.size());
                fm.put("validation_accuracy", f.validationAccuracy());
                fs.add(fm);
            }
            m.put("folds", fs);
            m.put("mean", mean);
            m.put("std", std);
            m.put("config", spec.describe());
            return m;
        }
    }

    /** The index ranges {@code [start, end)} of the k folds of m examples. */
    public static int[][] ranges(int m, int k) {
        if (k < 2 || k > m) {
            throw InputException.of("folds", k, "must be between 2 and the " + m + " training examples");
        }
        int[][] out = new int[k][2];
        int start = 0;
        for (int i = 0; i < k; i++) {
            int size = m / k + (i < m % k ? 1 : 0);
            out[i][0] = start;
            out[i][1] = start + size;
            start += size;
        }
        return out;
    }

    /** Cross-validates {@code spec} with {@code spec.folds()} folds on its named data set's training examples. */
    public static Result run(ExperimentSpec spec, Progress progress) {
        return run(spec, Datasets.load(spec.dataset(), spec.dataDir()), progress);
    }

    /** Cross-validates {@code spec} with {@code spec.folds()} folds on {@code data}'s training examples. */
    public static Result run(ExperimentSpec spec, Dataset data, Progress progress) {
        Split all = spec.trainSize() > 0 ? data.withTrainSize(Math.min(spec.trainSize(), data.train().size())).train()
                : data.train();
        if (spec.trainSize() > data.train().size()) {
            throw InputException.of("trainSize", spec.trainSize(), data.name() + " has only "
                    + data.train().size() + " training examples");
        }
        int k = spec.folds();
        int[][] ranges = ranges(all.size(), k);
        ExperimentSpec single = spec.toBuilder().folds(0).trainSize(0).build();
        List<Fold> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int[] validation = range(ranges[i][0], ranges[i][1]);
            int[] training = complement(all.size(), ranges[i][0], ranges[i][1]);
            Dataset fold = new Dataset(data.name(), all.rows(training), all.rows(validation), data.classNames(),
                    data.source() + " (fold " + i + " of " + k + ")");
            RunResult r = Trainer.run(single, fold, Progress.NONE);
            folds.add(new Fold(i, validation.length, r.testAccuracy()));
            progress.step(i + 1, k);
        }
        double mean = folds.stream().mapToDouble(Fold::validationAccuracy).sum() / k;
        double var = folds.stream().mapToDouble(f -> (f.validationAccuracy() - mean) * (f.validationAccuracy() - mean))
                .sum() / k;
        return new Result(spec, folds, mean, Math.sqrt(var));
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    private static int[] complement(int m, int from, int to) {
        int[] r = new int[m - (to - from)];
        int j = 0;
        for (int i = 0; i < m; i++) {
            if (i < from || i >= to) {
                r[j++] = i;
            }
        }
        return r;
    }
}
