package org.initlab.cli;

import org.initlab.experiment.Experiments;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;


import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code initlab experiment NAME}: runs one of the course's experiments and prints the course's lines. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = {"Run one of the course's experiments and print its numbers as the course does.",
                "NAME: zeros, random, he (E1-E3, circles); noreg, l2, dropout (E6-E7, football); deep-cat (E9); "
                        + "mnist (E5, both arms; or mnist-large, mnist-scaled alone); activations (E4), z-distribution (E4b)."})
public final class ExperimentCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The experiment.")
    String name;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder of the data files (default: datasets).")
    Path dataDir;

    @Option(names = "--iterations", paramLabel = "N", description = "Override the number of full-batch iterations.")
    Integer iterations;

    @Option(names = "--epochs", paramLabel = "N", description = "Override the number of epochs (mini-batch experiments).")
    Integer epochs;

    @Option(names = "--seed", paramLabel = "S",
            description = "Override the experiment's seed (np.random.seed); activations and z-distribution default to 0.")
    Long seed;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
            description = "auto (the fast exact engine where it applies), dl4j (DL4J's own fit) or fast. Default: ${DEFAULT-VALUE}.")
    String engine;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        if (name.equals("mnist")) {
            return mnist();
        }
        if (AnalysisExperiments.run(name, seed, output.json, System.out)) {
            return ExitCodes.OK;
        }
        output.check();
        ExperimentSpec spec = spec(name);
        RunResult result = new CoursePrinter(System.out).train(spec, null, name);
        output.write(result, System.err);
        return ExitCodes.OK;
    }

    /** E5: both arms of Nielsen's comparison, one after the other, each printing its epochs and best. */
    private int mnist() {
        output.check();
        Map<String, Object> arms = new LinkedHashMap<>();
        Map<String, Object> configs = new LinkedHashMap<>();
        CoursePrinter printer = new CoursePrinter(System.out);
        org.initlab.data.Dataset data = org.initlab.data.Datasets.load("mnist", dataDir);
        for (String arm : List.of("large", "scaled")) {
            ExperimentSpec spec = spec("mnist-" + arm);
            System.out.println(arm.equals("large") ? "Weights N(0, 1) (\"large\"):" : "Weights N(0, 1)/sqrt(n_in) (\"scaled\"):");
            RunResult r = printer.train(spec, data, "mnist-" + arm);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("correct_per_epoch", r.testCorrectPerEpoch());
            a.put("test_size", r.dataset().test().size());
            a.put("training_seconds", r.trainingSeconds());
            a.put("engine", r.engine());
            arms.put(arm, a);
            configs.put(arm, spec.describe());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("arms", arms);
        result.put("config", configs);
        output.writeMap("mnist", configs, result, System.err);
        return ExitCodes.OK;
    }

    private ExperimentSpec spec(String experiment) {
        ExperimentSpec base = Experiments.get(experiment);
        ExperimentSpec.Builder b = base.toBuilder().dataDir(dataDir).engine(EngineKind.parse(engine));
        if (seed != null) {
            b.seed(seed);
        }
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
        return b.build();
    }
}
