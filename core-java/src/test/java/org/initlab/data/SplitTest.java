package org.initlab.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class SplitTest {
    @Test
    void labelsAreTheBinaryColumnOrTheHotIndex() {
        Matrix x = Matrix.zeros(3, 1);
        assertArrayEquals(new int[] {1, 0, 1}, new Split(x, new Matrix(3, 1, new double[] {1, 0, 1})).labels());
        Matrix oneHot = new Matrix(3, 4, new double[] {
            0, 0, 1, 0,
            1, 0, 0, 0,
            0, 0, 0, 1});
        assertArrayEquals(new int[] {2, 0, 3}, new Split(x, oneHot).labels());
    }
}
