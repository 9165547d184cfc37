package org.initlab.cli;

import org.initlab.testing.CliRun;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line builds only the subcommand it runs, and behaves as the whole one does. */
class LazySubcommandsTest {
    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        CommandLine cli = Main.commandLine(false, Main.subcommand("--verbose", "experiment", "he"));
        assertEquals(List.of("experiment"), List.copyOf(cli.getSubcommands().keySet()));
    }

    @Test
    void theHelpAndAMistypedNameGetEverySubcommand() {
        List<String> all = List.copyOf(InitLabCommand.SUBCOMMANDS.keySet());
        assertEquals(all, List.copyOf(Main.commandLine(false, Main.subcommand("--help")).getSubcommands().keySet()));
        assertEquals(all, List.copyOf(Main.commandLine(false, Main.subcommand("experimnt")).getSubcommands().keySet()));
        CliRun.Outcome help = CliRun.run("--help");
        assertEquals(0, help.status());
        for (String name : all) {
            assertTrue(help.out().contains("  " + name + " "), name + " in\n" + help.out());
        }
    }

    @Test
    void inheritedOptionsReachASubcommandAddedAlone() {
        CommandLine cli = Main.commandLine(false, "verify");
        CommandLine.ParseResult parsed = cli.parseArgs("verify", "--debug", "x");
        assertTrue(parsed.subcommand().hasMatchedOption("--debug"));
    }

    @Test
    void everyCommandsHelpPrintsWithoutAWarning() {
        List<List<String>> commands = new ArrayList<>();
        collect(Main.commandLine(false), new ArrayList<>(), commands);
        assertTrue(commands.size() > 12, commands.toString());
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            CliRun.Outcome o = CliRun.run(args.toArray(new String[0]));
            assertEquals(0, o.status(), String.join(" ", args));
            assertEquals("", o.err(), String.join(" ", args));
            assertTrue(o.out().startsWith("Usage: initlab"), String.join(" ", args));
        }
    }

    private static void collect(CommandLine cli, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        cli.getSubcommands().forEach((name, sub) -> {
            List<String> next = new ArrayList<>(path);
            next.add(name);
            collect(sub, next, into);
        });
    }

    @Test
    void benchKeepsItsOwnEntriesWhenBuiltAlone() {
        CommandLine bench = Main.commandLine(false, "bench").getSubcommands().get("bench");
        assertTrue(bench.getSubcommands().containsKey("sweep"));
        assertTrue(bench.getSubcommands().containsKey("main-command"));
    }
}
