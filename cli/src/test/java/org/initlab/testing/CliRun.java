package org.initlab.testing;

import org.initlab.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and captures what it printed, for tests of exit statuses and messages. */
public final class CliRun {
    private CliRun() {
    }

    /** The exit status and what went to stdout and stderr. */
    public record Outcome(int status, String out, String err) {
    }

    /** {@code initlab ARGS…}, with System.out and System.err captured and restored afterwards. */
    public static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Outcome o = run(out, args);
        return new Outcome(o.status(), out.toString(StandardCharsets.UTF_8), o.err());
    }

    /**
     * {@code initlab ARGS…} with System.out writing to {@code stdout} and System.err captured, both restored
     * afterwards; the outcome's {@code out} is empty.
     */
    public static Outcome run(OutputStream stdout, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Outcome(status, "", err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
