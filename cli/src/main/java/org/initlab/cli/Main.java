package org.initlab.cli;

import org.initlab.io.InitLabException;
import org.initlab.io.InputException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The {@code initlab} command line. Exit status: 0 success, 1 a failed check, a diverged run or an internal error,
 * 2 a usage or input error. Errors are one line on stderr (a stack trace only with {@code --debug}); library logging
 * only with {@code --verbose}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String... args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        boolean debug = Arrays.asList(args).contains("--debug");
        Logging.configure(verbose);
        CommandLine cli = commandLine(debug, subcommand(args));
        return cli.execute(args);
    }

    /** The subcommand {@code args} name (their first word that is not an option), or null. */
    static String subcommand(String... args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    /** The whole command line, every subcommand in it. */
    static CommandLine commandLine(boolean debug) {
        return commandLine(debug, null);
    }

    /**
     * The command line with only the subcommand {@code wanted} when that is one, else with all of them (for the help
     * and for picocli's suggestions on a mistyped name).
     */
    static CommandLine commandLine(boolean debug, String wanted) {
        CommandLine cli = new CommandLine(new InitLabCommand());
        boolean one = wanted != null && InitLabCommand.SUBCOMMANDS.containsKey(wanted);
        InitLabCommand.SUBCOMMANDS.forEach((name, command) -> {
            if (!one || name.equals(wanted)) {
                cli.addSubcommand(name, command.get());
            }
        });
        CommandLine bench = cli.getSubcommands().get("bench");
        if (bench != null) {
            // bench's entries of their own, beside its EXPERIMENT arguments
            bench.addSubcommand(new BenchMainCommand());
        }
        cli.registerConverter(Path.class, Main::path);
        cli.setExecutionStrategy(Main::executeThenClose);
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("initlab: " + firstLine(ex.getMessage()));
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            err.flush();
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (debug) {
                ex.printStackTrace(err);
            }
            err.println("initlab: " + message(ex, debug));
            err.flush();
            return exitCode(ex);
        });
        return cli;
    }

    /**
     * Runs the command, then closes the options it holds open ({@link OutputOptions}: its result folder and locks),
     * whether it succeeded or failed.
     */
    private static int executeThenClose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            // picocli lets unmatched words through when --help is asked: 'initlab trian --help' showed the main help
            if (!p.unmatched().isEmpty()) {
                throw new CommandLine.UnmatchedArgumentException(p.commandSpec().commandLine(), p.unmatched());
            }
        }
        try {
            return new CommandLine.RunLast().execute(parsed);
        } finally {
            for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
                for (CommandLine.Model.CommandSpec mixin : p.commandSpec().mixins().values()) {
                    if (mixin.userObject() instanceof OutputOptions output) {
                        output.close();
                    }
                }
            }
        }
    }

    /**
     * A file or folder the user named. An empty one ({@code --out ""}, an unset shell variable) would be the current
     * folder, and be refused as one that holds the user's files or as a folder in the way of a file: it is refused as
     * what it is.
     */
    private static Path path(String text) {
        if (text.isBlank()) {
            throw new CommandLine.TypeConversionException("an empty path: give a file or folder name");
        }
        return Path.of(text);
    }

    /** 2 for bad input, 1 for any other failure: a failed check, a diverged run, a failed process, an internal error. */
    static int exitCode(Throwable ex) {
        return ex instanceof InputException ? ExitCodes.USAGE : ExitCodes.FAILED;
    }

    private static String message(Throwable ex, boolean debug) {
        if (ex instanceof InputException input) {
            return firstLine(input.message(Flags::of));
        }
        if (ex instanceof InitLabException) {
            return firstLine(ex.getMessage());
        }
        if (ex instanceof OutOfMemoryError) {
            return "out of memory (raise the JVM's -Xmx through JAVA_OPTS)";
        }
        return "internal error: " + firstLine(ex.toString()) + (debug ? "" : " (run again with --debug for details)");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
