package org.initlab.cli;

import org.initlab.io.InputException;

/**
 * An option that counts something (a batch size, epochs, folds). Left out, it keeps its default, which the
 * specification may spell 0 ("the whole set", "as printed", "none"); given, it must be a real count, so that
 * {@code --batch-size 0} is an error rather than a silent default.
 */
final class CountOption {
    private CountOption() {
    }

    /** {@code value}, which must be at least 1, or {@code absent} when the option was not given. */
    static int positive(String option, Integer value, int absent) {
        return atLeast(1, option, value, absent);
    }

    /** {@code value}, which must be at least {@code min}, or {@code absent} when the option was not given. */
    static int atLeast(int min, String option, Integer value, int absent) {
        if (value == null) {
            return absent;
        }
        if (value < min) {
            throw new InputException(option + " " + value + ": must be " + (min == 1 ? "positive" : "at least " + min));
        }
        return value;
    }
}
