package org.initlab.init;

import org.initlab.io.InputException;

/**
 * A bad initializer specification: an unknown name or key, or a value that does not parse or is out of range. It is
 * an error about the field {@value #FIELD}, {@code init orthogonal:gian=2: orthogonal has no key 'gian' (its key:
 * gain)}, so each tool names it in its own words (the command line {@code --init orthogonal:gian=2: …}); a tool
 * that shows the specification otherwise (the DSL's {@code initializer("…")}) has {@link #text()} and
 * {@link #problem()}.
 */
public final class InitSpecException extends InputException {
    /** The field of an {@code ExperimentSpec} an initializer is given to. */
    public static final String FIELD = "init";

    private static final long serialVersionUID = 2L;

    private final String text;
    private final String problem;

    /**
     * @param text    the specification as given ({@code orthogonal:gian=2}), or the initializer's name when a
     *                constructor rejects a value ({@code orthogonal})
     * @param problem what is wrong with it
     */
    public InitSpecException(String text, String problem) {
        super(FIELD, text == null || text.isEmpty() ? null : text, problem, null);
        this.text = text == null ? "" : text;
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
