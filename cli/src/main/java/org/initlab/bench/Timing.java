package org.initlab.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One side's times in one repeat, each from a process of its own started for the purpose, as a user runs it.
 *
 * @param training the training time the side reports itself (numpy's and PyTorch's {@code seconds:}, InitLab's
 *                 {@code training_seconds}); for DL4J's MNIST arms, measured on fewer epochs and scaled to the
 *                 experiment's
 * @param process  the wall time of the whole process, or NaN where it is not measured
 */
public record Timing(double training, double process) {
    /** The timing as JSON-ready values. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("training_seconds", Double.isNaN(training) ? null : training);
        m.put("process_seconds", Double.isNaN(process) ? null : process);
        return m;
    }
}
