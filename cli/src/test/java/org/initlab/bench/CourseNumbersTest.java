package org.initlab.bench;

import org.initlab.train.CostPoint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whether InitLab printed the peer's numbers: relative differences, series by series. */
class CourseNumbersTest {
    static CourseNumbers costs(double... values) {
        List<CostPoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new CostPoint(i * 1000L, values[i]));
        }
        return new CourseNumbers(points, List.of(0.9, 0.8), List.of());
    }

    @Test
    void identicalNumbersDifferByZero() {
        assertEquals(0.0, costs(Double.POSITIVE_INFINITY, 0.5).maxRelativeDifference(costs(Double.POSITIVE_INFINITY,
                0.5)));
    }

    @Test
    void aLastDigitDifferenceIsFarBelowTheTolerance() {
        double d = costs(0.6526117768893807).maxRelativeDifference(costs(0.6526117768893805));
        assertTrue(d > 0 && d < 1e-15, "difference " + d);
    }

    @Test
    void theLargestDifferenceOfAnySeriesCounts() {
        CourseNumbers a = new CourseNumbers(List.of(new CostPoint(0, 1.0)), List.of(0.5, 0.5), List.of(100));
        CourseNumbers b = new CourseNumbers(List.of(new CostPoint(0, 1.0)), List.of(0.5, 0.5), List.of(99));
        assertEquals(0.01, a.maxRelativeDifference(b), 1e-15);
    }

    @Test
    void differentIterationsOrCountsAreAMismatch() {
        CourseNumbers shifted = new CourseNumbers(List.of(new CostPoint(1, 0.5)), List.of(0.9, 0.8), List.of());
        assertEquals(Double.POSITIVE_INFINITY, costs(0.5).maxRelativeDifference(shifted));
        assertEquals(Double.POSITIVE_INFINITY, costs(0.5).maxRelativeDifference(costs(0.5, 0.4)));
    }

    @Test
    void theAgreeingPrefixCountsNumbersUpToTheFirstThatDrifts() {
        CourseNumbers a = new CourseNumbers(List.of(new CostPoint(0, 1.0)), List.of(0.9, 0.8), List.of(9382, 9406,
                9485, 9523));
        CourseNumbers b = new CourseNumbers(List.of(new CostPoint(0, 1.0)), List.of(0.9, 0.8), List.of(9382, 9406,
                9485, 9514));
        assertEquals(4, a.agreeingPrefix(b, 1e-9));
        assertEquals(7, a.count());
        assertEquals(7, a.agreeingPrefix(a, 1e-9));
    }

    @Test
    void theAgreeingPrefixStopsAtADifferentIteration() {
        CourseNumbers shifted = new CourseNumbers(List.of(new CostPoint(0, 0.5), new CostPoint(999, 0.4)),
                List.of(0.9, 0.8), List.of());
        assertEquals(1, costs(0.5, 0.4).agreeingPrefix(shifted, 1e-9));
    }

    @Test
    void relativeDifferenceFollowsPythonsNonFiniteValues() {
        assertEquals(0.0, RelativeDifference.of(Double.NaN, Double.NaN));
        assertEquals(Double.POSITIVE_INFINITY, RelativeDifference.of(Double.NaN, 1.0));
        assertEquals(Double.POSITIVE_INFINITY, RelativeDifference.of(Double.POSITIVE_INFINITY, 1e308));
        assertEquals(0.5, RelativeDifference.of(-2.0, -1.0));
    }
}
