package org.initlab.numpy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link NumpyMoments} equals numpy bit for bit. Expected values from numpy 2.4:
 * <pre>
 * i = np.arange(1000); a = (i * 7919 % 1013) / 7.0 + 1e6
 * a.mean(), a.std(), a.sum(), a[:37].sum()
 * </pre>
 */
class NumpyMomentsTest {

    private static double[] values() {
        double[] a = new double[1000];
        for (int i = 0; i < a.length; i++) {
            a[i] = (i * 7919 % 1013) / 7.0 + 1e6;
        }
        return a;
    }

    @Test
    void meanStdAndSumEqualNumpysToTheLastBit() {
        double[] a = values();
        assertEquals(1000072.4122857143, NumpyMoments.mean(a), 0.0);
        assertEquals(41.78670450694829, NumpyMoments.std(a), 0.0);
        assertEquals(1000072412.2857143, NumpyMoments.sum(a), 0.0);
        assertEquals(37002803.28571428, NumpyMoments.sum(java.util.Arrays.copyOf(a, 37)), 0.0);
    }

    @Test
    void pairwiseOrderDiffersFromALeftToRightSum() {
        double naive = 0;
        for (double v : values()) {
            naive += v;
        }
        assertNotEquals(naive / 1000, NumpyMoments.mean(values()));
        assertEquals(1000072.4122857144, naive / 1000, 0.0);
    }

    @Test
    void noValuesHaveNoMean() {
        assertTrue(Double.isNaN(NumpyMoments.mean(new double[0])));
        assertTrue(Double.isNaN(NumpyMoments.std(new double[0])));
    }
}
