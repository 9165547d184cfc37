package org.initlab.analysis;

import org.initlab.io.Json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The initial loss against chance. The chance level is the loss of an output that knows nothing: DL4J's own loss
 * function scored on the batch's labels with every pre-activation 0 — {@code sigmoid(0) = 1/2} for a binary sigmoid
 * ({@code ln 2} under cross-entropy), the uniform {@code 1/C} for a softmax over {@code C} classes ({@code ln C}).
 *
 * @param function       the output layer's loss function ({@code CourseCrossEntropy}, {@code LossMCXENT} …)
 * @param score          DL4J's score of the batch: the mean loss plus regularization
 * @param regularization the regularization terms in it ({@code calcRegularizationScore})
 * @param chance         the chance level, NaN when it cannot be scored
 * @param chanceName     how the chance level reads: {@code ln 2}, {@code ln 10}, or {@code zero pre-activations}
 */
public record LossCheck(String function, double score, double regularization, double chance, String chanceName) {
    public LossCheck {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(chanceName, "chanceName");
    }

    /** The loss without regularization, the one chance is measured against. */
    public double loss() {
        return score - regularization;
    }

    /** {@code loss / chance}. */
    public double ratio() {
        return loss() / chance;
    }

    /** {@code {"function", "initial", "score", "regularization", "chance", "chance_name", "ratio"}}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("function", function);
        m.put("initial", Json.number(loss()));
        m.put("score", Json.number(score));
        m.put("regularization", Json.number(regularization));
        m.put("chance", Json.number(chance));
        m.put("chance_name", chanceName);
        m.put("ratio", Json.number(ratio()));
        return m;
    }
}
