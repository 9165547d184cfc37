package org.initlab.data;

import org.initlab.io.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks every loader makes on a data file before handing it to a parser, with the messages the user sees. */
final class DataFiles {
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

    /** A short, single-line description of a library or I/O failure. */
    static String reason(Throwable e) {
        String message = e.getMessage();
        String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        return text.replaceAll("\\s+", " ").strip();
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
