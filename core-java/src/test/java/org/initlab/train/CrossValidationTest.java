package org.initlab.train;

import org.initlab.data.Dataset;
import org.initlab.data.Matrix;
import org.initlab.data.Split;
import org.initlab.io.InputException;
import org.initlab.spec.ExperimentSpec;
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
    void crossValidationIsReproducibleAndReportsMeanAndStd() {
        Dataset data = separable();
        ExperimentSpec spec = ExperimentSpec.builder().name("cv").layers(2, 4, 1).learningRate(0.5).iterations(300)
                .printEvery(0).folds(4).build();
        CrossValidation.Result a = CrossValidation.run(spec, data, Progress.NONE);
        CrossValidation.Result b = CrossValidation.run(spec, data, Progress.NONE);
        assertEquals(4, a.folds().size());
        assertEquals(a, b);
        double mean = a.folds().stream().mapToDouble(CrossValidation.Fold::validationAccuracy).average().orElseThrow();
        assertEquals(mean, a.mean(), 1e-15);
        assertEquals(1.0, a.mean(), 0.1, "a linearly separable set is learnt in every fold");
        assertEquals(List.of(10, 10, 10, 10), a.folds().stream().map(CrossValidation.Fold::size).toList());
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
