package org.initlab.spec;

import org.initlab.numpy.PyFloat;

/**
 * A value known by an id of its own, the text users type and files print ({@code relu}, {@code cross-entropy},
 * {@code fan_in}): the enums of the specifications and of the initializer catalogue.
 */
public interface Identified {
    /** Its id. */
    String id();

    /** The canonical text of a single value: a double as Python prints it, an {@link Identified} by its id. */
    static String text(Object value) {
        if (value instanceof Double d) {
            return PyFloat.repr(d);
        }
        if (value instanceof Identified i) {
            return i.id();
        }
        return String.valueOf(value);
    }
}
