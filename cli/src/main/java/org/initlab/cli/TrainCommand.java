package org.initlab.cli;

import org.initlab.experiment.CoursePrinter;
import org.initlab.io.InputException;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.CrossValidation;
import org.initlab.train.Progress;
import org.initlab.train.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code initlab train}: trains any configuration of the course's network and prints it as the course does.
 * Defaults are the He experiment (E3).
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a network of your choice the course's way and print its costs and accuracies.")
public final class TrainCommand implements Callable<Integer> {
    @Mixin
    NetworkOptions network;

    @Option(names = "--iterations", paramLabel = "N",
            description = "Full-batch gradient-descent iterations. Default: " + ExperimentSpec.DEFAULT_ITERATIONS + ".")
    Integer iterations;

    @Option(names = "--epochs", paramLabel = "N", description = "Train in mini-batch epochs instead of iterations.")
    Integer epochs;

    @Option(names = "--batch-size", paramLabel = "N", description = "Mini-batch size with --epochs (default: whole set).")
    Integer batchSize;

    @Option(names = "--print-every", paramLabel = "N", defaultValue = "1000",
            description = "Print the cost every N iterations (0: never). Default: ${DEFAULT-VALUE}.")
    int printEvery;

    @Option(names = "--record-every", paramLabel = "N",
            description = "Record the cost every N iterations for --json/--out and plots, without printing it "
                    + "(default: as --print-every).")
    Integer recordEvery;

    @Option(names = "--folds", paramLabel = "K",
            description = "k-fold cross-validation on the training set (e.g. 10 or 3): per-fold validation accuracy, mean and std.")
    Integer folds;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
            description = "auto, dl4j or fast. Default: ${DEFAULT-VALUE}.")
    String engine;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        ExperimentSpec spec = spec();
        output.check();
        if (spec.folds() > 0) {
            return crossValidate(spec);
        }
        RunResult result = Training.run(spec, null, "train", true, System.out);
        output.write(result, System.err);
        return ExitCodes.OK;
    }

    private int crossValidate(ExperimentSpec spec) {
        CrossValidation.Result r = CrossValidation.run(spec, Progress.NONE);
        new CoursePrinter(System.out).folds(r);
        output.writeMap(spec.name(), spec.describe(), r.toMap(), System.err);
        return ExitCodes.OK;
    }

    /** The specification these options describe. */
    ExperimentSpec spec() {
        ExperimentSpec.Builder b = network.builder("train")
                .printEvery(printEvery)
                .recordEvery(CountOption.positive("--record-every", recordEvery, 0))
                .folds(CountOption.atLeast(2, "--folds", folds, 0))
                .engine(EngineKind.parse(engine));
        if (epochs != null) {
            if (iterations != null) {
                throw InputException.of("epochs", epochs, "{iterations} " + iterations + " given too; give one of them");
            }
            b.epochs(CountOption.positive("--epochs", epochs, 0), CountOption.positive("--batch-size", batchSize, 0));
        } else {
            if (batchSize != null) {
                throw new InputException("--batch-size " + batchSize + ": mini-batches need --epochs");
            }
            b.iterations(iterations == null ? ExperimentSpec.DEFAULT_ITERATIONS : iterations);
        }
        return b.build();
    }
}
