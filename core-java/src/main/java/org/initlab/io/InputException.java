package org.initlab.io;

import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bad input from the user: a file, a value or a field of a specification. The message is the one line the user sees,
 * and names the file or the field and what is wrong with it ({@code data.mat: variable 'Xval' missing},
 * {@code learningRate -1.0: must be a positive number}).
 *
 * <p>An error about a field ({@link #of}) keeps the field's name apart from the message, so that each tool can say it
 * in its own words: the command line names its option ({@code --lr -1.0: must be a positive number}), the Kotlin DSL
 * its property ({@link #named}). Other fields the problem mentions are written {@code {name}} in it and named the same
 * way.
 */
public class InputException extends InitLabException {
    private static final long serialVersionUID = 1L;
    private static final Pattern FIELD = Pattern.compile("\\{(\\w+)}");

    private final String field;
    private final String value;
    private final String problem;

    public InputException(String message) {
        this(message, (Throwable) null);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
        this.field = null;
        this.value = null;
        this.problem = message;
    }

    /**
     * For a subclass, an error about a field, as {@link #of(String, Object, String, Throwable)}: {@code field value:
     * problem}, or {@code field: problem} when {@code value} is null.
     */
    protected InputException(String field, Object value, String problem, Throwable cause) {
        this(Objects.requireNonNull(field, "field"), value == null ? null : String.valueOf(value),
                Objects.requireNonNull(problem, "problem"), UnaryOperator.identity(), cause);
    }

    private InputException(String field, String value, String problem, UnaryOperator<String> names, Throwable cause) {
        super(render(field, value, problem, names), cause);
        this.field = field;
        this.value = value;
        this.problem = problem;
    }

    /**
     * An error about a field: {@code field value: problem}, or {@code field: problem} when {@code value} is null.
     *
     * @param field   the field's name, as the specification calls it ({@code learningRate})
     * @param value   the value that was given, or null
     * @param problem what is wrong, with other fields written {@code {name}}
     */
    public static InputException of(String field, Object value, String problem) {
        return new InputException(Objects.requireNonNull(field, "field"), value == null ? null : String.valueOf(value),
                Objects.requireNonNull(problem, "problem"), UnaryOperator.identity(), null);
    }

    /** As {@link #of(String, Object, String)}, caused by {@code cause}. */
    public static InputException of(String field, Object value, String problem, Throwable cause) {
        return new InputException(Objects.requireNonNull(field, "field"), value == null ? null : String.valueOf(value),
                Objects.requireNonNull(problem, "problem"), UnaryOperator.identity(), cause);
    }

    /** The field the error is about, or null when it is about something else (a file, a name). */
    public String field() {
        return field;
    }

    /** What is wrong, without the field and value it is about (the whole message for an error about no field). */
    public String problem() {
        return problem;
    }

    /** The message with every field named by {@code names} (a field's name to the user's word for it). */
    public String message(UnaryOperator<String> names) {
        return field == null ? getMessage() : render(field, value, problem, names);
    }

    /**
     * The same error with its fields named by {@code names}, for a tool that shows fields under other names; an error
     * about no field is returned as it is.
     */
    public InputException named(UnaryOperator<String> names) {
        if (field == null) {
            return this;
        }
        InputException e = new InputException(field, value, problem, names, getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }

    private static String render(String field, String value, String problem, UnaryOperator<String> names) {
        Matcher m = FIELD.matcher(problem);
        StringBuilder p = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(p, Matcher.quoteReplacement(names.apply(m.group(1))));
        }
        m.appendTail(p);
        return names.apply(field) + (value == null ? "" : " " + value) + ": " + p;
    }
}
