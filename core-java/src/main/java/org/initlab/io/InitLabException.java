package org.initlab.io;

/**
 * A failure InitLab reports to its user in one line, rather than an internal error: bad input
 * ({@link InputException}), a check that failed, a run that diverged, a process that failed. The message is that line.
 * Applications map the kinds to exit statuses; the {@code initlab} command gives 2 for bad input and 1 for the others.
 */
public abstract class InitLabException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected InitLabException(String message) {
        super(message);
    }

    protected InitLabException(String message, Throwable cause) {
        super(message, cause);
    }
}
