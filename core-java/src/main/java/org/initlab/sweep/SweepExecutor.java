package org.initlab.sweep;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a sweep's runs: the local pool ({@link LocalPool}) or a runner found by {@link SweepExecutors} (Spark). Each
 * run is {@link SweepRun#execute}d from its {@link RunTask} alone, so every executor gives the same numbers
 * ({@link RunOutcome}) bit for bit; an executor only decides where and when each run happens.
 *
 * <p>The contract of {@link #run}:
 * <ul>
 * <li>every task is run once and its record handed to {@code finished} as soon as it is done, in any order;
 * <li>{@code finished} is called on the thread that called {@code run}, one record at a time, so that it can write each
 * record before the next arrives (a sweep that is stopped then loses only the runs in flight);
 * <li>{@code run} returns when every record has been handed over;
 * <li>when a task fails (an exception from {@link SweepRun#execute}, a lost worker that cannot be replaced), no more
 * records are handed over, the runs in flight are abandoned, and {@code run} throws: the task's own exception when it
 * is an {@link org.initlab.io.InitLabException}, which names what was wrong, else one that says which task failed;
 * <li>when {@code finished} throws, {@code run} stops the same way and throws that exception.
 * </ul>
 * An executor may be used for several calls of {@code run} (one per rung of successive halving) and is closed once.
 */
public interface SweepExecutor extends AutoCloseable {
    /** What runs the runs, for the user: {@code local pool, 2 workers}, {@code Spark local[2]}. */
    String describe();

    /** How many runs it runs at once (at most this many are lost when a sweep is stopped). */
    int parallelism();

    /** Runs {@code tasks}, handing each finished run's record to {@code finished}; see the contract above. */
    void run(List<RunTask> tasks, Consumer<RunRecord> finished);

    /** Lets go of the workers (threads, a Spark context). */
    @Override
    void close();
}
