package org.initlab.numpy;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/**
 * The C library's {@code sin} and {@code cos}, the functions numpy's {@code np.sin}/{@code np.cos} call for
 * float64. On x86-64 HotSpot's {@code Math.sin}/{@code Math.cos} agree with glibc on every angle the course's
 * circles use, but {@code StrictMath} (fdlibm) differs by one ulp on several of them and other platforms give no
 * guarantee, so the circles are generated with the C functions where they can be loaded and with {@code Math}
 * otherwise (or when the system property {@code initlab.javaTrig} is {@code true}).
 */
public final class NativeTrig {
    private static final boolean NATIVE = register();

    private NativeTrig() {
    }

    private static boolean register() {
        if (Boolean.getBoolean("initlab.javaTrig")) {
            return false;
        }
        try {
            Native.register(Libm.class, NativeLibrary.getInstance(Platform.MATH_LIBRARY_NAME));
            return Double.compare(Libm.cos(0.0), 1.0) == 0 && Double.compare(Libm.sin(0.0), 0.0) == 0;
        } catch (Throwable unavailable) {
            return false;
        }
    }

    /** Whether {@link #sin} and {@link #cos} call the C library (true) or fall back to {@code Math}. */
    public static boolean isNative() {
        return NATIVE;
    }

    public static double sin(double x) {
        return NATIVE ? Libm.sin(x) : Math.sin(x);
    }

    public static double cos(double x) {
        return NATIVE ? Libm.cos(x) : Math.cos(x);
    }

    /** JNA direct mapping of libm. */
    static final class Libm {
        private Libm() {
        }

        static native double sin(double x);

        static native double cos(double x);
    }
}
