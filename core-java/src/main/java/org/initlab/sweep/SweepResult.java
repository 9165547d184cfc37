package org.initlab.sweep;

import java.util.List;
import java.util.Map;

/**
 * A sweep's results: every run's record, the halving decisions, and per configuration its summary.
 *
 * @param plan       the sweep, expanded
 * @param records    every record by run id, earlier rungs included
 * @param finals     per configuration and seed, the record of the last rung it reached, in the sweep's order
 * @param decisions  the halving decisions after each rung but the last (empty without halving)
 * @param summaries  per configuration, in the sweep's order
 * @param ran        how many runs ran now
 * @param recorded   how many were recorded before (a resumed sweep) and not run again
 * @param executor   what ran them ({@link SweepExecutor#describe()})
 */
public record SweepResult(SweepPlan plan, Map<String, RunRecord> records, List<RunRecord> finals,
                          List<List<RungDecision>> decisions, List<ConfigSummary> summaries, int ran, int recorded,
                          String executor) {
    public SweepResult {
        records = Map.copyOf(records);
        finals = List.copyOf(finals);
        decisions = decisions.stream().map(List::copyOf).toList();
        summaries = List.copyOf(summaries);
    }

    /**
     * The best configuration, marked in {@link #summaries}: among those that reached the last rung and did not all
     * diverge, the lowest mean validation cost when a validation share is held out, else the highest mean test
     * accuracy; ties go to the lower mean final cost, then to the earlier configuration. Null when every run diverged.
     */
    public ConfigSummary best() {
        return summaries.stream().filter(ConfigSummary::best).findFirst().orElse(null);
    }

    /** The records of configuration {@code id}'s final runs, one per seed. */
    public List<RunRecord> finals(String id) {
        return finals.stream().filter(r -> r.task().configId().equals(id)).toList();
    }
}
