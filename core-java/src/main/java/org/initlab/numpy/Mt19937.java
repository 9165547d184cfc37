package org.initlab.numpy;

/**
 * The MT19937 generator with {@code init_genrand} seeding, as numpy's legacy {@code RandomState} uses it.
 *
 * <p>commons-math3's {@code MersenneTwister(int)} is the same core for seeds below 2^31, but sign-extends larger
 * ones ({@code np.random.seed} accepts 0 to 2^32 − 1), so the core is written out here.
 */
final class Mt19937 {
    private static final int N = 624;
    private static final int M = 397;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;
    private static final int MATRIX_A = 0x9908b0df;

    private final int[] mt = new int[N];
    private int mti;

    Mt19937(long seed) {
        seed(seed);
    }

    /** {@code init_genrand(s)}: the state numpy's {@code seed(s)} sets for an integer seed. */
    void seed(long seed) {
        long s = seed & 0xffffffffL;
        mt[0] = (int) s;
        for (int i = 1; i < N; i++) {
            s = (1812433253L * (s ^ (s >>> 30)) + i) & 0xffffffffL;
            mt[i] = (int) s;
        }
        mti = N;
    }

    /** The next 32-bit draw, as an int whose bits are numpy's unsigned value. */
    int next32() {
        if (mti >= N) {
            twist();
        }
        int y = mt[mti++];
        y ^= (y >>> 11);
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= (y >>> 18);
        return y;
    }

    private void twist() {
        int kk = 0;
        for (; kk < N - M; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        for (; kk < N - 1; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        mti = 0;
    }
}
