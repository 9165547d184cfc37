package org.initlab.data;

import org.initlab.numpy.NumpyRandomState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProbeTest {
    /** numpy: {@code np.random.seed(1); x = np.random.randn(1000, 100)}. */
    @Test
    void probeIsNumpysRandn1000By100InCOrder() {
        Matrix x = Probe.input(1);
        assertEquals(1000, x.rows());
        assertEquals(100, x.cols());
        assertEquals(1.6243453636632417, x.get(0, 0));
        assertEquals(Double.parseDouble("-0x1.393822fb7d9adp-1"), x.get(0, 1));
        assertEquals(Double.parseDouble("-0x1.c9dc120b73ff9p-2"), x.get(1, 0));
        assertEquals(-0.7475562464191521, x.get(999, 99));
    }

    @Test
    void probeFromAStreamAdvancesItBy100000Gaussians() {
        NumpyRandomState rng = new NumpyRandomState(1);
        Probe.input(rng);
        NumpyRandomState skipped = new NumpyRandomState(1);
        skipped.skipGaussians(100_000);
        assertEquals(skipped.randn(), rng.randn());
    }
}
