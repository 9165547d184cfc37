package org.initlab.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * One experiment's line of the report: the median of each side's times over the repeats, the ratios of the medians,
 * the goals, and the largest relative difference any repeat showed between InitLab's numbers and numpy's.
 *
 * @param pairing  the experiment
 * @param samples  the repeats
 * @param work     the model's floating-point operations and the floor they set on this machine, when known
 */
public record Row(Pairing pairing, List<Sample> samples, Work work) {
    /** The tolerance on {@link #maxRelativeDifference} for InitLab and the peer to count as the same computation. */
    public static final double AGREEMENT_TOLERANCE = 1e-9;

    public Row {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples for " + pairing.name());
        }
        samples = List.copyOf(samples);
    }

    /** Summarizes the repeats of {@code pairing}; there must be at least one. */
    public static Row of(Pairing pairing, List<Sample> samples) {
        return new Row(pairing, samples, null);
    }

    /** The same row with the work of its experiment. */
    public Row withWork(Work w) {
        return new Row(pairing, samples, w);
    }

    /** The median training time of {@code side} over the repeats it ran in; empty when it never ran. */
    public OptionalDouble training(Side side) {
        return median(s -> s.times().containsKey(side) ? s.times().get(side).training() : Double.NaN);
    }

    /** The median whole-process time of {@code side}; empty when it was not measured. */
    public OptionalDouble process(Side side) {
        return median(s -> s.times().containsKey(side) ? s.times().get(side).process() : Double.NaN);
    }

    /** The median of InitLab's warm-JVM training times; empty when none was taken. */
    public OptionalDouble initlabWarm() {
        return median(Sample::initlabWarm);
    }

    private OptionalDouble median(ToDoubleFunction<Sample> f) {
        List<Double> values = samples.stream().map(f::applyAsDouble).filter(v -> !Double.isNaN(v)).toList();
        return values.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Median.of(values));
    }

    public double numpyTraining() {
        return training(Side.NUMPY).orElse(Double.NaN);
    }

    public double initlabTraining() {
        return training(Side.INITLAB).orElse(Double.NaN);
    }

    public double numpyProcess() {
        return process(Side.NUMPY).orElse(Double.NaN);
    }

    public double initlabProcess() {
        return process(Side.INITLAB).orElse(Double.NaN);
    }

    /** InitLab's training time over {@code peer}'s; empty when the peer did not run. */
    public OptionalDouble ratio(Side peer) {
        OptionalDouble theirs = training(peer);
        return theirs.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(initlabTraining() / theirs.getAsDouble());
    }

    /** InitLab's training time over numpy's. */
    public double trainingRatio() {
        return initlabTraining() / numpyTraining();
    }

    /** InitLab's whole process time over numpy's. */
    public double processRatio() {
        return initlabProcess() / numpyProcess();
    }

    /** Whether the training ratio is within its goal. */
    public boolean meetsTrainingGoal() {
        return trainingRatio() <= pairing.trainingGoal();
    }

    /** Whether the process ratio is within its goal; true where the experiment has none. */
    public boolean meetsProcessGoal() {
        return pairing.processGoal().isEmpty() || processRatio() <= pairing.processGoal().getAsDouble();
    }

    /** The largest relative difference over the repeats. */
    public double maxRelativeDifference() {
        return samples.stream().mapToDouble(Sample::maxRelativeDifference).max().orElseThrow();
    }

    /** The fewest leading numbers that agreed in any repeat. */
    public int agreeing() {
        return samples.stream().mapToInt(Sample::agreeing).min().orElseThrow();
    }

    /** The most numbers compared in any repeat. */
    public int compared() {
        return samples.stream().mapToInt(Sample::compared).max().orElseThrow();
    }

    /** Whether InitLab printed the peer's numbers to within {@link #AGREEMENT_TOLERANCE}. */
    public boolean agrees() {
        return maxRelativeDifference() <= AGREEMENT_TOLERANCE;
    }

    /** The row as JSON-ready values, its samples included. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("experiment", pairing.name());
        m.put("peer_experiment", pairing.peerName());
        for (Side s : Side.values()) {
            put(m, s.key() + "_training_seconds", training(s));
            put(m, s.key() + "_process_seconds", process(s));
        }
        put(m, "initlab_warm_training_seconds", initlabWarm());
        m.put("training_ratio", trainingRatio());
        put(m, "training_ratio_torch", ratio(Side.TORCH));
        put(m, "training_ratio_dl4j", ratio(Side.DL4J));
        m.put("training_goal", pairing.trainingGoal());
        m.put("training_goal_met", meetsTrainingGoal());
        m.put("process_ratio", processRatio());
        pairing.processGoal().ifPresent(g -> {
            m.put("process_goal", g);
            m.put("process_goal_met", meetsProcessGoal());
        });
        if (work != null) {
            m.put("work", work.toMap(initlabTraining()));
        }
        m.put("max_relative_difference", maxRelativeDifference());
        m.put("agrees", agrees());
        m.put("agreeing", agreeing());
        m.put("compared", compared());
        m.put("chaotic", pairing.chaotic());
        m.put("samples", samples.stream().map(Sample::toMap).toList());
        return m;
    }

    private static void put(Map<String, Object> m, String key, OptionalDouble v) {
        m.put(key, v.isPresent() ? v.getAsDouble() : null);
    }
}
