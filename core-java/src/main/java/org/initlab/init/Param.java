package org.initlab.init;

import org.initlab.numpy.PyFloat;

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
        return key + "=" + format(value);
    }

    static String format(Object v) {
        if (v instanceof Double d) {
            return PyFloat.repr(d);
        }
        if (v instanceof FanMode m) {
            return m.id();
        }
        if (v instanceof Distribution d) {
            return d.id();
        }
        if (v instanceof Nonlinearity n) {
            return n.id();
        }
        return String.valueOf(v);
    }
}
