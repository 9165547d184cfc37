package org.initlab.numpy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link Histogram} against {@code np.histogram} (numpy 2.4); each expected value is what the quoted numpy call
 * printed.
 */
class HistogramTest {

    /** {@code np.histogram([-0.2, 0, 0.1, 1/3, 0.5, 2/3, 1.0, 1.5, nan], 3, range=(0, 1))} → {@code [2, 2, 2]}. */
    @Test
    void countsLeftClosedBinsWithTheLastClosedAndDropsOutsideValues() {
        Histogram h = Histogram.of(new double[] {-0.2, 0, 0.1, 1.0 / 3, 0.5, 2.0 / 3, 1.0, 1.5, Double.NaN}, 3, 0, 1);
        assertArrayEquals(new long[] {2, 2, 2}, h.counts());
        assertArrayEquals(new double[] {0.0, 1.0 / 3, 2.0 / 3, 1.0}, h.edges(), 0.0);
        assertEquals(6, h.total());
    }

    /**
     * {@code np.histogram([0.1, 0.2, 0.3, 0.30000000000000004, 0.7], 3, range=(0, 0.3))} → counts {@code [0, 1, 2]},
     * edges {@code [0.0, 0.09999999999999999, 0.19999999999999998, 0.3]}: 0.1 and 0.2 sit just above an edge.
     */
    @Test
    void assignsValuesByTheComputedEdgesNotByTheirNominalPosition() {
        Histogram h = Histogram.of(new double[] {0.1, 0.2, 0.3, 0.30000000000000004, 0.7}, 3, 0, 0.3);
        assertArrayEquals(new double[] {0.0, 0.09999999999999999, 0.19999999999999998, 0.3}, h.edges(), 0.0);
        assertArrayEquals(new long[] {0, 1, 2}, h.counts());
    }

    /** {@code np.histogram([0.1, 0.2, 0.3, 0.30000000000000004, 0.7], 7, range=(-0.3, 0.7))}. */
    @Test
    void edgesFollowNumpyLinspaceBitForBit() {
        Histogram h = Histogram.of(new double[] {0.1, 0.2, 0.3, 0.30000000000000004, 0.7}, 7, -0.3, 0.7);
        assertArrayEquals(new double[] {-0.3, -0.15714285714285714, -0.01428571428571429, 0.12857142857142856,
                0.2714285714285714, 0.4142857142857142, 0.5571428571428572, 0.7}, h.edges(), 0.0);
        assertArrayEquals(new long[] {0, 0, 1, 1, 2, 0, 1}, h.counts());
    }

    /** {@code np.histogram([3, 1, 2, 2, 5], 4)} → counts {@code [1, 2, 1, 1]}, edges {@code [1, 2, 3, 4, 5]}. */
    @Test
    void withoutARangeSpansTheValuesMinToMax() {
        Histogram h = Histogram.of(new double[] {3, 1, 2, 2, 5}, 4);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, h.edges(), 0.0);
        assertArrayEquals(new long[] {1, 2, 1, 1}, h.counts());
    }

    /** {@code np.histogram([2., 2, 2], 2)} → counts {@code [0, 3]}, edges {@code [1.5, 2, 2.5]}. */
    @Test
    void widensAZeroWidthRangeByHalfOnEachSide() {
        Histogram h = Histogram.of(new double[] {2, 2, 2}, 2);
        assertArrayEquals(new double[] {1.5, 2, 2.5}, h.edges(), 0.0);
        assertArrayEquals(new long[] {0, 3}, h.counts());
    }

    /** {@code np.histogram([], 3)} → counts {@code [0, 0, 0]} over {@code [0, 1]}. */
    @Test
    void binsNoValuesOverTheUnitInterval() {
        Histogram h = Histogram.of(new double[0], 3);
        assertEquals(0.0, h.lo());
        assertEquals(1.0, h.hi());
        assertEquals(0, h.total());
    }

    @Test
    void densityIntegratesToTheShareOfValuesInRange() {
        Histogram h = Histogram.of(new double[] {0.1, 0.2, 0.6, 5.0}, 2, 0, 1);
        double[] d = h.density(4);
        assertArrayEquals(new double[] {1.0, 0.5}, d, 1e-15);
        assertArrayEquals(new double[] {0.25, 0.75}, h.centres(), 0.0);
    }

    @Test
    void rejectsAnInvertedOrInfiniteRangeAndZeroBins() {
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(new double[] {1}, 3, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> Histogram.of(new double[] {1}, 3, 0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(new double[] {1}, 0, 0, 1));
    }
}
