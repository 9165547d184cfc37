package org.initlab.data;

/** 8-bit pixel intensities scaled to [0, 1] as the course and Nielsen do: {@code value / 255.0}. */
final class Pixels {
    /** {@code SCALE[v] == v / 255.0} for every byte value {@code v}. */
    static final double[] SCALE = table();

    private Pixels() {
    }

    private static double[] table() {
        double[] t = new double[256];
        for (int v = 0; v < t.length; v++) {
            t[v] = v / 255.0;
        }
        return t;
    }
}
