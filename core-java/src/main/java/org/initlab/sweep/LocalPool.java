package org.initlab.sweep;

import org.initlab.io.InitLabException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The local pool: {@code workers} threads of this JVM, each running one {@link RunTask} at a time, handed out in the
 * tasks' order. Data sets are loaded once per pool ({@link SweepData}).
 */
public final class LocalPool implements SweepExecutor {
    private final int workers;
    private final SweepData data = new SweepData();
    private final ExecutorService pool;
    private final BiFunction<RunTask, SweepData, RunRecord> execute;

    /** @throws org.initlab.io.InputException about {@code workers} when it is not positive */
    public LocalPool(int workers) {
        this(workers, SweepRun::execute);
    }

    /** A pool that runs each task with {@code execute} (a test's stand-in for {@link SweepRun#execute}). */
    LocalPool(int workers, BiFunction<RunTask, SweepData, RunRecord> execute) {
        if (workers < 1) {
            throw org.initlab.io.InputException.of("workers", workers, "must be positive");
        }
        this.execute = execute;
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
        Map<Future<RunRecord>, RunTask> submitted = new LinkedHashMap<>();
        for (RunTask t : tasks) {
            submitted.put(done.submit(() -> execute.apply(t, data)), t);
        }
        boolean complete = false;
        try {
            for (int i = 0; i < tasks.size(); i++) {
                finished.accept(next(done, submitted));
            }
            complete = true;
        } finally {
            if (!complete) {
                submitted.keySet().forEach(f -> f.cancel(true));
            }
        }
    }

    /**
     * The next finished run's record. A run that failed throws its own exception when it is InitLab's (bad input in
     * the run's specification, say), else one that names the run.
     */
    private static RunRecord next(CompletionService<RunRecord> done, Map<Future<RunRecord>, RunTask> submitted) {
        Future<RunRecord> f;
        try {
            f = done.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        }
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InitLabException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("run " + submitted.get(f).id() + " failed: " + cause, cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
