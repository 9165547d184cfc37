package org.initlab.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One experiment's line of the report: the median of each time over the repeats, the ratios of the medians, and
 * the largest relative difference any repeat showed.
 *
 * @param pairing               the experiment
 * @param samples               the repeats
 * @param numpyTraining         median peer training seconds
 * @param initlabTraining       median InitLab training seconds
 * @param initlabProcess        median whole-process seconds of InitLab
 * @param numpyProcess          median whole-process seconds of the peer
 * @param maxRelativeDifference the largest over the repeats
 * @param agreeing              the fewest leading numbers that agreed in any repeat
 * @param compared              the most numbers compared in any repeat
 */
public record Row(Pairing pairing, List<Sample> samples, double numpyTraining, double initlabTraining,
                  double initlabProcess, double numpyProcess, double maxRelativeDifference, int agreeing,
                  int compared) {
    /** The tolerance on {@link #maxRelativeDifference} for InitLab and the peer to count as the same computation. */
    public static final double AGREEMENT_TOLERANCE = 1e-9;

    public Row {
        samples = List.copyOf(samples);
    }

    /** Summarizes the repeats of {@code pairing}; there must be at least one. */
    public static Row of(Pairing pairing, List<Sample> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples for " + pairing.name());
        }
        return new Row(pairing, samples, median(samples, Sample::numpyTraining),
                median(samples, Sample::initlabTraining), median(samples, Sample::initlabProcess),
                median(samples, Sample::numpyProcess),
                samples.stream().mapToDouble(Sample::maxRelativeDifference).max().orElseThrow(),
                samples.stream().mapToInt(Sample::agreeing).min().orElseThrow(),
                samples.stream().mapToInt(Sample::compared).max().orElseThrow());
    }

    private static double median(List<Sample> samples, ToDoubleFunction<Sample> f) {
        return Median.of(samples.stream().map(s -> f.applyAsDouble(s)).toList());
    }

    /** InitLab's training time over the peer's. */
    public double trainingRatio() {
        return initlabTraining / numpyTraining;
    }

    /** InitLab's whole process time over the peer's. */
    public double processRatio() {
        return initlabProcess / numpyProcess;
    }

    /** Whether the training ratio is within its goal. */
    public boolean meetsTrainingGoal() {
        return trainingRatio() <= pairing.trainingGoal();
    }

    /** Whether the process ratio is within its goal; true where the experiment has none. */
    public boolean meetsProcessGoal() {
        return pairing.processGoal().isEmpty() || processRatio() <= pairing.processGoal().getAsDouble();
    }

    /** Whether InitLab printed the peer's numbers to within {@link #AGREEMENT_TOLERANCE}. */
    public boolean agrees() {
        return maxRelativeDifference <= AGREEMENT_TOLERANCE;
    }

    /** The row as JSON-ready values, its samples included. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("experiment", pairing.name());
        m.put("peer_experiment", pairing.peerName());
        m.put("numpy_training_seconds", numpyTraining);
        m.put("initlab_training_seconds", initlabTraining);
        m.put("training_ratio", trainingRatio());
        m.put("training_goal", pairing.trainingGoal());
        m.put("training_goal_met", meetsTrainingGoal());
        m.put("initlab_process_seconds", initlabProcess);
        m.put("numpy_process_seconds", numpyProcess);
        m.put("process_ratio", processRatio());
        pairing.processGoal().ifPresent(g -> {
            m.put("process_goal", g);
            m.put("process_goal_met", meetsProcessGoal());
        });
        m.put("max_relative_difference", maxRelativeDifference);
        m.put("agrees", agrees());
        m.put("agreeing", agreeing);
        m.put("compared", compared);
        m.put("chaotic", pairing.chaotic());
        m.put("samples", samples.stream().map(Sample::toMap).toList());
        return m;
    }
}
