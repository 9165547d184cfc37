package org.initlab.spark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code initlab} command in this JVM, as {@link SubmitMain} reaches it (the command line is on the module's class
 * path at run time only), with what it printed captured.
 */
final class Cli {
    private Cli() {
    }

    /** The exit status and what went to stdout and stderr. */
    record Outcome(int status, String out, String err) {
    }

    static Outcome run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = (Integer) Class.forName("org.initlab.cli.Main").getMethod("run", String[].class)
                    .invoke(null, (Object) args);
            return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (InvocationTargetException e) {
            throw new AssertionError("initlab " + String.join(" ", args) + " threw", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the command line is not on the class path", e);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
