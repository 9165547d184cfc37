package org.initlab.cli;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.analysis.Doctor;
import org.initlab.analysis.DoctorFiles;
import org.initlab.analysis.DoctorInputs;
import org.initlab.analysis.DoctorReport;
import org.initlab.analysis.DoctorThresholds;
import org.initlab.data.CsvExamples;
import org.initlab.data.Dataset;
import org.initlab.data.Datasets;
import org.initlab.data.Split;
import org.initlab.init.LsuvFit;
import org.initlab.io.FolderLock;
import org.initlab.io.InputException;
import org.initlab.io.ResultFolder;
import org.initlab.net.CourseNetworks;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.RunFiles;
import org.nd4j.linalg.dataset.DataSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code initlab doctor}: examines a network at initialization, before it trains, and says what is wrong with it
 * ({@link Doctor}). The network is an InitLab specification (the options of {@code train}), a saved DL4J model
 * ({@code --model}) or a DL4J configuration ({@code --config}); its data a named data set or a CSV file. Exit status
 * 0 without an initialization finding, 1 with one (learning-rate findings alone do not fail), 2 for bad input.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Examine a network at initialization, before training: the initial loss against chance, per "
                + "layer the activations, their gradients and the first SGD steps (Karpathy's diagnostics), and what "
                + "is wrong with them.",
                "The network: an InitLab specification (the options of train, default the He experiment), "
                        + "--model FILE (a DL4J model.zip) or --config FILE (MultiLayerConfiguration JSON). The data: "
                        + "--dataset NAME or --csv FILE (features..., label).",
                "Exit status: 0 no initialization finding, 1 one or more (learning-rate findings alone do not fail), "
                        + "2 bad input."})
public final class DoctorCommand implements Callable<Integer> {
    @Mixin
    NetworkOptions network;

    @Option(names = "--model", paramLabel = "FILE",
            description = "A DL4J model.zip (written by InitLab or by ModelSerializer) instead of a specification.")
    Path model;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A DL4J MultiLayerConfiguration as toJson() writes it, initialized from its own seed "
                    + "(--seed overrides it).")
    Path config;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Examples from a CSV file instead of --dataset: features..., then a class label; a header "
                    + "line is allowed.")
    Path csv;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + Doctor.Options.BATCH,
            description = "Examine the first N examples. Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--steps", paramLabel = "K", defaultValue = "" + Doctor.Options.STEPS,
            description = "Plain SGD steps on a copy, for the update:data ratios (0: none). Default: ${DEFAULT-VALUE}.")
    int steps;

    @Option(names = "--max-symmetric", paramLabel = "SHARE", defaultValue = "" + DoctorThresholds.MAX_SYMMETRIC,
            description = "Largest share of a layer's units with identical incoming weights (0: any two alike are a "
                    + "finding). Default: ${DEFAULT-VALUE}.")
    double maxSymmetric;

    @Option(names = "--saturation-level", paramLabel = "A", defaultValue = "" + DoctorThresholds.SATURATION_LEVEL,
            description = "Where an activation is saturated, in tanh's terms |a| > A (Karpathy). "
                    + "Default: ${DEFAULT-VALUE}.")
    double saturationLevel;

    @Option(names = "--max-saturated", paramLabel = "SHARE", defaultValue = "" + DoctorThresholds.MAX_SATURATED,
            description = "Largest saturated share of a layer's activations. Default: ${DEFAULT-VALUE}.")
    double maxSaturated;

    @Option(names = "--max-dead", paramLabel = "SHARE", defaultValue = "" + DoctorThresholds.MAX_DEAD,
            description = "Largest share of a ReLU layer's units that are 0 on every example. "
                    + "Default: ${DEFAULT-VALUE}.")
    double maxDead;

    @Option(names = "--gradient-factor", paramLabel = "F", defaultValue = "" + DoctorThresholds.GRADIENT_FACTOR,
            description = "Vanishing or exploding when the activation gradients' std changes more than F times from "
                    + "the last layer to the first. Default: ${DEFAULT-VALUE}.")
    double gradientFactor;

    @Option(names = "--loss-factor", paramLabel = "F", defaultValue = "" + DoctorThresholds.LOSS_FACTOR,
            description = "Far above chance when the initial loss is more than F times chance. "
                    + "Default: ${DEFAULT-VALUE}.")
    double lossFactor;

    @Option(names = "--min-update-ratio", paramLabel = "LOG10", defaultValue = "" + DoctorThresholds.MIN_UPDATE_RATIO,
            description = "Lowest update:data ratio after the first steps (DL4J UI, Karpathy). "
                    + "Default: ${DEFAULT-VALUE}.")
    double minUpdateRatio;

    @Option(names = "--max-update-ratio", paramLabel = "LOG10", defaultValue = "" + DoctorThresholds.MAX_UPDATE_RATIO,
            description = "Highest update:data ratio after the first steps. Default: ${DEFAULT-VALUE}.")
    double maxUpdateRatio;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write report.json, the pictures (PNG and SVG) and manifest.json into DIR, whole or not at "
                    + "all.")
    Path out;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the report as JSON (and a manifest beside it).")
    Path json;

    @Option(names = "--no-pictures", description = "With --out, write no pictures.")
    boolean noPictures;

    @Spec
    CommandSpec command;

    private FolderLock jsonLock;
    private ResultFolder folder;

    /** What the doctor examines: the network, its batch, and a description of both for the report. */
    private record Subject(MultiLayerNetwork network, DataSet data, Map<String, Object> description) {
    }

    @Override
    public Integer call() {
        ParseResult given = command.commandLine().getParseResult();
        checkCombinations(given);
        Doctor.Options options = options(given);
        try {
            openOutputs();
            Subject subject = subject(given);
            DoctorReport report = Doctor.examine(subject.network(), subject.data(), options);
            System.out.println("initlab doctor: " + subject.description().get("network_source") + " on "
                    + subject.description().get("data_source"));
            report.print(System.out);
            write(report, subject.description());
            return report.healthy() ? ExitCodes.OK : ExitCodes.FAILED;
        } finally {
            closeOutputs();
        }
    }

    /**
     * Takes the output places before any work, so that a place that cannot be written or that another run writes
     * fails first: the lock of {@code --json}, the result folder of {@code --out}.
     */
    private void openOutputs() {
        OutputOptions.checkApart(json, out);
        if (json != null) {
            jsonLock = OutputOptions.lockJson(json);
        }
        if (out != null) {
            folder = OutputOptions.openOut(out);
        }
    }

    /** An uncommitted folder leaves nothing behind; the locks are released. */
    private void closeOutputs() {
        if (folder != null) {
            folder.close();
        }
        if (jsonLock != null) {
            jsonLock.close();
        }
    }

    private void checkCombinations(ParseResult given) {
        if (model != null && config != null) {
            throw new InputException("--model and --config: give one network, not two");
        }
        String file = model != null ? "--model" : config != null ? "--config" : null;
        if (file != null) {
            for (String option : NetworkOptions.NETWORK) {
                if (given.hasMatchedOption(option)) {
                    throw new InputException(option + ": describes an InitLab network, not one given by " + file);
                }
            }
        }
        if (model != null && given.hasMatchedOption("--seed")) {
            throw new InputException("--seed: a saved model's parameters are drawn already");
        }
        if (csv != null && (given.hasMatchedOption("--dataset") || given.hasMatchedOption("--train-size"))) {
            throw new InputException((given.hasMatchedOption("--dataset") ? "--dataset" : "--train-size")
                    + ": the examples come from --csv " + csv);
        }
        if (noPictures && out == null) {
            throw new InputException("--no-pictures: pictures are written only with --out");
        }
    }

    private Doctor.Options options(ParseResult given) {
        DoctorThresholds t = new DoctorThresholds(maxSymmetric, saturationLevel, maxSaturated, maxDead,
                gradientFactor, lossFactor, minUpdateRatio, maxUpdateRatio);
        Doctor.Options o = Doctor.Options.defaults().withBatch(batch).withSteps(steps).withThresholds(t);
        boolean lrGiven = given.hasMatchedOption("--lr");
        return (model != null || config != null) && lrGiven ? o.withLearningRate(network.learningRate) : o;
    }

    private Subject subject(ParseResult given) {
        Map<String, Object> d = new LinkedHashMap<>();
        if (model != null || config != null) {
            MultiLayerNetwork net = model != null ? RunFiles.loadModel(model) : configured(given);
            d.put("network_source", model != null ? "model " + model : "configuration " + config);
            if (config != null) {
                d.put("seed", net.getLayerWiseConfigurations().getConf(0).getSeed());
            }
            DataSet data = data(net, d);
            return new Subject(net, data, d);
        }
        ExperimentSpec spec = network.builder("doctor").build();
        d.put("network_source", "specification (layers " + spec.layers() + ", " + spec.hidden().id() + ", init "
                + spec.init().describe() + ", seed " + spec.seed() + ")");
        d.put("spec", spec.describe());
        d.put("seed", spec.seed());
        long inputs = spec.layers().get(0);
        long outputs = spec.layers().get(spec.depth());
        Split train;
        String source;
        if (csv != null) {
            CsvExamples examples = CsvExamples.read(csv);
            train = DoctorInputs.split(inputs, outputs, examples);
            source = csv.toString();
            d.put("data_source", "csv " + csv + " (" + examples.size() + " examples)");
        } else {
            Dataset dataset = dataset(spec.trainSize());
            train = dataset.train();
            source = dataset.name();
            DoctorInputs.check(inputs, outputs, train, source);
            d.put("data_source", dataset.name() + " (" + train.size() + " training examples)");
        }
        MultiLayerNetwork net = CourseNetworks.build(LsuvFit.fitted(spec, train), train.size());
        return new Subject(net, DoctorInputs.of(net, train, source), d);
    }

    private MultiLayerNetwork configured(ParseResult given) {
        MultiLayerConfiguration conf = DoctorInputs.configuration(config);
        if (given.hasMatchedOption("--seed")) {
            for (NeuralNetConfiguration c : conf.getConfs()) {
                c.setSeed(network.seed);
            }
        }
        return DoctorInputs.network(conf, config);
    }

    private DataSet data(MultiLayerNetwork net, Map<String, Object> d) {
        if (csv != null) {
            CsvExamples examples = CsvExamples.read(csv);
            d.put("data_source", "csv " + csv + " (" + examples.size() + " examples)");
            return DoctorInputs.of(net, examples);
        }
        Dataset dataset = dataset(CountOption.positive("--train-size", network.trainSize, 0));
        d.put("data_source", dataset.name() + " (" + dataset.train().size() + " training examples)");
        return DoctorInputs.of(net, dataset.train(), dataset.name());
    }

    private Dataset dataset(int trainSize) {
        Dataset dataset = Datasets.load(network.dataset, network.dataDir);
        if (trainSize > dataset.train().size()) {
            throw new InputException("--train-size " + trainSize + ": " + dataset.name() + " has only "
                    + dataset.train().size() + " training examples");
        }
        return trainSize > 0 ? dataset.withTrainSize(trainSize) : dataset;
    }

    /** The report's files, into the places {@link #openOutputs} took, through the one place that writes them. */
    private void write(DoctorReport report, Map<String, Object> subject) {
        if (json != null) {
            DoctorFiles.writeJson(report, subject, json);
        }
        if (out != null) {
            DoctorFiles.Pictures pictures = noPictures ? DoctorFiles.Pictures.NONE
                    : dir -> DoctorPictures.write(report, dir);
            List<String> files = DoctorFiles.writeFolder(report, subject, folder, pictures);
            System.err.println("Report written to " + out + ": " + String.join(", ", files));
        }
    }
}
