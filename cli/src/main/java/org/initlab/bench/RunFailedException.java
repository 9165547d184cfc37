package org.initlab.bench;

/** A process the benchmark ran failed or printed something it could not read; the message says which and why. */
public class RunFailedException extends RuntimeException {
    public RunFailedException(String message) {
        super(message);
    }
}
