package org.initlab.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The local pool: {@code workers} threads of this JVM, each running one {@link RunTask} at a time, handed out in the
 * tasks' order. Data sets are loaded once per pool ({@link SweepData}).
 */
public final class LocalPool implements SweepExecutor {
    private final int workers;
    private final SweepData data = new SweepData();
    private final ExecutorService pool;

    /** @throws org.initlab.io.InputException about {@code workers} when it is not positive */
    public LocalPool(int workers) {
        if (workers < 1) {
            throw org.initlab.io.InputException.of("workers", workers, "must be positive");
        }
        this.workers = workers;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "initlab-sweep-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A pool of one worker per core. */
    public static LocalPool perCore() {
        return new LocalPool(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public String describe() {
        return "local pool, " + workers + " worker" + (workers == 1 ? "" : "s");
    }

    @Override
    public int parallelism() {
        return workers;
    }

    @Override
    public void run(List<RunTask> tasks, Consumer<RunRecord> finished) {
        CompletionService<RunRecord> done = new ExecutorCompletionService<>(pool);
        List<Future<RunRecord>> submitted = new ArrayList<>(tasks.size());
        for (RunTask t : tasks) {
            submitted.add(done.submit(() -> SweepRun.execute(t, data)));
        }
        boolean complete = false;
        try {
            for (int i = 0; i < tasks.size(); i++) {
                finished.accept(next(done));
            }
            complete = true;
        } finally {
            if (!complete) {
                submitted.forEach(f -> f.cancel(true));
            }
        }
    }

    private static RunRecord next(CompletionService<RunRecord> done) {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("a run failed: " + cause, cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
