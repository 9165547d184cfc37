package org.initlab.cli;

/** The command line's exit statuses. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A failed check (a gradient check above its threshold), a diverged run or an internal error. */
    public static final int FAILED = 1;
    /** A usage or input error: a bad option, value or file. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
