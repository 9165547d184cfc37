/**
 * Sweeps: a {@link org.initlab.spec.SweepSpec} expanded into runs, run on a local pool or elsewhere, successive
 * halving, and a sweep's resumable result folder.
 *
 * <h2>The seam between a sweep and what runs its runs</h2>
 * <ul>
 * <li>{@link org.initlab.sweep.RunTask}: one run, immutable and {@link java.io.Serializable}, in plain text: its
 * configuration's hash and axis values, every field of its specification as {@link org.initlab.sweep.SpecText}
 * writes them (training length of its rung included), its seed, rung and validation share. {@code task.spec()}
 * rebuilds its {@code ExperimentSpec} on any JVM, from the task alone.
 * <li>{@link org.initlab.sweep.SweepRun#execute(RunTask, SweepData)}: the pure function that runs one task and returns
 * its {@link org.initlab.sweep.RunRecord} ({@code Serializable}): the task, its {@link org.initlab.sweep.RunOutcome}
 * (final cost, train and test accuracy, validation cost, diverged and where, the cost trace, the test accuracy per
 * epoch), the wall time and the worker. A run's only randomness is its own seeded numpy stream, so the outcome is the
 * same bit for bit on one worker, many, or Spark, in any order; {@link org.initlab.sweep.SweepData} only loads each
 * data set once per holder (one per executor, or per JVM) and changes no number. A run that diverges is a record,
 * not a failure; a task that cannot run (bad layer sizes for its data, an unreadable file) throws an
 * {@link org.initlab.io.InputException} naming the field or file.
 * <li>{@link org.initlab.sweep.SweepExecutor}: {@code run(tasks, finished)} runs every task once and hands each record
 * to {@code finished} as soon as it is done, on the calling thread, one at a time (the sweep writes it at once, so a
 * stopped sweep loses only the runs in flight); on a failure it stops handing records over and throws the task's
 * {@code InitLabException}. {@code describe()}, {@code parallelism()}, {@code close()}. The core's implementation is
 * {@link org.initlab.sweep.LocalPool} ({@code --workers N}).
 * <li>Other executors are found with {@link java.util.ServiceLoader}: a {@link org.initlab.sweep.SweepExecutorProvider}
 * named {@code spark}, declared in {@code META-INF/services/org.initlab.sweep.SweepExecutorProvider} of the optional
 * {@code spark} module, opens an executor for a target ({@code local[2]}, {@code spark://HOST:PORT}) and throws an
 * {@code InputException} about the field {@code spark} when the target cannot be reached. The core and the command
 * line compile without it; {@link org.initlab.sweep.SweepExecutors#provider} finds it when its jar is on the class
 * path.
 * </ul>
 */
package org.initlab.sweep;
