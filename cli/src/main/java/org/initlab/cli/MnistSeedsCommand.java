package org.initlab.cli;

import org.initlab.experiment.MnistSeeds;
import org.initlab.spec.SweepSpec;
import org.initlab.sweep.AxisText;
import org.initlab.sweep.SweepData;
import org.initlab.sweep.SweepExecutor;
import org.initlab.sweep.SweepPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code initlab experiment mnist-seeds} ({@link MnistSeeds}): both arms of E5 over 10 seeds as a sweep, each figure
 * of Nielsen's claim as mean ± std, and a picture of the two accuracy bands.
 */
@Command(name = "mnist-seeds", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Both arms of E5 (weights N(0, 1) and N(0, 1/n_in)) over seeds 0-9 as a sweep: the article's "
                + "figures (94 %% after epoch 0, the large arm around epoch 7, above 96 %% and one point ahead after 30 "
                + "epochs) as mean +/- std over seeds, whether each holds, and the two arms' accuracy bands.",
                "20 runs of 30 epochs; --seeds and --epochs make it smaller."})
public final class MnistSeedsCommand implements Callable<Integer> {
    @Option(names = "--seeds", paramLabel = "SEEDS", description = "Seeds of each arm. Default: 0-9 (0 is E5's run).")
    List<String> seeds;

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs of each run. Default: 30.")
    String epochs;

    @Mixin
    ExperimentSweepOptions options;

    @Override
    public Integer call() {
        Supplier<SweepExecutor> executors = options.run.executors(); // where it runs: checked before the data are read
        SweepSpec spec = MnistSeeds.spec(seeds == null ? AxisText.seeds(List.of("0-9")) : AxisText.seeds(seeds),
                epochs == null ? MnistSeeds.EPOCHS : SweepCommand.count("--epochs", epochs, 1), options.dataDir,
                options.engineKind());
        SweepPlan plan = SweepPlan.of(spec, new SweepData());
        SweepRunner.Pictures pictures = options.run.noPictures ? null
                : new SweepRunner.Pictures(List.of(), "test_accuracy", null, true);
        new SweepRunner(System.out, System.err).open(plan, executors, options.run.folder(plan), pictures,
                r -> MnistSeeds.lines(MnistSeeds.figures(r)));
        return ExitCodes.OK;
    }
}
