package org.initlab.bench;

import org.initlab.io.InitLabException;

/** A process the benchmark ran failed or printed something it could not read; the message says which and why. */
public class RunFailedException extends InitLabException {
    private static final long serialVersionUID = 1L;

    public RunFailedException(String message) {
        super(message);
    }
}
