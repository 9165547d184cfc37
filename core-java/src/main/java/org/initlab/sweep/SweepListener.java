package org.initlab.sweep;

import java.util.List;

/** What a running sweep reports, for progress bars and logs; every method is called on the sweep's thread. */
public interface SweepListener {
    /** A listener that ignores everything. */
    SweepListener NONE = new SweepListener() {
    };

    /** Before the first run: how many runs the sweep has in all, and how many of them are already recorded. */
    default void started(SweepPlan plan, int runs, int recorded) {
    }

    /** A run finished (and its record is written): {@code done} of {@code runs} are done, recorded ones included. */
    default void finished(RunRecord record, int done, int runs) {
    }

    /** Successive halving decided after a rung. */
    default void decided(List<RungDecision> decisions) {
    }
}
