package org.initlab.bench;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One repeat of one experiment: each side's times and how closely InitLab's printed numbers agreed with numpy's.
 *
 * @param times                 the sides that ran, with their times
 * @param initlabWarm           InitLab's training time in the benchmark's own JVM, whose compiler is warm from the
 *                              earlier runs (shown beside, labelled)
 * @param maxRelativeDifference the largest relative difference between InitLab's and numpy's numbers
 * @param agreeing              how many of the printed numbers agree within {@link Row#AGREEMENT_TOLERANCE} before
 *                              the first that does not ({@link CourseNumbers#agreeingPrefix})
 * @param compared              how many numbers InitLab printed
 */
public record Sample(Map<Side, Timing> times, double initlabWarm, double maxRelativeDifference, int agreeing,
                     int compared) {
    public Sample {
        times = times.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(times));
    }

    /** A sample of numpy and InitLab alone. */
    public static Sample of(double numpyTraining, double numpyProcess, double initlabTraining, double initlabProcess,
                            double maxRelativeDifference, int agreeing, int compared) {
        Map<Side, Timing> t = new EnumMap<>(Side.class);
        t.put(Side.NUMPY, new Timing(numpyTraining, numpyProcess));
        t.put(Side.INITLAB, new Timing(initlabTraining, initlabProcess));
        return new Sample(t, Double.NaN, maxRelativeDifference, agreeing, compared);
    }

    /** The sample as JSON-ready values. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Side s : Side.values()) {
            if (times.containsKey(s)) {
                m.put(s.key(), times.get(s).toMap());
            }
        }
        m.put("initlab_warm_training_seconds", Double.isNaN(initlabWarm) ? null : initlabWarm);
        m.put("max_relative_difference", maxRelativeDifference);
        m.put("agreeing", agreeing);
        m.put("compared", compared);
        return m;
    }
}
