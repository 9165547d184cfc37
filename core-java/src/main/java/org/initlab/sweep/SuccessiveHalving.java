package org.initlab.sweep;

import org.initlab.numpy.NumpyMoments;
import org.initlab.spec.Halving;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The decision after a rung of successive halving: the configurations ranked by the mean of their runs' validation
 * costs across seeds (numpy's {@code mean}), lowest first; a configuration with a diverged run (a NaN cost) ranks
 * after every other; ties keep the sweep's order. The first {@link Halving#kept} of them continue.
 */
public final class SuccessiveHalving {
    private SuccessiveHalving() {
    }

    /**
     * Ranks {@code configurations} after {@code rung}, from the records of their runs ({@code records}: a run's
     * {@link RunTask#id()} to its record, holding every run of every configuration at that rung).
     */
    public static List<RungDecision> decide(Halving halving, int rung, List<Configuration> configurations,
                                            List<Long> seeds, Map<String, RunRecord> records) {
        List<Ranked> ranked = new ArrayList<>();
        for (Configuration c : configurations) {
            double[] costs = new double[seeds.size()];
            for (int i = 0; i < costs.length; i++) {
                RunRecord r = records.get(RunTask.id(c.id(), seeds.get(i), rung));
                if (r == null) {
                    throw new IllegalStateException("no record of " + c.id() + " seed " + seeds.get(i) + " at rung "
                            + rung);
                }
                costs[i] = r.outcome().validationCost();
            }
            ranked.add(new Ranked(c, NumpyMoments.mean(costs)));
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> Double.isNaN(r.cost) ? Double.POSITIVE_INFINITY : r.cost)
                .thenComparing(r -> Double.isNaN(r.cost))
                .thenComparingInt(r -> r.configuration.position()));
        int kept = halving.kept(configurations.size());
        int trained = halving.rungs().get(rung);
        List<RungDecision> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Ranked r = ranked.get(i);
            out.add(new RungDecision(rung, trained, r.configuration, r.cost, i + 1, i < kept));
        }
        return out;
    }

    private record Ranked(Configuration configuration, double cost) {
    }
}
