package org.initlab.cli;

import org.initlab.init.Initializers;
import org.initlab.spec.Activation;
import org.initlab.spec.Cost;
import org.initlab.spec.DropoutMode;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.Output;
import org.initlab.sweep.SpecText;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/**
 * The options that describe an InitLab network and its data — data set, layer sizes, activations, cost, initializer
 * and seed, learning rate, regularization — one definition shared by {@code train} and {@code doctor}. Defaults are
 * the He experiment's (E3).
 */
final class NetworkOptions {
    @Option(names = "--dataset", paramLabel = "NAME", defaultValue = "circles",
            description = "circles, football, cat or mnist. Default: ${DEFAULT-VALUE}.")
    String dataset;

    @Option(names = "--layers", paramLabel = "SIZES", defaultValue = "2,10,5,1",
            description = "Layer sizes, input first. Default: ${DEFAULT-VALUE}.")
    String layers;

    @Option(names = "--init", paramLabel = "INIT", defaultValue = "he",
            description = InitOption.HELP + " Default: ${DEFAULT-VALUE}.")
    String init;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "3",
            description = "Seed of numpy's stream (np.random.seed). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--lr", paramLabel = "RATE", defaultValue = "0.01", description = "Learning rate. Default: ${DEFAULT-VALUE}.")
    double learningRate;

    @Option(names = "--activation", paramLabel = "FN", defaultValue = "relu",
            description = "Hidden activation: relu, sigmoid or tanh. Default: ${DEFAULT-VALUE}.")
    String activation;

    @Option(names = "--output", paramLabel = "FN", defaultValue = "sigmoid",
            description = "Output layer: sigmoid or softmax. Default: ${DEFAULT-VALUE}.")
    String outputLayer;

    @Option(names = "--cost", paramLabel = "COST", defaultValue = "cross-entropy",
            description = "cross-entropy or quadratic. Default: ${DEFAULT-VALUE}.")
    String cost;

    @Option(names = "--lambda", paramLabel = "L", defaultValue = "0", description = "L2 strength. Default: ${DEFAULT-VALUE}.")
    double lambda;

    @Option(names = "--keep-prob", paramLabel = "P", defaultValue = "1",
            description = "Dropout keep probability on hidden layers (1: no dropout). Default: ${DEFAULT-VALUE}.")
    double keepProb;

    @Option(names = "--dropout-mode", paramLabel = "MODE", defaultValue = "faithful",
            description = "faithful (the course: same masks every iteration) or fresh. Default: ${DEFAULT-VALUE}.")
    String dropoutMode;

    @Option(names = "--train-size", paramLabel = "N", description = "Use only the first N training examples (default: all).")
    Integer trainSize;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder of the data files (default: datasets).")
    Path dataDir;

    /** The options that describe the network itself rather than its data, for commands that take a network. */
    static final List<String> NETWORK = List.of("--layers", "--init", "--activation", "--output", "--cost", "--lambda",
            "--keep-prob", "--dropout-mode");

    /** A specification builder named {@code name} with these options set; the training schedule is the caller's. */
    ExperimentSpec.Builder builder(String name) {
        return ExperimentSpec.builder()
                .name(name)
                .dataset(dataset)
                .dataDir(dataDir)
                .trainSize(CountOption.positive("--train-size", trainSize, 0))
                .layers(SpecText.layers("layers", layers))
                .hidden(Activation.parse(activation))
                .output(Output.parse(outputLayer))
                .cost(Cost.parse(cost))
                .init(Initializers.parse(init))
                .seed(seed)
                .learningRate(learningRate)
                .lambda(lambda)
                .keepProb(keepProb)
                .dropoutMode(DropoutMode.parse(dropoutMode));
    }
}
