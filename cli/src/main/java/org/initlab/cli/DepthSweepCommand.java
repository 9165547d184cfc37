package org.initlab.cli;

import org.initlab.experiment.DepthSweep;
import org.initlab.spec.Activation;
import org.initlab.spec.AxisKind;
import org.initlab.spec.SweepSpec;
import org.initlab.sweep.AxisText;
import org.initlab.sweep.SweepData;
import org.initlab.sweep.SweepExecutor;
import org.initlab.sweep.SweepPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code initlab experiment depth-sweep} ({@link DepthSweep}): the course's initializations and new ones across depths
 * 2–10 on circles with ReLU and tanh, 5 seeds each, its heatmap, and what the numbers say about the course's claims.
 */
@Command(name = "depth-sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The course's initializations (zeros, random x10, normal:0.01, xavier, he) and new ones "
                + "(he-uniform, orthogonal, lsuv) across depths 2-10 on circles, ReLU and tanh hidden layers of 10 "
                + "units, seeds 1-5, trained as E3 (lr 0.01): a sweep with its tables, heatmap (depth x init, a panel "
                + "per activation) and a reading of the course's claims.",
                "The whole experiment is 720 runs; --inits, --activations, --depths, --seeds and --iterations make "
                        + "it smaller."})
public final class DepthSweepCommand implements Callable<Integer> {
    @Option(names = {"--inits", "--init"}, paramLabel = "INIT,...", description = "Initializers. Default: all eight.")
    List<String> inits;

    @Option(names = {"--activations", "--activation"}, paramLabel = "FN,...", description = "Hidden activations. Default: relu,tanh.")
    List<String> activations;

    @Option(names = {"--depths", "--depth"}, paramLabel = "L,...", description = "Depths (weight layers), ranges allowed. Default: 2-10.")
    List<String> depths;

    @Option(names = "--seeds", paramLabel = "SEEDS", description = "Seeds of each configuration. Default: 1-5.")
    List<String> seeds;

    @Option(names = "--iterations", paramLabel = "N", description = "Full-batch iterations of each run. Default: 15000 (E3's).")
    String iterations;

    @Mixin
    ExperimentSweepOptions options;

    @Override
    public Integer call() {
        Supplier<SweepExecutor> executors = options.run.executors(); // where it runs: checked before the data are read
        DepthSweep.Size full = DepthSweep.Size.full();
        List<String> initNames = inits == null ? full.inits() : texts(AxisKind.INIT, inits);
        List<Activation> fns = activations == null ? full.activations()
                : AxisText.parse(AxisKind.HIDDEN, activations, Activation.class);
        List<Integer> ds = depths == null ? full.depths() : AxisText.parse(AxisKind.DEPTH, depths, Integer.class);
        DepthSweep.Size size = new DepthSweep.Size(initNames, fns, ds,
                seeds == null ? full.seeds() : AxisText.seeds(seeds),
                iterations == null ? full.iterations() : SweepCommand.count("--iterations", iterations, 1));
        SweepSpec spec = DepthSweep.spec(size, options.dataDir, options.engineKind());
        SweepPlan plan = SweepPlan.of(spec, new SweepData());
        SweepRunner.Pictures pictures = options.run.noPictures ? null
                : new SweepRunner.Pictures(List.of("depth", "init", "activation"), "test_accuracy", "init", false);
        Path folder = options.run.folder(plan);
        new SweepRunner(System.out, System.err).open(plan, executors, folder, pictures, DepthSweep::reading);
        return ExitCodes.OK;
    }

    /** The initializers' texts as given, each checked by the catalogue's parser. */
    private static List<String> texts(AxisKind kind, List<String> given) {
        List<String> out = new ArrayList<>();
        for (String g : given) {
            for (String piece : AxisText.split(kind, g)) {
                AxisText.value(kind, piece);
                out.add(piece);
            }
        }
        return out;
    }
}
