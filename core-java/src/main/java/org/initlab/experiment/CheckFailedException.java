package org.initlab.experiment;

/** A check the user asked for failed (exit status 1); the message says which and by how much. */
public class CheckFailedException extends RuntimeException {
    public CheckFailedException(String message) {
        super(message);
    }
}
