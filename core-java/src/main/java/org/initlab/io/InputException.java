package org.initlab.io;

/**
 * Bad input from the user: a file, an option or a value. The message is the one line the user sees, and names
 * the file or option and what is wrong with it ({@code data.mat: variable 'Xval' missing}).
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
