package org.initlab.train;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.data.Dataset;
import org.initlab.data.Matrix;
import org.initlab.data.Split;
import org.initlab.io.InputException;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.initlab.testing.Reference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CrossValidationTest {
    @Test
    void foldsAreDisjointCoverTheSetAndSplitTheRemainderFirst() {
        int[][] r = CrossValidation.ranges(10, 3);
        assertArrayEquals(new int[] {0, 4}, r[0]);
        assertArrayEquals(new int[] {4, 7}, r[1]);
        assertArrayEquals(new int[] {7, 10}, r[2]);
        boolean[] seen = new boolean[211];
        for (int[] f : CrossValidation.ranges(211, 10)) {
            for (int i = f[0]; i < f[1]; i++) {
                assertEquals(false, seen[i], "example " + i + " in two folds");
                seen[i] = true;
            }
        }
        for (int i = 0; i < seen.length; i++) {
            assertEquals(true, seen[i], "example " + i + " in no fold");
        }
    }

    @Test
    void tooFewOrTooManyFoldsAreRejectedNamingTheOption() {
        InputException e = assertThrows(InputException.class, () -> CrossValidation.ranges(5, 6));
        assertEquals("folds 6: must be between 2 and the 5 training examples", e.getMessage());
        assertThrows(InputException.class, () -> ExperimentSpec.builder().folds(1).build());
    }

    @Test
    void crossValidationIsReproducibleAndLearnsASeparableSetInEveryFold() {
        Dataset data = separable();
        ExperimentSpec spec = ExperimentSpec.builder().name("cv").layers(2, 4, 1).learningRate(0.5).iterations(300)
                .printEvery(0).folds(4).build();
        CrossValidation.Result a = CrossValidation.run(spec, data, Progress.NONE);
        CrossValidation.Result b = CrossValidation.run(spec, data, Progress.NONE);
        assertEquals(4, a.folds().size());
        assertEquals(a, b);
        for (CrossValidation.Fold f : a.folds()) {
            assertEquals(1.0, f.validationAccuracy(), 0.1, "fold " + f.fold() + " of a linearly separable set");
        }
        assertEquals(List.of(10, 10, 10, 10), a.folds().stream().map(CrossValidation.Fold::size).toList());
    }

    /**
     * With zero weights the network can only learn its output bias, so it predicts the majority class of the training
     * folds (1 here) for every example, and each fold's validation accuracy is the share of 1s among its own
     * examples: 10, 8, 6 and 4 of 10. The mean and the standard deviation are numpy's {@code np.mean} and
     * {@code np.std} of those four ({@code numpy/numpy_facts.json}).
     */
    @Test
    void eachFoldIsScoredOnItsOwnExamplesAndTheMeanAndStdAreNumpys() {
        Dataset data = onesPerFold(10, 8, 6, 4);
        ExperimentSpec spec = ExperimentSpec.builder().name("cv").layers(2, 4, 1).init(InitScheme.ZEROS)
                .learningRate(0.5).iterations(50).printEvery(0).folds(4).build();
        CrossValidation.Result r = CrossValidation.run(spec, data, Progress.NONE);
        JsonNode numpy = Reference.numpy("numpy_facts.json");
        double[] expected = Reference.doubles(numpy.get("accuracies"));
        assertArrayEquals(expected, r.folds().stream().mapToDouble(CrossValidation.Fold::validationAccuracy).toArray(),
                0.0);
        assertEquals(numpy.get("mean").asDouble(), r.mean(), 1e-15, "np.mean");
        assertEquals(numpy.get("std").asDouble(), r.std(), 1e-15, "np.std (ddof 0)");
        assertEquals(0.7, r.mean(), 1e-15);
        assertEquals(Math.sqrt(0.05), r.std(), 1e-15);
    }

    /** 10 examples per fold; fold i's first {@code ones[i]} labels are 1, the others 0. */
    private static Dataset onesPerFold(int... ones) {
        int m = 10 * ones.length;
        double[] x = new double[m * 2];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            x[2 * i] = (i % 5) / 5.0;
            x[2 * i + 1] = (i % 3) / 3.0;
            y[i] = i % 10 < ones[i / 10] ? 1 : 0;
        }
        Split s = new Split(new Matrix(m, 2, x), new Matrix(m, 1, y));
        return new Dataset("ones-per-fold", s, s, List.of("zero", "one"), "generated");
    }

    private static Dataset separable() {
        int m = 40;
        double[] x = new double[m * 2];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            x[2 * i] = (i % 2 == 0 ? 1 : -1) * (0.5 + (i % 7) / 10.0);
            x[2 * i + 1] = ((i * 37) % 11) / 11.0 - 0.5;
            y[i] = i % 2 == 0 ? 1 : 0;
        }
        Split s = new Split(new Matrix(m, 2, x), new Matrix(m, 1, y));
        return new Dataset("toy", s, s, List.of("neg", "pos"), "generated");
    }
}
