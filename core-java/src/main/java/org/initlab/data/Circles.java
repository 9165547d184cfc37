package org.initlab.data;

import org.initlab.numpy.NativeTrig;
import org.initlab.numpy.NumpyRandomState;

import java.util.List;

/**
 * The course's two-circles data set: scikit-learn's {@code make_circles} driven by numpy's global
 * {@code RandomState}, reproduced bit for bit.
 *
 * <p>{@code make_circles(n, noise, factor)}: with {@code n_out = n / 2} and {@code n_in = n - n_out},
 * the angles are {@code linspace(0, 2π, k, endpoint=False)}, i.e. {@code i * (2π / k)} for {@code i < k}; the outer
 * points are {@code (cos t, sin t)} with label 0, the inner ones {@code factor * (cos t, sin t)} with label 1.
 * The index array {@code arange(n)} is shuffled with the stream, the points and labels are taken in that order, and
 * finally {@code normal(scale=noise, size=(n, 2))} is added in C order (x0, x1 of the first point, then the second…).
 *
 * <p>The course's sets: train = {@code np.random.seed(1); make_circles(300, noise=.05)}, test =
 * {@code np.random.seed(2); make_circles(100, noise=.05)}.
 */
public final class Circles {
    /** The radius of the inner circle relative to the outer one (scikit-learn's default). */
    public static final double FACTOR = 0.8;
    public static final double NOISE = 0.05;
    public static final int TRAIN_SIZE = 300;
    public static final int TEST_SIZE = 100;
    public static final long TRAIN_SEED = 1;
    public static final long TEST_SEED = 2;
    public static final List<String> CLASS_NAMES = List.of("outer", "inner");

    private Circles() {
    }

    /** The course's train (300) and test (100) sets. */
    public static Dataset load() {
        Split train = make(new NumpyRandomState(TRAIN_SEED), TRAIN_SIZE, NOISE, FACTOR);
        Split test = make(new NumpyRandomState(TEST_SEED), TEST_SIZE, NOISE, FACTOR);
        String source = "make_circles(" + TRAIN_SIZE + ", noise=" + NOISE + ") after np.random.seed(" + TRAIN_SEED
                + "), make_circles(" + TEST_SIZE + ", noise=" + NOISE + ") after np.random.seed(" + TEST_SEED + ")";
        return new Dataset("circles", train, test, CLASS_NAMES, source);
    }

    /**
     * {@code make_circles(nSamples, noise, factor)} drawing from {@code rng}: {@code x} is {@code nSamples × 2},
     * {@code y} is {@code nSamples × 1}.
     */
    public static Split make(NumpyRandomState rng, int nSamples, double noise, double factor) {
        if (nSamples < 1) {
            throw new IllegalArgumentException("make_circles needs at least one sample, got " + nSamples);
        }
        int nOut = nSamples / 2;
        int nIn = nSamples - nOut;
        double[] points = new double[2 * nSamples];
        double[] labels = new double[nSamples];
        placeOnCircle(points, 0, nOut, 1.0);
        placeOnCircle(points, nOut, nIn, factor);
        for (int i = nOut; i < nSamples; i++) {
            labels[i] = 1.0;
        }

        int[] order = new int[nSamples];
        for (int i = 0; i < nSamples; i++) {
            order[i] = i;
        }
        rng.shuffle(order);

        double[] noiseValues = rng.normal(0.0, noise, 2 * nSamples);
        double[] x = new double[2 * nSamples];
        double[] y = new double[nSamples];
        for (int i = 0; i < nSamples; i++) {
            int from = order[i];
            x[2 * i] = points[2 * from] + noiseValues[2 * i];
            x[2 * i + 1] = points[2 * from + 1] + noiseValues[2 * i + 1];
            y[i] = labels[from];
        }
        return new Split(new Matrix(nSamples, 2, x), new Matrix(nSamples, 1, y));
    }

    /**
     * Writes {@code count} points of radius {@code radius} at angles {@code linspace(0, 2π, count, endpoint=False)}
     * from row {@code first}. numpy computes those angles as {@code arange(count) * step + 0.0} with
     * {@code step = 2π / count}; multiplying by a radius of 1.0 leaves the outer circle's values unchanged.
     */
    private static void placeOnCircle(double[] points, int first, int count, double radius) {
        double step = 2.0 * Math.PI / count;
        for (int i = 0; i < count; i++) {
            double angle = i * step + 0.0;
            points[2 * (first + i)] = NativeTrig.cos(angle) * radius;
            points[2 * (first + i) + 1] = NativeTrig.sin(angle) * radius;
        }
    }
}
