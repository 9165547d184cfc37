package org.initlab.train.fast;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the parts of many small loops on the calling thread and one helper thread, for work of a few microseconds a
 * loop (a mini-batch step), where handing a task to a pool costs more than the task. The helper waits for work by
 * spinning for a while, then sleeps until woken. Each part is claimed by one thread, the caller included, so a helper
 * that is not running (a busy machine) delays nothing: the caller takes every part nobody has claimed. Callers give
 * each part its own output elements and compute every element inside one part, so the results do not depend on who
 * runs which part.
 *
 * <p>While more than one pair is open in the JVM (a sweep's runs on a local pool, which already keep the cores busy),
 * every helper sleeps instead of spinning and the callers run their loops alone.
 *
 * <p>One caller at a time; {@link #close} stops the helper.
 */
final class SpinPair implements AutoCloseable {
    /** One part of a loop. */
    @FunctionalInterface
    interface Body {
        void run(int part);
    }

    /** How many pairs are open in this JVM: their helpers help only while it is one. */
    private static final AtomicInteger OPEN = new AtomicInteger();
    /** Some 100 µs of spinning before the helper sleeps. */
    private static final int SPINS = 1 << 11;

    private final Thread helper;
    /** The current loop's number (high 32 bits) and its next unclaimed part (low 32 bits). */
    private final AtomicLong ticket = new AtomicLong();
    private final AtomicInteger done = new AtomicInteger();
    private volatile Body body;
    private volatile int parts;
    private volatile boolean sleeping;
    private volatile boolean closed;
    private volatile RuntimeException failure;

    private SpinPair() {
        OPEN.incrementAndGet();
        helper = new Thread(this::help, "initlab-fast-helper");
        helper.setDaemon(true);
        helper.start();
    }

    /** A pair when the machine has at least two cores, else null (run the loops on the caller). */
    static SpinPair ifCores() {
        return Runtime.getRuntime().availableProcessors() >= 2 ? new SpinPair() : null;
    }

    /** Runs {@code body} for every part in {@code [0, n)}, each once, and returns when all have run. */
    void run(int n, Body b) {
        long last = ticket.get() >>> 32;
        // Closes the last loop to a helper that read its ticket but not yet its size: its claim then fails.
        ticket.set(last << 32 | Integer.MAX_VALUE);
        body = b;
        parts = n;
        done.set(0);
        long loop = last + 1;
        ticket.set(loop << 32);
        if (sleeping) {
            LockSupport.unpark(helper);
        }
        work(loop);
        while (done.get() < n) {
            Thread.onSpinWait();
        }
        RuntimeException f = failure;
        if (f != null) {
            failure = null;
            throw f;
        }
    }

    /** Runs parts of loop {@code loop} while there are unclaimed ones. */
    private void work(long loop) {
        while (true) {
            long t = ticket.get();
            if (t >>> 32 != loop) {
                return;
            }
            int part = (int) t;
            if (part >= parts) {
                return;
            }
            if (!ticket.compareAndSet(t, t + 1)) {
                continue;
            }
            // Claimed: the loop cannot end before this part is done, so body is still this loop's.
            try {
                body.run(part);
            } catch (RuntimeException | Error e) {
                failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            done.incrementAndGet();
        }
    }

    private void help() {
        long seen = 0;
        while (!closed) {
            if (OPEN.get() > 1) {
                LockSupport.parkNanos(this, 1_000_000L);
                continue;
            }
            long loop = ticket.get() >>> 32;
            if (loop == seen) {
                int spins = 0;
                while ((loop = ticket.get() >>> 32) == seen && !closed && spins++ < SPINS) {
                    Thread.onSpinWait();
                }
                if (loop == seen) {
                    sleeping = true;
                    if (ticket.get() >>> 32 == seen && !closed) {
                        LockSupport.parkNanos(this, 1_000_000L);
                    }
                    sleeping = false;
                    continue;
                }
            }
            seen = loop;
            work(loop);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        OPEN.decrementAndGet();
        closed = true;
        LockSupport.unpark(helper);
    }
}
