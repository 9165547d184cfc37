package org.initlab.data;

import org.initlab.io.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks every loader makes on a data file before handing it to a parser, with the messages the user sees. */
final class DataFiles {
    /** Qualified Java class names, each with a colon, at the start of a message: {@code java.io.EOFException: }. */
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*: )+");
    private static final Pattern CLASS_NAME = Pattern.compile("^(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*)$");

    private DataFiles() {
    }

    /**
     * Fails unless {@code file} is a readable, non-empty regular file.
     *
     * @return the file's size in bytes
     */
    static long requireReadable(Path file) {
        if (!Files.exists(file)) {
            throw new InputException(file + ": missing");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new InputException(file + ": not readable");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + reason(e) + ")", e);
        }
        if (size == 0) {
            throw new InputException(file + ": empty");
        }
        return size;
    }

    /** The whole file, after {@link #requireReadable(Path)}. */
    static byte[] readAll(Path file) {
        requireReadable(file);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + reason(e) + ")", e);
        }
    }

    /**
     * A short, single-line description of a library or I/O failure, in words: the message without the Java class
     * names that libraries put in front of a wrapped cause ({@code java.util.zip.ZipException: invalid code lengths
     * set} reads {@code invalid code lengths set}); for a failure without a message, its class name as words
     * ({@code BufferUnderflowException} reads {@code buffer underflow}).
     */
    static String reason(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ").strip();
        String text = CLASS_PREFIX.matcher(message).replaceFirst("");
        Matcher onlyClass = CLASS_NAME.matcher(text);
        if (onlyClass.matches()) {
            return words(onlyClass.group(1));
        }
        return text.isEmpty() ? words(e.getClass().getSimpleName()) : text;
    }

    /** {@code BufferUnderflowException} as {@code buffer underflow}. */
    private static String words(String className) {
        String name = className.replaceFirst("(Exception|Error)$", "");
        return (name.isEmpty() ? className : name).replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    /** Array dimensions as {@code 209 x 64 x 64 x 3} ({@code scalar} for none). */
    static String shape(int[] dims) {
        if (dims.length == 0) {
            return "scalar";
        }
        StringBuilder s = new StringBuilder();
        for (int d : dims) {
            if (!s.isEmpty()) {
                s.append(" x ");
            }
            s.append(d);
        }
        return s.toString();
    }
}
