package org.initlab.cli;

import org.initlab.io.Versions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code initlab}: the top command; its subcommands do the work. */
@Command(name = "initlab",
        mixinStandardHelpOptions = true,
        versionProvider = InitLabCommand.Version.class,
        description = "The classic experiments of \"practical aspects of deep learning\" on Deeplearning4j, "
                + "number for number.",
        subcommands = {ExperimentCommand.class, TrainCommand.class, InitCommand.class, DoctorCommand.class,
                DataCommand.class, GradcheckCommand.class, BenchCommand.class, VerifyCommand.class})
public final class InitLabCommand implements Runnable {
    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show libraries' log lines.")
    boolean verbose;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

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
