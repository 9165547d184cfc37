package org.initlab.sweep;

/**
 * A runner of sweeps that lives outside the core (the optional {@code spark} module), found at run time with
 * {@link java.util.ServiceLoader} ({@link SweepExecutors#provider}): a jar declares its class in
 * {@code META-INF/services/org.initlab.sweep.SweepExecutorProvider}. Tools built on the core then compile without it.
 */
public interface SweepExecutorProvider {
    /** The runner's name, as the tools call it: {@code spark}. Also the field its errors name. */
    String name();

    /**
     * An executor running on {@code target} (for Spark, a master URL: {@code local[2]}, {@code spark://HOST:PORT}).
     *
     * @throws org.initlab.io.InputException about the field {@link #name()} when {@code target} is malformed or cannot
     *                                       be reached
     */
    SweepExecutor open(String target);
}
