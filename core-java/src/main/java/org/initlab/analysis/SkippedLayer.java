package org.initlab.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A layer the {@link Doctor} does not read ({@link LayerKinds}), named once in the report; the forward and backward
 * passes still run through it.
 *
 * @param layer  the layer, counted from 1
 * @param type   DL4J's class of its configuration, {@code LSTM}
 * @param reason why, in words
 */
public record SkippedLayer(int layer, String type, String reason) {
    /** {@code layer 2 (LSTM): not examined, a recurrent layer: its activations carry a time axis; skipped}. */
    public String message() {
        return "layer " + layer + " (" + type + "): not examined, " + reason + "; skipped";
    }

    /** {@code {"layer", "type", "reason"}}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layer", layer);
        m.put("type", type);
        m.put("reason", reason);
        return m;
    }
}
