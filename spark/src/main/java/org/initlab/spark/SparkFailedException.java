package org.initlab.spark;

import org.initlab.io.InitLabException;

/** Spark could not run a sweep's runs: the job failed, the cluster gave no executor, the JVM lacks Spark's options. */
public final class SparkFailedException extends InitLabException {
    private static final long serialVersionUID = 1L;

    public SparkFailedException(String message) {
        super(message);
    }

    public SparkFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
