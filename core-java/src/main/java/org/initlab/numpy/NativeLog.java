package org.initlab.numpy;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/**
 * The C library's natural logarithm, the one numpy's Gaussian calls. Java's {@code Math.log} is correctly rounded
 * in fewer cases than glibc's and differs from it by one ulp in a few draws of 10 000; numpy's streams are only
 * reproduced bit for bit with the C function. Falls back to {@code Math.log} where the library cannot be loaded.
 */
public final class NativeLog {
    private static final boolean NATIVE = register();

    private NativeLog() {
    }

    private static boolean register() {
        if (Boolean.getBoolean("initlab.javaLog")) {
            return false;
        }
        try {
            Native.register(NativeLog.Libm.class, NativeLibrary.getInstance(Platform.MATH_LIBRARY_NAME));
            return Double.compare(Libm.log(2.0), Math.log(2.0)) == 0;
        } catch (Throwable unavailable) {
            return false;
        }
    }

    /** Whether {@link #log(double)} calls the C library (true) or falls back to {@code Math.log}. */
    public static boolean isNative() {
        return NATIVE;
    }

    /** The C library's {@code log(x)}, or {@code Math.log(x)} where it is not available. */
    public static double log(double x) {
        return NATIVE ? Libm.log(x) : Math.log(x);
    }

    /** JNA direct mapping of libm. */
    static final class Libm {
        private Libm() {
        }

        static native double log(double x);
    }
}
