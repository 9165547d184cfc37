package org.initlab.numpy;

/**
 * numpy's legacy global {@code RandomState} ({@code np.random.seed}, {@code rand}, {@code randn}, {@code normal},
 * {@code shuffle}, {@code permutation}, {@code randint}), reproducing its streams bit for bit.
 *
 * <ul>
 *   <li>{@code seed(s)}: MT19937 {@code init_genrand(s)}, {@code 0 <= s < 2^32}; clears the cached Gaussian.</li>
 *   <li>{@code rand()}: the 53-bit double {@code ((a >>> 5) * 2^26 + (b >>> 6)) / 2^53} of two 32-bit draws.</li>
 *   <li>{@code randn()}: Marsaglia's polar method; each accepted pair yields two values, the second cached.</li>
 *   <li>arrays are filled in C order, so {@code randn(r, c)} fills row by row.</li>
 *   <li>{@code shuffle}: Fisher–Yates from the end, each index drawn by mask rejection on 32-bit draws.</li>
 * </ul>
 * The Gaussian's logarithm is the C library's (see {@link NativeLog}). Instances are not thread-safe.
 */
public final class NumpyRandomState {
    /** The largest seed {@code np.random.seed} accepts, 2^32 − 1. */
    public static final long MAX_SEED = 0xffffffffL;

    private final Mt19937 mt;
    private boolean hasGauss;
    private double gauss;

    /** A generator in the state {@code np.random.seed(seed)} leaves. */
    public NumpyRandomState(long seed) {
        checkSeed(seed);
        this.mt = new Mt19937(seed);
    }

    /** {@code np.random.seed(seed)}: re-seeds and forgets any cached Gaussian. */
    public void seed(long seed) {
        checkSeed(seed);
        mt.seed(seed);
        hasGauss = false;
        gauss = 0.0;
    }

    private static void checkSeed(long seed) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("seed " + seed + ": must be between 0 and 2^32 - 1");
        }
    }

    /** The next raw 32-bit draw, as an unsigned value. */
    public long nextUInt32() {
        return mt.next32() & 0xffffffffL;
    }

    /** {@code np.random.rand()}: a double in [0, 1) with 53 random bits. */
    public double rand() {
        long a = (mt.next32() >>> 5) & 0xffffffffL;
        long b = (mt.next32() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** {@code np.random.rand(n)}: {@code n} doubles in [0, 1). */
    public double[] rand(int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = rand();
        }
        return out;
    }

    /** {@code np.random.rand(rows, cols)} in C order (row by row). */
    public double[] rand(int rows, int cols) {
        return rand(Math.multiplyExact(rows, cols));
    }

    /** {@code np.random.randn()}: a standard normal value (legacy polar Gaussian). */
    public double randn() {
        if (hasGauss) {
            hasGauss = false;
            double cached = gauss;
            gauss = 0.0;
            return cached;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * rand() - 1.0;
            x2 = 2.0 * rand() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * NativeLog.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** {@code np.random.randn(n)}. */
    public double[] randn(int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = randn();
        }
        return out;
    }

    /** {@code np.random.randn(rows, cols)} in C order (row by row). */
    public double[] randn(int rows, int cols) {
        return randn(Math.multiplyExact(rows, cols));
    }

    /** Draws and discards {@code n} Gaussians, leaving the state (and cache) exactly as drawing them would. */
    public void skipGaussians(long n) {
        for (long i = 0; i < n; i++) {
            randn();
        }
    }

    /** {@code np.random.normal(loc, scale)} = {@code loc + scale * randn()}. */
    public double normal(double loc, double scale) {
        return loc + scale * randn();
    }

    /** {@code np.random.normal(loc, scale, size=n)}. */
    public double[] normal(double loc, double scale, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = normal(loc, scale);
        }
        return out;
    }

    /**
     * numpy's {@code random_interval(max)}: a uniform integer in [0, max] by mask rejection on 32-bit draws
     * (on 64-bit draws above 2^32 − 1).
     */
    public long randomInterval(long max) {
        if (max < 0) {
            throw new IllegalArgumentException("max " + max + ": must not be negative");
        }
        if (max == 0) {
            return 0;
        }
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask |= mask >>> 32;
        long value;
        if (max <= MAX_SEED) {
            do {
                value = nextUInt32() & mask;
            } while (value > max);
        } else {
            do {
                value = ((nextUInt32() << 32) | nextUInt32()) & mask;
            } while (value > max);
        }
        return value;
    }

    /** {@code np.random.randint(low, high)}: a uniform integer in [low, high). */
    public long randint(long low, long high) {
        if (high <= low) {
            throw new IllegalArgumentException("randint: low " + low + " must be below high " + high);
        }
        return low + randomInterval(high - low - 1);
    }

    /** {@code np.random.shuffle(a)} of a 1-D int array, in place. */
    public void shuffle(int[] a) {
        for (int i = a.length - 1; i >= 1; i--) {
            int j = (int) randomInterval(i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** {@code np.random.permutation(n)}: a shuffled {@code arange(n)}. */
    public int[] permutation(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        shuffle(a);
        return a;
    }
}
