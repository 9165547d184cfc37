package org.initlab.sweep;

import org.initlab.io.InputException;
import org.initlab.spec.SweepSpec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a sweep rung by rung on an executor, writing each run's record into its folder as soon as it is done; the runs
 * a folder already holds are not run again. With successive halving, after each rung the best configurations go on
 * ({@link SuccessiveHalving}); a run that goes on to a longer rung is trained again from the start for the longer
 * length, with the same seed, so its numbers are exactly those of a run trained that long directly.
 */
public final class Sweeps {
    private Sweeps() {
    }

    /** Plans {@code spec} and runs it on {@code executor} without a folder. */
    public static SweepResult run(SweepSpec spec, SweepExecutor executor) {
        return run(SweepPlan.of(spec, new SweepData()), executor, null, SweepListener.NONE);
    }

    /**
     * Runs {@code plan} on {@code executor}, writing into {@code folder} (null for none) and reporting to
     * {@code listener}.
     *
     * @throws InputException when a record in the folder is not the run the plan has under its name
     */
    public static SweepResult run(SweepPlan plan, SweepExecutor executor, SweepFolder folder, SweepListener listener) {
        return run(plan, executor, folder == null ? Map.of() : folder.recorded(),
                folder == null ? null : folder.dir().resolve(SweepFolder.RUNS), r -> {
                    if (folder != null) {
                        folder.write(r);
                    }
                }, listener);
    }

    /**
     * The results of a complete sweep from its records alone, running nothing.
     *
     * @throws InputException naming {@code where} when a run is not recorded
     */
    public static SweepResult results(SweepPlan plan, Map<String, RunRecord> records, java.nio.file.Path where) {
        SweepExecutor none = new SweepExecutor() {
            @Override
            public String describe() {
                return "records";
            }

            @Override
            public int parallelism() {
                return 1;
            }

            @Override
            public void run(List<RunTask> tasks, java.util.function.Consumer<RunRecord> finished) {
                if (!tasks.isEmpty()) {
                    throw new InputException(where + ": the sweep is not complete (" + tasks.size() + " runs of "
                            + (tasks.get(0).rung() + 1 > 1 ? "rung " + (tasks.get(0).rung() + 1) : "it")
                            + " are not recorded, " + tasks.get(0).id() + " first); resume it with the same folder");
                }
            }

            @Override
            public void close() {
            }
        };
        return run(plan, none, records, where, r -> { }, SweepListener.NONE);
    }

    private static SweepResult run(SweepPlan plan, SweepExecutor executor, Map<String, RunRecord> recorded,
                                   java.nio.file.Path where, java.util.function.Consumer<RunRecord> writer,
                                   SweepListener listener) {
        SweepSpec spec = plan.spec();
        Map<String, RunRecord> records = new HashMap<>(recorded);
        int total = spec.runsPerRung().stream().mapToInt(Integer::intValue).sum();
        int before = records.size();
        listener.started(plan, total, before);
        int[] done = {before};
        int ran = 0;
        List<Configuration> survivors = plan.configurations();
        List<List<RungDecision>> decisions = new ArrayList<>();
        Map<String, Integer> reached = new LinkedHashMap<>();
        for (int rung = 0; rung < spec.rungCount(); rung++) {
            List<RunTask> tasks = plan.tasks(rung, survivors);
            List<RunTask> todo = new ArrayList<>();
            for (RunTask t : tasks) {
                RunRecord r = records.get(t.id());
                if (r == null) {
                    todo.add(t);
                } else if (!r.task().equals(t)) {
                    throw new InputException((where == null ? "" : where + "/")
                            + t.id() + ".json: is not the run this sweep has under that name (changed by hand, or "
                            + "written by another version of InitLab)");
                }
            }
            executor.run(todo, r -> {
                writer.accept(r);
                records.put(r.task().id(), r);
                done[0]++;
                listener.finished(r, done[0], total);
            });
            ran += todo.size();
            for (Configuration c : survivors) {
                reached.put(c.id(), rung);
            }
            if (rung + 1 < spec.rungCount()) {
                List<RungDecision> d = SuccessiveHalving.decide(spec.halving(), rung, survivors, spec.seeds(), records);
                decisions.add(d);
                listener.decided(d);
                survivors = d.stream().filter(RungDecision::continued).map(RungDecision::configuration)
                        .sorted(Comparator.comparingInt(Configuration::position)).toList();
            }
        }
        List<RunRecord> finals = new ArrayList<>();
        List<ConfigSummary> summaries = new ArrayList<>();
        for (Configuration c : plan.configurations()) {
            int rung = reached.get(c.id());
            List<RunRecord> runs = new ArrayList<>();
            for (long seed : spec.seeds()) {
                runs.add(records.get(RunTask.id(c.id(), seed, rung)));
            }
            finals.addAll(runs);
            summaries.add(summary(c, rung, runs, false));
        }
        return new SweepResult(plan, records, finals, decisions, markBest(summaries, spec), ran, before,
                executor.describe());
    }

    private static ConfigSummary summary(Configuration c, int rung, List<RunRecord> runs, boolean best) {
        int n = runs.size();
        double[] cost = new double[n];
        double[] train = new double[n];
        double[] test = new double[n];
        double[] validation = new double[n];
        int diverged = 0;
        for (int i = 0; i < n; i++) {
            RunOutcome o = runs.get(i).outcome();
            cost[i] = o.finalCost();
            train[i] = o.trainAccuracy();
            test[i] = o.testAccuracy();
            validation[i] = o.validationCost();
            diverged += o.diverged() ? 1 : 0;
        }
        return new ConfigSummary(c, rung, runs.get(0).task().trained(), n, diverged, Stat.of(cost), Stat.of(train),
                Stat.of(test), Stat.of(validation), best);
    }

    private static List<ConfigSummary> markBest(List<ConfigSummary> summaries, SweepSpec spec) {
        int last = summaries.stream().mapToInt(ConfigSummary::rung).max().orElse(0);
        boolean byValidation = spec.validationFraction() > 0;
        Comparator<ConfigSummary> order = byValidation
                ? Comparator.comparingDouble(s -> s.validationCost().mean())
                : Comparator.comparingDouble(s -> -s.testAccuracy().mean());
        order = order.thenComparingDouble(s -> s.finalCost().mean())
                .thenComparingInt(s -> s.configuration().position());
        ConfigSummary best = summaries.stream().filter(s -> s.rung() == last && s.diverged() < s.runs())
                .filter(s -> !Double.isNaN(byValidation ? s.validationCost().mean() : s.testAccuracy().mean()))
                .min(order).orElse(null);
        List<ConfigSummary> out = new ArrayList<>();
        for (ConfigSummary s : summaries) {
            out.add(s == best ? new ConfigSummary(s.configuration(), s.rung(), s.trained(), s.runs(), s.diverged(),
                    s.finalCost(), s.trainAccuracy(), s.testAccuracy(), s.validationCost(), true) : s);
        }
        return out;
    }
}
