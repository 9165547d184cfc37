package org.initlab.cli;

import org.initlab.io.Versions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** {@code initlab}: the top command; its subcommands do the work. */
@Command(name = "initlab",
        mixinStandardHelpOptions = true,
        versionProvider = InitLabCommand.Version.class,
        description = "The classic experiments of \"practical aspects of deep learning\" on Deeplearning4j, "
                + "number for number.")
public final class InitLabCommand implements Runnable {
    /**
     * The subcommands, in the order the help lists them. {@link Main} builds only the one a command line names (each
     * costs the parsing of its options' annotations at start-up), and all of them for the help or a mistyped name.
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show libraries' log lines.")
    boolean verbose;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("experiment", ExperimentCommand::new);
        m.put("train", TrainCommand::new);
        m.put("init", InitCommand::new);
        m.put("doctor", DoctorCommand::new);
        m.put("data", DataCommand::new);
        m.put("gradcheck", GradcheckCommand::new);
        m.put("sweep", SweepCommand::new);
        m.put("bench", BenchCommand::new);
        m.put("verify", VerifyCommand::new);
        return Collections.unmodifiableMap(m);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** InitLab's and DL4J's versions. */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"initlab " + Versions.initlab() + " (DL4J " + Versions.dl4j() + ", Java "
                    + System.getProperty("java.version") + ")"};
        }
    }
}
