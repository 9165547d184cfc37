package org.initlab.spark;

import org.initlab.sweep.RunRecord;
import org.initlab.sweep.RunTask;
import org.initlab.sweep.SweepData;
import org.initlab.sweep.SweepExecutor;
import org.initlab.sweep.SweepRun;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a sweep's runs as Spark tasks, one run to a task: the same {@link SweepRun#execute} as the local pool, on
 * Spark's executors, so the records are the pool's bit for bit. Each record is handed over as its task finishes
 * ({@link SparkTasks}), so a sweep stopped halfway, or whose executor was lost, keeps every finished run.
 */
public final class SparkSweepExecutor implements SweepExecutor {
    private final SparkRuntime runtime;
    private final String description;
    private final int slots;

    SparkSweepExecutor(SparkRuntime runtime, String description) {
        this.runtime = runtime;
        this.description = description;
        this.slots = runtime.slots();
    }

    @Override
    public String describe() {
        return description + ", " + parallelism() + " task slot" + (parallelism() == 1 ? "" : "s");
    }

    @Override
    public int parallelism() {
        return slots;
    }

    @Override
    public void run(List<RunTask> tasks, Consumer<RunRecord> finished) {
        SparkTasks.run(runtime.context(), tasks, new Execute(), (task, record) -> finished.accept(record));
    }

    @Override
    public void close() {
        runtime.close();
    }

    /** A task on an executor: the run, its data sets loaded once per executor JVM. */
    private static final class Execute implements SparkTasks.Work<RunTask, RunRecord> {
        private static final long serialVersionUID = 1L;

        @Override
        public RunRecord apply(RunTask task) {
            return SweepRun.execute(task, ExecutorData.DATA);
        }
    }

    /** The data sets of the runs in this JVM: immutable once loaded, so sharing them changes no result. */
    private static final class ExecutorData {
        static final SweepData DATA = new SweepData();
    }
}
