package org.initlab.init;

import org.initlab.numpy.PyFloat;

/** The range checks of initializers' parameters; a failure names the initializer, the key and the value. */
final class Check {
    private Check() {
    }

    static InitSpecException bad(String name, String key, double value, String must) {
        return new InitSpecException(name, key + " " + PyFloat.repr(value) + ": " + must);
    }

    static void finite(String name, String key, double value) {
        if (!Double.isFinite(value)) {
            throw bad(name, key, value, "must be a finite number");
        }
    }

    static void positive(String name, String key, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw bad(name, key, value, "must be a positive number");
        }
    }

    static void notNegative(String name, String key, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw bad(name, key, value, "must be a number >= 0");
        }
    }
}
