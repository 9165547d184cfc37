package org.initlab.experiment;

import org.initlab.io.InitLabException;

/** A check the user asked for failed; the message says which and by how much. */
public class CheckFailedException extends InitLabException {
    private static final long serialVersionUID = 1L;

    public CheckFailedException(String message) {
        super(message);
    }
}
