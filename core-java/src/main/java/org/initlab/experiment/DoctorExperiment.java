package org.initlab.experiment;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.analysis.Doctor;
import org.initlab.analysis.DoctorReport;
import org.initlab.analysis.Finding;
import org.initlab.data.Dataset;
import org.initlab.data.Datasets;
import org.initlab.data.Matrix;
import org.initlab.init.NumpyStreamInit;
import org.initlab.init.WeightLayout;
import org.initlab.net.CourseCrossEntropy;
import org.initlab.net.CourseNetworks;
import org.initlab.net.Matrices;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Sgd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The course's cases, diagnosed: the {@link Doctor} on E1–E3 (zeros, random ×10 and He on the circles, each the
 * course's initialized {@code [2, 10, 5, 1]} network on its first 256 training examples) and on E4's seven
 * configurations (5 layers of 100 units without bias on {@code randn(1000, 100)}, all 1000 examples).
 *
 * <p>E4's stacks have no output layer of their own, and the doctor needs a loss to send gradients back: each gets a
 * sigmoid output unit without bias, its weights {@code randn(100, 1) · sqrt(1/100)} drawn next in the arm's numpy
 * stream (after the input and the five layers), scored with the course's cross-entropy against the label
 * {@code y = 1} when the input's row sums to more than 0. Its steps are SGD at learning rate {@link #E4_LEARNING_RATE}.
 *
 * <p>What the course teaches each case shows, which {@link DoctorCase#expected()} holds and {@link #check} verifies:
 * zeros is symmetric (E1); random ×10 saturates the output and starts far above chance (E2's {@code inf}); sigmoid
 * and ReLU with std 0.01 lose their gradients on the way back (Saito §6.2); He (E3 and E4's ReLU arm) and Xavier for
 * tanh are healthy. Of E4's other arms, sigmoid with std 1 piles its activations at 0 and 1 (saturated, Saito §6.2.2)
 * and sigmoid with Xavier still loses its gradients, {@code σ′ ≤ 1/4} per layer (Glorot &amp; Bengio 2010); ReLU with
 * Xavier halves the signal's variance per layer, which five layers survive.
 */
public final class DoctorExperiment {
    /** The learning rate of the E4 stacks' steps (that of E1–E3). */
    public static final double E4_LEARNING_RATE = 0.01;

    private DoctorExperiment() {
    }

    /** The ten cases, diagnosed with the doctor's default options (all of E4's 1000 examples). */
    public static DoctorResult run(Path dataDir) {
        return run(dataDir, Doctor.Options.defaults());
    }

    /** The ten cases, each examined with {@code options} (E4's batch: all 1000 examples). */
    public static DoctorResult run(Path dataDir, Doctor.Options options) {
        List<DoctorCase> cases = new ArrayList<>();
        Dataset circles = Datasets.load("circles", dataDir);
        cases.add(course("zeros", "E1, zeros", Set.of(Finding.Kind.SYMMETRIC), circles, options));
        cases.add(course("random", "E2, random x10", Set.of(Finding.Kind.SATURATED, Finding.Kind.LOSS), circles,
                options));
        cases.add(course("he", "E3, He", Set.of(), circles, options));
        for (ActivationConfig c : ActivationConfig.course()) {
            cases.add(e4(c, options.withBatch(ActivationExperiment.EXAMPLES)));
        }
        return new DoctorResult(cases);
    }

    private static DoctorCase course(String name, String title, Set<Finding.Kind> expected, Dataset data,
                                     Doctor.Options options) {
        ExperimentSpec spec = Experiments.get(name);
        MultiLayerNetwork net = CourseNetworks.build(spec, data.train().size());
        DataSet batch = new DataSet(Matrices.toNd(data.train().x()), Matrices.toNd(data.train().y()));
        return new DoctorCase(name, title + " (circles, layers " + spec.layers() + ", " + spec.init().describe()
                + ", seed " + spec.seed() + ")", expected, Doctor.examine(net, batch, options));
    }

    private static DoctorCase e4(ActivationConfig c, Doctor.Options options) {
        long seed = ActivationExperiment.DEFAULT_SEED;
        int examples = ActivationExperiment.EXAMPLES;
        int units = ActivationExperiment.UNITS;
        MultiLayerNetwork net = network(c, seed, examples, units, ActivationExperiment.DEPTH);
        DataSet batch = batch(seed, examples, units);
        return new DoctorCase(c.name(), "E4, " + c.name() + " (randn(" + examples + ", " + units + "), "
                + ActivationExperiment.DEPTH + " layers of " + units + ", no bias, sigmoid output)",
                expected(c.name()), Doctor.examine(net, batch, options));
    }

    private static Set<Finding.Kind> expected(String arm) {
        return switch (arm) {
            case "sigmoid/std-1" -> Set.of(Finding.Kind.SATURATED);
            case "sigmoid/std-0.01", "relu/std-0.01", "sigmoid/xavier" -> Set.of(Finding.Kind.VANISHING);
            default -> Set.of();
        };
    }

    /**
     * E4's arm as {@link ActivationExperiment#network} draws it, with the sigmoid output unit above: {@code depth}
     * dense layers of {@code units} without bias, then {@code randn(units, 1) · sqrt(1/units)}, all from numpy's
     * stream seeded with {@code seed} after the {@code examples × units} input.
     */
    public static MultiLayerNetwork network(ActivationConfig c, long seed, int examples, int units, int depth) {
        long skip = (long) examples * units;
        long layerDraws = (long) units * units;
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .seed(seed)
                .updater(new Sgd(E4_LEARNING_RATE))
                .list();
        for (int l = 0; l < depth; l++) {
            list.layer(l, new DenseLayer.Builder().nIn(units).nOut(units).hasBias(false)
                    .activation(activation(c.activation()))
                    .weightInit(new NumpyStreamInit(seed, skip + l * layerDraws, InitScheme.NORMAL, c.scale(units),
                            WeightLayout.INPUT_MAJOR))
                    .build());
        }
        list.layer(depth, new OutputLayer.Builder(new CourseCrossEntropy()).nIn(units).nOut(1).hasBias(false)
                .activation(Activation.SIGMOID)
                .weightInit(new NumpyStreamInit(seed, skip + depth * layerDraws, InitScheme.NORMAL,
                        Math.sqrt(1.0 / units), WeightLayout.INPUT_MAJOR))
                .build());
        MultiLayerNetwork net = new MultiLayerNetwork(list.validateOutputLayerConfig(false).build());
        net.init();
        return net;
    }

    /** E4's input {@code randn(examples, units)} with the label {@code y = 1} where a row sums to more than 0. */
    public static DataSet batch(long seed, int examples, int units) {
        Matrix x = ActivationExperiment.input(seed, examples, units);
        double[] y = new double[examples];
        for (int i = 0; i < examples; i++) {
            double sum = 0;
            for (double v : x.row(i)) {
                sum += v;
            }
            y[i] = sum > 0 ? 1 : 0;
        }
        return new DataSet(Matrices.toNd(x), Matrices.toNd(new Matrix(examples, 1, y)));
    }

    private static Activation activation(org.initlab.spec.Activation a) {
        return switch (a) {
            case RELU -> Activation.RELU;
            case SIGMOID -> Activation.SIGMOID;
            case TANH -> Activation.TANH;
        };
    }
}
