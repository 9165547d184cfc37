package org.initlab.numpy;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.testing.Reference;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** numpy's summation order, shared by the DL4J losses, the statistics and the fast engine. */
class NumpySumTest {
    @Test
    void addsInNumpysOrder() {
        double[] harmonic = new double[1000];
        for (int i = 0; i < harmonic.length; i++) {
            harmonic[i] = 1.0 / (i + 1);
        }
        assertEquals(7.485470860550345, NumpySum.sum(harmonic, 0, 1000), 0.0, "np.sum, not 7.485470860550343");
        assertEquals(5.187377517639621, NumpySum.sum(harmonic, 0, 100), 0.0);
        assertEquals(7.485470860550345, NumpySum.pairwise(harmonic, 0, 1000), 0.0);
    }

    @Test
    void nansumAddsPairwiseInNumpysOrder() {
        double[] v = new double[300];
        for (int i = 0; i < v.length; i++) {
            v[i] = 1.0 / (i + 1) + (i % 7 == 0 ? Double.NaN : 0);
        }
        double left = 0;
        for (int i = 0; i < 144; i++) {
            left += Double.isNaN(v[i]) ? 0 : v[i];
        }
        assertEquals(left, NumpySum.nansum(Arrays.copyOf(v, 144)), 1e-14);
        assertEquals(NumpySum.pairwise(clean(v), 0, 144) + NumpySum.pairwise(clean(v), 144, 156), NumpySum.nansum(v),
                0.0);
        assertEquals(0.75, NumpySum.nansum(new double[]{0.5, Double.NaN, 0.25}), 0.0);
    }

    /** numpy adds the pairwise sum to its identity +0.0: a sum of negative zeros is +0.0 at every length. */
    @Test
    void sumsOfNegativeZerosArePositiveZeroAsInNumpy() {
        JsonNode sums = Reference.numpy("numpy_facts.json").get("sum_of_negative_zeros");
        assertTrue(sums.size() >= 5);
        sums.fields().forEachRemaining(e -> {
            int n = Integer.parseInt(e.getKey());
            double expected = Double.parseDouble(e.getValue().asText());
            double[] negativeZeros = new double[n];
            Arrays.fill(negativeZeros, -0.0);
            assertEquals(expected, NumpySum.pairwise(negativeZeros, 0, n), "pairwise of " + n + " times -0.0");
            assertEquals(expected, NumpySum.sum(negativeZeros, 0, n), "sum of " + n + " times -0.0");
            assertEquals(expected, NumpySum.nansum(negativeZeros), "nansum of " + n + " times -0.0");
        });
    }

    private static double[] clean(double[] v) {
        double[] c = v.clone();
        for (int i = 0; i < c.length; i++) {
            if (Double.isNaN(c[i])) {
                c[i] = 0;
            }
        }
        return c;
    }
}
