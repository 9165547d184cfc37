package org.initlab.init;

import org.initlab.spec.Identified;

/**
 * One parameter of an initializer: its key as the reference spells it, its value and its default. Values are
 * {@code Double}, {@code Integer} or one of the catalogue's enums.
 */
record Param(String key, Object value, Object defaultValue) {

    /** Whether the value differs from the default (and so appears in the initializer's description). */
    boolean given() {
        return !value.equals(defaultValue);
    }

    /** {@code key=value}, numbers as Python prints them. */
    String text() {
        return key + "=" + Identified.text(value);
    }
}
