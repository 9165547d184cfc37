package org.initlab.train.fast;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Splits a loop over {@code [0, n)} into one contiguous part per core and runs the parts at once. Callers give each
 * part its own output elements and compute every element entirely inside one part, so the results do not depend on
 * how many parts there are or which finishes first.
 */
final class Parallel implements AutoCloseable {
    /** One part of a loop: the indices {@code [from, to)}. */
    @FunctionalInterface
    interface Body {
        void run(int from, int to);
    }

    private final int parts;
    private final ExecutorService pool;

    /** Uses up to {@code parts} threads (the calling one included); 1 runs everything on the caller. */
    Parallel(int parts) {
        this.parts = Math.max(1, parts);
        this.pool = this.parts == 1 ? null : Executors.newFixedThreadPool(this.parts - 1, r -> {
            Thread t = new Thread(r, "initlab-fast");
            t.setDaemon(true);
            return t;
        });
    }

    /** As many parts as the machine has cores. */
    static Parallel perCore() {
        return new Parallel(Runtime.getRuntime().availableProcessors());
    }

    /** Runs {@code body} over {@code [0, n)}: part {@code p} of {@code P} covers {@code [p·n/P, (p+1)·n/P)}. */
    void run(int n, Body body) {
        int p = Math.min(parts, n);
        if (p <= 1) {
            body.run(0, n);
            return;
        }
        Future<?>[] others = new Future<?>[p - 1];
        for (int part = 1; part < p; part++) {
            int from = (int) ((long) part * n / p);
            int to = (int) ((long) (part + 1) * n / p);
            others[part - 1] = pool.submit(() -> body.run(from, to));
        }
        body.run(0, (int) ((long) n / p));
        for (Future<?> f : others) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while training", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
