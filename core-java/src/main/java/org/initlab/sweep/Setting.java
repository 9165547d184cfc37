package org.initlab.sweep;

import java.io.Serializable;
import java.util.Objects;

/**
 * One field of a specification as text: {@code learningRate = 0.01}, {@code init = variance-scaling:scale=2.0}. The
 * field is named as {@link org.initlab.spec.ExperimentSpec} names it; the value is the canonical text
 * {@link SpecText} writes and reads back.
 *
 * @param field the field's name
 * @param value its value as text
 */
public record Setting(String field, String value) implements Serializable {
    private static final long serialVersionUID = 1L;

    public Setting {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return field + "=" + value;
    }
}
