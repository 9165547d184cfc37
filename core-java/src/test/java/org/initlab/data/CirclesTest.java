package org.initlab.data;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.testing.Reference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CirclesTest {
    private static final JsonNode REF = Reference.json("circles.json");

    @Test
    void circlesMatchNumpyBitForBit() {
        Dataset circles = Circles.load();
        assertSplitEquals(REF.get("train_X_2x300"), REF.get("train_y"), circles.train());
        assertSplitEquals(REF.get("test_X_2x100"), REF.get("test_y"), circles.test());
    }

    @Test
    void circlesAreNamedAndShapedForDl4j() {
        Dataset circles = Circles.load();
        assertEquals("circles", circles.name());
        assertEquals(List.of("outer", "inner"), circles.classNames());
        assertEquals(300, circles.train().x().rows());
        assertEquals(2, circles.train().x().cols());
        assertEquals(1, circles.train().y().cols());
        assertEquals(100, circles.test().size());
    }

    @Test
    void halfOfThePointsAreOnEachCircle() {
        Dataset circles = Circles.load();
        assertEquals(150, countOnes(circles.train()));
        assertEquals(50, countOnes(circles.test()));
    }

    /** numpy: {@code np.random.seed(7); make_circles(5, 0.1, factor=0.5)} — odd count, other factor and noise. */
    @Test
    void oddSampleCountPutsTheExtraPointOnTheInnerCircleAsNumpyDoes() {
        Split s = Circles.make(new NumpyRandomState(7), 5, 0.1, 0.5);
        double[] expected = {
            0.9962899775049877, 0.03994628489419184,
            -0.35934417359118387, 0.3441093006982747,
            0.48412293781682514, -0.08137765274142886,
            -0.9979935613018078, -0.034983013252256084,
            -0.28810871450903364, -0.34992871564052425};
        assertBits(expected, s.x().data());
        assertArrayEquals(new int[] {0, 1, 1, 0, 1}, s.labels());
    }

    @Test
    void makeLeavesTheStreamWhereNumpyWould() {
        NumpyRandomState afterMake = new NumpyRandomState(1);
        Circles.make(afterMake, 300, 0.05, 0.8);
        NumpyRandomState byHand = new NumpyRandomState(1);
        byHand.permutation(300);
        byHand.randn(600);
        assertEquals(byHand.randn(), afterMake.randn());
    }

    private static int countOnes(Split split) {
        int ones = 0;
        for (int label : split.labels()) {
            ones += label;
        }
        return ones;
    }

    /** {@code xT} is the course's (2, m) X, the transpose of the split's m × 2 rows. */
    private static void assertSplitEquals(JsonNode xT, JsonNode y, Split split) {
        int m = split.size();
        assertEquals(xT.get(0).size(), m);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < 2; j++) {
                double expected = xT.get(j).get(i).asDouble();
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(split.x().get(i, j)),
                        "X[" + j + ", " + i + "]: expected " + expected + ", got " + split.x().get(i, j));
            }
            assertEquals(y.get(i).asDouble(), split.y().get(i, 0), "y[" + i + "]");
        }
    }

    private static void assertBits(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    "value " + i + ": expected " + expected[i] + ", got " + actual[i]);
        }
    }
}
