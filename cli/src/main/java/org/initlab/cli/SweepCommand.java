package org.initlab.cli;

import org.initlab.io.InputException;
import org.initlab.spec.Axis;
import org.initlab.spec.AxisKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.SweepSpec;
import org.initlab.sweep.AxisText;
import org.initlab.sweep.SweepData;
import org.initlab.sweep.SweepExecutor;
import org.initlab.sweep.SweepPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code initlab sweep}: many short trainings over initializer × activation × depth × seed (and any other option of
 * {@code train}), on a local pool or on Spark, into a resumable folder with its tables and pictures
 * ({@link SweepRunner}).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train every configuration of a grid with several seeds, in parallel, and tabulate and draw "
                + "the results (mean ± std over seeds).",
                "Takes the options of train; any of them may be a comma list or be repeated, each repetition adding "
                        + "its values: --init he,xavier,lsuv --activation relu,tanh --hidden-layers 2,4,8 --lr 0.01,0.1 "
                        + "--seeds 1-5. A piece key=value continues the initializer before it "
                        + "(--init he,variance-scaling:scale=2,mode=fan_out is two); --layers takes one network per "
                        + "occurrence (--layers 2,10,5,1 --layers 2,20,1). Whole numbers may be ranges (--depth 2-10).",
                "Options given one value set every run; those given several are the sweep's axes, in the order "
                        + "given. Results go to --out (default out/NAME-ID): sweep.json, runs/ (one record per run, "
                        + "written as it finishes), runs.csv, summary.csv, halving.csv, pictures, manifest.json. "
                        + "Started again with the same --out, a sweep skips the runs it recorded."})
public final class SweepCommand implements Callable<Integer> {
    @Option(names = "--dataset", paramLabel = "NAME", description = "circles, football, cat or mnist. Default: circles.")
    List<String> dataset;

    @Option(names = "--layers", paramLabel = "SIZES",
            description = "Layer sizes, input first, one network per occurrence. Default: 2,10,5,1.")
    List<String> layers;

    @Option(names = "--depth", paramLabel = "L",
            description = "Weight layers: L - 1 hidden layers of --width units between the data's inputs and outputs.")
    List<String> depth;

    @Option(names = "--hidden-layers", paramLabel = "N", description = "Hidden layers of --width units each.")
    List<String> hiddenLayers;

    @Option(names = "--width", paramLabel = "W",
            description = "Units of every hidden layer (with --depth or --hidden-layers; default: the first hidden "
                    + "layer's of --layers, 10).")
    List<String> width;

    @Option(names = "--init", paramLabel = "INIT", description = InitOption.HELP + " Default: he.")
    List<String> init;

    @Option(names = {"--seeds", "--seed"}, paramLabel = "SEEDS",
            description = "Seeds of the runs' numpy streams: a list and ranges, 1-5 or 1,3,7. Default: 3 (train's).")
    List<String> seeds;

    @Option(names = "--lr", paramLabel = "RATE", description = "Learning rate. Default: 0.01.")
    List<String> learningRate;

    @Option(names = "--iterations", paramLabel = "N", description = "Full-batch iterations. Default: 15000.")
    List<String> iterations;

    @Option(names = "--epochs", paramLabel = "N", description = "Train in mini-batch epochs instead of iterations.")
    List<String> epochs;

    @Option(names = "--batch-size", paramLabel = "N", description = "Mini-batch size with --epochs (default: whole set).")
    List<String> batchSize;

    @Option(names = "--activation", paramLabel = "FN", description = "Hidden activation: relu, sigmoid or tanh. Default: relu.")
    List<String> activation;

    @Option(names = "--output", paramLabel = "FN", description = "Output layer: sigmoid or softmax. Default: sigmoid.")
    List<String> outputLayer;

    @Option(names = "--cost", paramLabel = "COST", description = "cross-entropy or quadratic. Default: cross-entropy.")
    List<String> cost;

    @Option(names = "--lambda", paramLabel = "L", description = "L2 strength. Default: 0.")
    List<String> lambda;

    @Option(names = "--keep-prob", paramLabel = "P", description = "Dropout keep probability (1: no dropout). Default: 1.")
    List<String> keepProb;

    @Option(names = "--dropout-mode", paramLabel = "MODE", description = "faithful or fresh. Default: faithful.")
    List<String> dropoutMode;

    @Option(names = "--train-size", paramLabel = "N", description = "Use only the first N training examples.")
    List<String> trainSize;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "auto, dl4j or fast. Default: auto.")
    List<String> engine;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder of the data files (default: datasets).")
    Path dataDir;

    @Option(names = "--record-every", paramLabel = "N",
            description = "Record each run's cost every N iterations (its trace). Default: 100.")
    String recordEvery;

    @Option(names = "--name", paramLabel = "NAME", description = "The sweep's name (manifest, default folder). Default: sweep.")
    String name;

    @Option(names = "--sample", paramLabel = "N",
            description = "Draw N configurations of the grid at random (numpy's RandomState(S).choice(G, N, "
                    + "replace=False)) instead of running all of them.")
    String sample;

    @Option(names = "--sweep-seed", paramLabel = "S", description = "The seed of --sample's draw. Default: 0.")
    String sweepSeed;

    @Option(names = "--halving", paramLabel = "ETA",
            description = "Successive halving: after each of --rungs, the best 1/ETA configurations by mean "
                    + "validation cost across seeds go on.")
    String halving;

    @Option(names = "--rungs", paramLabel = "R1,R2,...",
            description = "Iterations (epochs with --epochs) of each rung of --halving, increasing.")
    List<String> rungs;

    @Option(names = "--validation", paramLabel = "FRACTION",
            description = "Hold out the last FRACTION of the training examples to score a validation cost on "
                    + "(halving ranks by it). Default: 0.2 with --halving, else none.")
    String validation;

    @Mixin
    SweepRunOptions run;

    @Option(names = "--heatmap", paramLabel = "X,Y[,FACET]",
            description = "The axes of the heatmap (columns of the tables, e.g. depth,init,activation). Default: the "
                    + "first axes.")
    String heatmap;

    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "test-accuracy",
            description = "What the heatmap and parallel coordinates show: test-accuracy or final-cost. "
                    + "Default: ${DEFAULT-VALUE}.")
    String metric;

    @Spec
    CommandSpec command;

    /** Each option of an axis, with the axis it sets. */
    private Map<String, AxisKind> axisOptions() {
        Map<String, AxisKind> m = new LinkedHashMap<>();
        m.put("--dataset", AxisKind.DATASET);
        m.put("--layers", AxisKind.LAYERS);
        m.put("--depth", AxisKind.DEPTH);
        m.put("--hidden-layers", AxisKind.HIDDEN_LAYERS);
        m.put("--width", AxisKind.WIDTH);
        m.put("--init", AxisKind.INIT);
        m.put("--lr", AxisKind.LEARNING_RATE);
        m.put("--iterations", AxisKind.ITERATIONS);
        m.put("--epochs", AxisKind.EPOCHS);
        m.put("--batch-size", AxisKind.BATCH_SIZE);
        m.put("--activation", AxisKind.HIDDEN);
        m.put("--output", AxisKind.OUTPUT);
        m.put("--cost", AxisKind.COST);
        m.put("--lambda", AxisKind.LAMBDA);
        m.put("--keep-prob", AxisKind.KEEP_PROB);
        m.put("--dropout-mode", AxisKind.DROPOUT_MODE);
        m.put("--train-size", AxisKind.TRAIN_SIZE);
        m.put("--engine", AxisKind.ENGINE);
        return m;
    }

    @Override
    public Integer call() {
        Supplier<SweepExecutor> executors = run.executors(); // where it runs: checked before the data are read
        SweepData data = new SweepData();
        SweepSpec spec = spec(data);
        SweepPlan plan = SweepPlan.of(spec, data);
        SweepRunner.Pictures pictures = run.noPictures ? null : new SweepRunner.Pictures(heatmapAxes(spec), metric());
        new SweepRunner(System.out, System.err).open(plan, executors, run.folder(plan), pictures, r -> List.of());
        return ExitCodes.OK;
    }

    /** The sweep these options describe: options given once set the base, those given several values are axes. */
    SweepSpec spec(SweepData data) {
        Map<String, AxisKind> kinds = axisOptions();
        Map<String, List<String>> given = givenInOrder();
        List<Axis> fixed = new ArrayList<>();
        List<Axis> swept = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : given.entrySet()) {
            AxisKind kind = kinds.get(e.getKey());
            Axis axis = Axis.of(kind, AxisText.parse(kind, e.getValue()));
            (axis.size() == 1 ? fixed : swept).add(axis);
        }
        for (String flag : List.of("--depth", "--hidden-layers", "--width")) {
            if (given.containsKey("--layers") && given.containsKey(flag)) {
                throw new InputException(flag + ": not with --layers, which gives every layer's size");
            }
        }
        if (given.containsKey("--depth") && given.containsKey("--hidden-layers")) {
            throw new InputException("--hidden-layers: not with --depth, which sets it (depth - 1)");
        }
        String sweepName = name == null ? "sweep" : name;
        ExperimentSpec base = ExperimentSpec.builder().name(sweepName).dataDir(dataDir).printEvery(0)
                .recordEvery(recordEvery == null ? SweepSpec.DEFAULT_TRACE_EVERY : count("--record-every", recordEvery, 1))
                .build();
        SweepSpec.Builder b = SweepSpec.builder(sweepName, SweepPlan.fix(base, fixed, data));
        swept.forEach(b::axis);
        b.seeds(seeds == null ? List.of(ExperimentSpec.DEFAULT_SEED) : AxisText.seeds(seeds));
        if (sample != null) {
            b.sample(count("--sample", sample, 1), sweepSeed == null ? 0 : whole("--sweep-seed", sweepSeed));
        } else if (sweepSeed != null) {
            throw new InputException("--sweep-seed " + sweepSeed + ": seeds the draw of --sample, which is not given");
        }
        if (halving != null) {
            if (rungs == null) {
                throw new InputException("--halving " + halving + ": needs --rungs R1,R2,... (the iterations of each "
                        + "rung)");
            }
            List<Integer> r = AxisText.parse(AxisKind.ITERATIONS, rungs, Integer.class); // before --halving's own check
            b.halving(number("--halving", halving), r);
        } else if (rungs != null) {
            throw new InputException("--rungs: the rungs of --halving, which is not given");
        }
        if (validation != null) {
            b.validationFraction(number("--validation", validation));
        }
        return b.build();
    }

    /** The axis options the user gave, in the order given, with every value given to each. */
    private Map<String, List<String>> givenInOrder() {
        Map<String, AxisKind> kinds = axisOptions();
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (OptionSpec o : command.commandLine().getParseResult().matchedOptions()) {
            String flag = o.longestName();
            if (kinds.containsKey(flag) && !given.containsKey(flag)) {
                List<String> values = o.getValue();
                given.put(flag, values);
            }
        }
        return given;
    }

    private List<String> heatmapAxes(SweepSpec spec) {
        if (heatmap == null) {
            return spec.axes().stream().limit(3).map(a -> a.kind().column()).toList();
        }
        List<String> axes = new ArrayList<>();
        for (String a : heatmap.split(",", -1)) {
            String column = a.trim().replace('-', '_');
            if (spec.axes().stream().noneMatch(x -> x.kind().column().equals(column))) {
                throw new InputException("--heatmap " + heatmap + ": '" + a.trim() + "' is not an axis of this sweep ("
                        + String.join(", ", spec.axes().stream().map(x -> x.kind().column()).toList()) + ")");
            }
            if (axes.contains(column)) {
                throw new InputException("--heatmap " + heatmap + ": '" + a.trim() + "' given twice; give X,Y or "
                        + "X,Y,FACET, three different axes at most");
            }
            axes.add(column);
        }
        if (axes.size() < 2 || axes.size() > 3) {
            throw new InputException("--heatmap " + heatmap + ": give X,Y or X,Y,FACET");
        }
        return axes;
    }

    private String metric() {
        return switch (metric) {
            case "test-accuracy", "test_accuracy" -> "test_accuracy";
            case "final-cost", "final_cost" -> "final_cost";
            default -> throw new InputException("--metric " + metric + ": expected test-accuracy or final-cost");
        };
    }

    /** A single whole number of at least {@code min} that fits an int; a list is refused. */
    static int count(String option, String text, int min) {
        long v = whole(option, text);
        if (v < min) {
            throw new InputException(option + " " + text + ": must be " + (min == 1 ? "positive" : "at least " + min));
        }
        if (v > Integer.MAX_VALUE) {
            throw new InputException(option + " " + text + ": must be at most " + Integer.MAX_VALUE);
        }
        return (int) v;
    }

    static long whole(String option, String text) {
        single(option, text);
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InputException(option + " " + text + ": not a whole number");
        }
    }

    static double number(String option, String text) {
        single(option, text);
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new InputException(option + " " + text + ": not a number");
        }
    }

    private static void single(String option, String text) {
        if (text.contains(",")) {
            throw new InputException(option + " " + text + ": one value is needed, not a list");
        }
    }
}
