package org.initlab.init;

import org.initlab.io.InputException;

/**
 * A bad initializer specification: an unknown name or key, or a value that does not parse or is out of range. The
 * message names the field, {@code init 'orthogonal:gian=2': orthogonal has no key 'gian' (its key: gain)}; a tool
 * puts its own name for the field in front of {@link #text()} and {@link #problem()} (the command line says
 * {@code --init orthogonal:gian=2: …}).
 */
public final class InitSpecException extends InputException {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final String problem;

    /**
     * @param text    the specification as given ({@code orthogonal:gian=2})
     * @param problem what is wrong with it
     */
    public InitSpecException(String text, String problem) {
        super("init '" + text + "': " + problem);
        this.text = text;
        this.problem = problem;
    }

    /** The specification as given. */
    public String text() {
        return text;
    }

    /** What is wrong with it, without the field. */
    public String problem() {
        return problem;
    }
}
