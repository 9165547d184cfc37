package org.initlab.cli;

import org.initlab.experiment.Experiments;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.RunResult;
import org.initlab.train.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code initlab experiment NAME}: runs one of the course's experiments and prints the course's lines. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = {"Run one of the course's experiments and print its numbers as the course does.",
                "NAME: zeros, random, he (E1-E3, circles); noreg, l2, dropout (E6-E7, football); deep-cat (E9); "
                        + "mnist-large, mnist-scaled (the arms of E5)."})
public final class ExperimentCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The experiment.")
    String name;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder of the data files (default: datasets).")
    Path dataDir;

    @Option(names = "--iterations", paramLabel = "N", description = "Override the number of full-batch iterations.")
    Integer iterations;

    @Option(names = "--epochs", paramLabel = "N", description = "Override the number of epochs (mini-batch experiments).")
    Integer epochs;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
            description = "auto (the fast exact engine where it applies), dl4j (DL4J's own fit) or fast. Default: ${DEFAULT-VALUE}.")
    String engine;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        ExperimentSpec.Builder b = Experiments.get(name).toBuilder().dataDir(dataDir).engine(EngineKind.parse(engine));
        ExperimentSpec base = Experiments.get(name);
        if (iterations != null) {
            if (base.usesEpochs()) {
                throw new org.initlab.io.InputException("--iterations: " + name + " trains in epochs; use --epochs");
            }
            b.iterations(iterations);
        }
        if (epochs != null) {
            if (!base.usesEpochs()) {
                throw new org.initlab.io.InputException("--epochs: " + name + " trains in full-batch iterations; use --iterations");
            }
            b.epochs(epochs, base.batchSize());
        }
        ExperimentSpec spec = b.build();
        output.check();
        CoursePrinter printer = new CoursePrinter(System.out);
        RunResult result = Trainer.run(spec, printer);
        printer.result(result);
        output.write(result, System.err);
        return ExitCodes.OK;
    }
}
