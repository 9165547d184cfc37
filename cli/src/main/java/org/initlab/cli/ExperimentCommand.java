package org.initlab.cli;

import org.initlab.experiment.AnalysisExperiments;
import org.initlab.experiment.CoursePrinter;
import org.initlab.experiment.Experiments;
import org.initlab.experiment.LsuvExperiment;
import org.initlab.init.Initializers;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;


import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** {@code initlab experiment NAME}: runs one of the course's experiments and prints the course's lines. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        subcommands = {DepthSweepCommand.class, MnistSeedsCommand.class},
        description = {"Run one of the course's experiments and print its numbers as the course does.",
                "NAME: zeros, random, he (E1-E3, circles); noreg, l2, dropout (E6-E7, football); deep-cat (E9); "
                        + "mnist (E5, both arms; or mnist-large, mnist-scaled alone); activations (E4), z-distribution (E4b); "
                        + "lsuv (LSUV against He and xavier on deep-cat and a deep circles network); doctor (the init "
                        + "doctor's verdicts on E1-E3 and E4's seven configurations); depth-sweep and mnist-seeds "
                        + "(sweeps over seeds: see 'initlab experiment depth-sweep --help')."})
public final class ExperimentCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The experiment.")
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

    @Option(names = "--record-every", paramLabel = "N",
            description = "Record the cost every N iterations for --json/--out, without printing it (default: as "
                    + "the experiment prints it).")
    Integer recordEvery;

    @Option(names = "--init", paramLabel = "INIT",
            description = "Train the experiment with another initializer: " + InitOption.HELP)
    String init;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
            description = "auto (the fast exact engine), dl4j (DL4J's own fit) or fast. Default: ${DEFAULT-VALUE}.")
    String engine;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        if (name == null) {
            throw new picocli.CommandLine.ParameterException(command.commandLine(), "Missing required parameter: 'NAME'");
        }
        List<String> names = names();
        if (!names.contains(name)) {
            throw new org.initlab.io.InputException("unknown experiment '" + name + "': expected one of "
                    + String.join(", ", names));
        }
        if (init != null && (name.equals(LsuvExperiment.NAME) || AnalysisExperiments.names().contains(name))) {
            throw new org.initlab.io.InputException("--init " + init + ": experiment " + name
                    + " compares initializers of its own");
        }
        if (name.equals(LsuvExperiment.NAME)) {
            if (seed != null || epochs != null || recordEvery != null) {
                throw new org.initlab.io.InputException("experiment lsuv takes --iterations, --engine, --data-dir, "
                        + "--json and --out, not " + (seed != null ? "--seed" : epochs != null ? "--epochs" : "--record-every"));
            }
            return LsuvCommand.run(dataDir, iterations, engine, output, System.out);
        }
        if (name.equals("mnist")) {
            return mnist();
        }
        if (AnalysisExperiments.names().contains(name)) {
            return analysis();
        }
        output.check();
        ExperimentSpec spec = spec(name);
        RunResult result = Training.run(spec, null, name, true, System.out);
        output.write(result, System.err);
        return ExitCodes.OK;
    }

    /**
     * Every NAME this command takes, in the order of its help: the catalogue's trainings with mnist before its two
     * arms, the analyses at initialization, lsuv, the doctor, then the sweeps (its subcommands).
     */
    List<String> names() {
        List<String> names = new ArrayList<>();
        for (String n : Experiments.names()) {
            if (n.equals("mnist-large")) {
                names.add("mnist");
            }
            names.add(n);
        }
        names.addAll(List.of(AnalysisExperiments.ACTIVATIONS, AnalysisExperiments.Z_DISTRIBUTION, LsuvExperiment.NAME,
                AnalysisExperiments.DOCTOR));
        names.addAll(command.subcommands().keySet());
        return names;
    }

    /**
     * An analysis at initialization ({@code activations}, {@code z-distribution}, {@code doctor}): its table, then
     * {@code --json} and {@code --out} ({@code result.json} and the pictures, whole or not at all), both taken before
     * it runs. Options it has no use for are refused rather than ignored.
     */
    private int analysis() {
        boolean doctor = name.equals(AnalysisExperiments.DOCTOR);
        String unused = iterations != null ? "--iterations" : epochs != null ? "--epochs"
                : recordEvery != null ? "--record-every"
                : command.commandLine().getParseResult().hasMatchedOption("--engine") ? "--engine"
                : dataDir != null && !doctor ? "--data-dir" : null;
        if (unused != null) {
            throw new org.initlab.io.InputException("experiment " + name + " takes "
                    + (doctor ? "--data-dir" : "--seed") + ", --json and --out, not " + unused);
        }
        AnalysisExperiments.check(name, seed);
        output.check();
        AnalysisExperiments.Analysis analysis = AnalysisExperiments.analyse(name, seed, dataDir, System.out);
        output.writeMap(analysis.run(), analysis.config(), analysis.result(),
                dir -> AnalysisPictures.write(analysis, dir), System.err);
        analysis.check();
        return ExitCodes.OK;
    }

    /**
     * E5: both arms of Nielsen's comparison, each printing its epochs and best. With more than one core the scaled
     * arm trains at the same time as the large one and its lines are held back until the large arm has printed
     * its own, so the output is the same as one after the other.
     */
    private int mnist() {
        output.check();
        ExperimentSpec large = spec("mnist-large");
        ExperimentSpec scaled = spec("mnist-scaled");
        org.initlab.data.Dataset data = org.initlab.data.Datasets.load("mnist", dataDir);
        HeldOutput held = new HeldOutput(System.out);
        PrintStream scaledOut = new PrintStream(held, true, StandardCharsets.UTF_8);
        RunResult largeRun;
        RunResult scaledRun;
        if (Runtime.getRuntime().availableProcessors() > 1) {
            ExecutorService background = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "initlab-mnist-scaled");
                t.setDaemon(true);
                return t;
            });
            try {
                Future<RunResult> pending = background.submit(() -> arm(scaled, data, scaledOut, false));
                largeRun = arm(large, data, System.out, true);
                release(held);
                scaledRun = await(pending);
            } finally {
                background.shutdownNow();
            }
        } else {
            largeRun = arm(large, data, System.out, true);
            release(held);
            scaledRun = arm(scaled, data, scaledOut, true);
        }
        scaledOut.flush();
        Map<String, Object> arms = new LinkedHashMap<>();
        Map<String, Object> configs = new LinkedHashMap<>();
        for (RunResult r : List.of(largeRun, scaledRun)) {
            String arm = r.spec().name().substring("mnist-".length());
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("correct_per_epoch", r.testCorrectPerEpoch());
            a.put("test_size", r.dataset().test().size());
            a.put("training_seconds", r.trainingSeconds());
            a.put("engine", r.engine());
            arms.put(arm, a);
            configs.put(arm, r.spec().describe());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("arms", arms);
        result.put("config", configs);
        output.writeMap("mnist", configs, result, System.err);
        return ExitCodes.OK;
    }

    /** One arm: its heading, then its epochs and best on {@code out}, with a progress bar if {@code bar}. */
    private static RunResult arm(ExperimentSpec spec, org.initlab.data.Dataset data, PrintStream out, boolean bar) {
        new CoursePrinter(out).armHeading(spec);
        return Training.run(spec, data, spec.name(), bar, out);
    }

    private static void release(HeldOutput held) {
        try {
            held.release();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static RunResult await(Future<RunResult> pending) {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the scaled arm trained", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private ExperimentSpec spec(String experiment) {
        ExperimentSpec base = Experiments.get(experiment);
        ExperimentSpec.Builder b = base.toBuilder().dataDir(dataDir).engine(EngineKind.parse(engine));
        if (seed != null) {
            b.seed(seed);
        }
        if (recordEvery != null) {
            b.recordEvery(CountOption.positive("--record-every", recordEvery, 0));
        }
        if (init != null) {
            b.init(Initializers.parse(init));
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
            b.epochs(CountOption.positive("--epochs", epochs, 0), base.batchSize());
        }
        return b.build();
    }
}
