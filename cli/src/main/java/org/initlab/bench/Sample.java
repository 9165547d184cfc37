package org.initlab.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One repeat of one experiment: the four times measured and how closely the printed numbers agreed.
 *
 * @param numpyTraining      the peer's own {@code seconds:} (training alone)
 * @param initlabTraining    InitLab's training time, measured in the benchmark's process
 * @param initlabProcess     wall time of the whole {@code initlab experiment NAME} process
 * @param numpyProcess       wall time of the whole {@code python3 numpy_course.py NAME} process
 * @param maxRelativeDifference the largest relative difference between InitLab's and the peer's numbers
 * @param agreeing           how many of the printed numbers agree within {@link Row#AGREEMENT_TOLERANCE} before
 *                           the first that does not ({@link CourseNumbers#agreeingPrefix})
 * @param compared           how many numbers InitLab printed
 */
public record Sample(double numpyTraining, double initlabTraining, double initlabProcess, double numpyProcess,
                     double maxRelativeDifference, int agreeing, int compared) {
    /** The sample as JSON-ready values. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("numpy_training_seconds", numpyTraining);
        m.put("initlab_training_seconds", initlabTraining);
        m.put("initlab_process_seconds", initlabProcess);
        m.put("numpy_process_seconds", numpyProcess);
        m.put("max_relative_difference", maxRelativeDifference);
        m.put("agreeing", agreeing);
        m.put("compared", compared);
        return m;
    }
}
