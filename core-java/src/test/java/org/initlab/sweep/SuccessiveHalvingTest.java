package org.initlab.sweep;

import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.Halving;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Halving's decisions on a constructed case: known validation costs, known survivors. */
class SuccessiveHalvingTest {
    private static final List<Long> SEEDS = List.of(1L, 2L);

    /** Configuration {@code name} at position {@code p} whose two seeds had validation costs {@code a} and {@code b}. */
    private static Configuration config(int p, String name, double a, double b, Map<String, RunRecord> records) {
        Configuration c = new Configuration(p, p, name, List.of(), List.of(new Setting("init", name)),
                ExperimentSpec.builder().build());
        double[] costs = {a, b};
        for (int i = 0; i < 2; i++) {
            RunTask t = new RunTask(name, c.axes(), List.of(), SEEDS.get(i), 0, 0.2);
            RunOutcome o = new RunOutcome(0.5, 0.9, 0.9, costs[i], Double.isNaN(costs[i]), -1,
                    new CostTrace(new long[0], new double[0]), new double[0]);
            records.put(t.id(), new RunRecord(t, o, 1.0, "test"));
        }
        return c;
    }

    @Test
    void theBestThirdByMeanValidationCostGoesOn() {
        Map<String, RunRecord> records = new HashMap<>();
        List<Configuration> cs = new ArrayList<>();
        cs.add(config(0, "a", 0.50, 0.70, records));          // mean 0.60
        cs.add(config(1, "b", 0.20, 0.40, records));          // mean 0.30: best
        cs.add(config(2, "c", 0.10, Double.NaN, records));    // one seed diverged: last
        cs.add(config(3, "d", 0.35, 0.35, records));          // mean 0.35
        cs.add(config(4, "e", 0.40, 0.30, records));          // mean 0.35: ties with d, d came first
        cs.add(config(5, "f", 0.90, 0.10, records));          // mean 0.50
        cs.add(config(6, "g", 1.00, 1.00, records));
        List<RungDecision> d = SuccessiveHalving.decide(new Halving(3, List.of(10, 30)), 0, cs, SEEDS, records);
        assertEquals(List.of("b", "d", "e", "f", "a", "g", "c"), d.stream().map(x -> x.configuration().id()).toList());
        assertEquals(List.of(true, true, false, false, false, false, false),
                d.stream().map(RungDecision::continued).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), d.stream().map(RungDecision::rank).toList());
        assertEquals(0.3, d.get(0).meanValidationCost(), 1e-15);
        assertTrue(Double.isNaN(d.get(6).meanValidationCost()));
        assertEquals(10, d.get(0).trained());
    }

    @Test
    void atLeastOneGoesOnAndHalvingNeedsEveryRecord() {
        Halving h = new Halving(3, List.of(10, 30));
        assertEquals(1, h.kept(2));
        assertEquals(1, h.kept(5));
        assertEquals(2, h.kept(6));
        assertEquals(3, new Halving(2, List.of(1, 2)).kept(7));
        Map<String, RunRecord> records = new HashMap<>();
        List<Configuration> cs = List.of(config(0, "a", 1, 2, records), config(1, "b", 3, 4, records));
        assertEquals(List.of("a"), SuccessiveHalving.decide(h, 0, cs, SEEDS, records).stream()
                .filter(RungDecision::continued).map(x -> x.configuration().id()).toList());
        records.remove(RunTask.id("b", 2, 0));
        assertThrows(IllegalStateException.class, () -> SuccessiveHalving.decide(h, 0, cs, SEEDS, records));
    }
}
