package org.initlab.analysis;

import org.initlab.io.Json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing the {@link Doctor} found wrong: its kind, the layer (0 for the whole network), the figure it measured, the
 * threshold that figure crossed, and the line the user reads, which names all three.
 *
 * @param kind      what is wrong
 * @param layer     the layer, counted from 1 as the course does; 0 for a finding about the whole network
 * @param value     the measured figure (a share, a factor, a loss or a log10 ratio, as the kind says)
 * @param threshold the threshold it crossed, in the same unit
 * @param message   one line: {@code symmetric: layer 1 (dense, relu): all 10 units have the same incoming weights
 *                  (100%; threshold: more than 0%)}
 */
public record Finding(Kind kind, int layer, double value, double threshold, String message) {
    /** What a finding is about: the initialization, or only the learning rate the steps were taken at. */
    public enum Category {
        INITIALIZATION("initialization"),
        LEARNING_RATE("learning rate");

        private final String id;

        Category(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** The kinds of finding, each with its name in reports and its category. */
    public enum Kind {
        /** Units of a layer with identical incoming weights: gradient descent cannot tell them apart. */
        SYMMETRIC("symmetric", Category.INITIALIZATION),
        /** Activations piled at the flat ends of a bounded activation, where its derivative vanishes. */
        SATURATED("saturated", Category.INITIALIZATION),
        /** ReLU units that are 0 on every example: they pass no gradient. */
        DEAD("dead", Category.INITIALIZATION),
        /** The activation gradients shrink from the last layer to the first. */
        VANISHING("vanishing", Category.INITIALIZATION),
        /** The activation gradients grow from the last layer to the first. */
        EXPLODING("exploding", Category.INITIALIZATION),
        /** The initial loss far above the loss of an output that knows nothing. */
        LOSS("loss", Category.INITIALIZATION),
        /** The update:data ratio outside its band after the first steps. */
        UPDATE_RATIO("update:data", Category.LEARNING_RATE);

        private final String id;
        private final Category category;

        Kind(String id, Category category) {
            this.id = id;
            this.category = category;
        }

        /** The kind's name in reports: {@code symmetric}, {@code update:data}. */
        public String id() {
            return id;
        }

        public Category category() {
            return category;
        }
    }

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** Whether it is about the initialization (the doctor's exit status counts these). */
    public boolean initialization() {
        return kind.category() == Category.INITIALIZATION;
    }

    /** {@code {"kind", "category", "layer", "value", "threshold", "message"}}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.id());
        m.put("category", kind.category().id());
        m.put("layer", layer);
        m.put("value", Json.number(value));
        m.put("threshold", Json.number(threshold));
        m.put("message", message);
        return m;
    }

    @Override
    public String toString() {
        return message;
    }
}
