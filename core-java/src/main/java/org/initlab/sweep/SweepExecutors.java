package org.initlab.sweep;

import java.util.Optional;
import java.util.ServiceLoader;

/** The executors a sweep can run on: the local pool, and the runners on the class path ({@link SweepExecutorProvider}). */
public final class SweepExecutors {
    private SweepExecutors() {
    }

    /** The local pool of {@code workers} threads. */
    public static SweepExecutor local(int workers) {
        return new LocalPool(workers);
    }

    /** The runner called {@code name} ({@code spark}) on the class path, if there is one. */
    public static Optional<SweepExecutorProvider> provider(String name) {
        for (SweepExecutorProvider p : ServiceLoader.load(SweepExecutorProvider.class,
                SweepExecutors.class.getClassLoader())) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
