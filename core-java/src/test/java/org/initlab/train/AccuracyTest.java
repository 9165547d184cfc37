package org.initlab.train;

import org.initlab.data.Matrix;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AccuracyTest {

    @Test
    void oneOutputPredictsOneOnlyAboveOneHalf() {
        Matrix a = new Matrix(4, 1, new double[]{0.5, 0.5000001, 0.2, 1.0});
        assertArrayEquals(new int[]{0, 1, 0, 1}, Predictions.classes(a));
        assertEquals(0.75, Accuracy.of(a, new Matrix(4, 1, new double[]{1, 1, 0, 1})), 0.0);
    }

    @Test
    void severalOutputsPredictTheLargestAgainstTheOneHotLabel() {
        Matrix a = new Matrix(3, 3, new double[]{0.1, 0.7, 0.2, 0.5, 0.5, 0.0, 0.0, 0.1, 0.9});
        Matrix y = new Matrix(3, 3, new double[]{0, 1, 0, 0, 1, 0, 0, 0, 1});
        assertArrayEquals(new int[]{1, 0, 2}, Predictions.classes(a));
        assertArrayEquals(new int[]{1, 1, 2}, Predictions.labels(y));
        assertEquals(2, Accuracy.correct(a, y));
    }

    @Test
    void accuracyIsTheCoursesMeanOfMatches() {
        double[] out = new double[300];
        double[] y = new double[300];
        out[0] = 1;
        out[1] = 1;
        assertEquals(0.9933333333333333, Accuracy.of(new Matrix(300, 1, out), new Matrix(300, 1, y)), 0.0);
        Predictor constant = x -> new Matrix(x.rows(), 1, new double[x.rows()]);
        assertEquals(0.5, Accuracy.of(constant, CourseData.circles().test()), 0.0);
    }
}
