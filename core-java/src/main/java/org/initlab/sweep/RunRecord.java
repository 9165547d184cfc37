package org.initlab.sweep;

import java.io.Serializable;
import java.util.Objects;

/**
 * A finished run: its task, its numbers, and how it went where it ran. Only {@link #outcome} is a result; the wall
 * time and the worker are provenance, and differ from one execution to the next.
 *
 * @param task    what ran
 * @param outcome its numbers, the same bit for bit wherever it ran
 * @param seconds wall time of the whole run: loading or taking its data, fitting a data-dependent initializer,
 *                training and scoring
 * @param worker  where it ran, {@code pid@host}
 */
public record RunRecord(RunTask task, RunOutcome outcome, double seconds, String worker) implements Serializable {
    private static final long serialVersionUID = 1L;

    public RunRecord {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(worker, "worker");
    }
}
