package org.initlab.analysis;

import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.initlab.numpy.NumpyMoments;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The doctor's first steps of training: {@code K} steps of plain SGD, {@code θ ← θ − lr·∂J/∂θ}, taken by DL4J's own
 * {@code fit} on a copy of the network whose updaters are {@code Sgd(lr)}, recording per weight layer Karpathy's
 * update:data ratio {@code log10(std(ΔW) / std(W))} with {@code ΔW} the step DL4J actually took.
 *
 * <p>The learning rate of each layer is its updater's ({@code IUpdater.getLearningRate(0, 0)}: a schedule's first
 * value), or the one the options give. For updaters other than SGD the steps are still plain SGD at that rate, which
 * is not what the updater would do: Adam, for one, moves each weight by about its learning rate in its first steps,
 * whatever the gradient's scale, so its own update:data is near {@code log10(lr / std(W))}; the report says so. An
 * updater without a learning rate (AdaDelta, NoOp) takes no steps unless the options give one. Regularization and
 * constraints stay as configured (they are part of what is minimized); dropout, weight noise and gradient
 * normalization are off, as on the doctor's other copy.
 *
 * @param count         the steps taken
 * @param losses        DL4J's score at each step, before its update
 * @param ratios        per layer (0-based), per step, the update:data ratio; empty for a layer without weights
 * @param learningRates per layer, the learning rate of its weights' steps; NaN without steps
 * @param notes         what the report should say about the steps
 */
record SgdSteps(int count, double[] losses, double[][] ratios, double[] learningRates, List<String> notes) {

    /** No steps, for a network of {@code layers} layers. */
    static SgdSteps none(int layers) {
        return none(layers, List.of());
    }

    private static SgdSteps none(int layers, List<String> notes) {
        double[] rates = new double[layers];
        Arrays.fill(rates, Double.NaN);
        return new SgdSteps(0, new double[0], new double[layers][0], rates, notes);
    }

    /** {@code options.steps()} steps on a copy of {@code net} over the batch {@code (x, y)}. */
    static SgdSteps run(MultiLayerNetwork net, INDArray x, INDArray y, Doctor.Options options, boolean[] weighted) {
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations().clone();
        int n = conf.getConfs().size();
        double[] rates = new double[n];
        Arrays.fill(rates, Double.NaN);
        List<String> notes = new ArrayList<>();
        Set<String> otherUpdaters = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            NeuralNetConfiguration c = conf.getConf(i);
            Layer layer = c.getLayer();
            layer.setIDropout(null);
            if (!(layer instanceof BaseLayer base)) {
                continue;
            }
            base.setWeightNoise(null);
            base.setGradientNormalization(GradientNormalization.None);
            IUpdater updater = base.getIUpdater();
            double lr = rate(updater, options.learningRate());
            if (updater != null && !(updater instanceof Sgd) && Double.isNaN(options.learningRate())) {
                otherUpdaters.add(updater.getClass().getSimpleName() + " ("
                        + (Double.isNaN(lr) ? "no learning rate" : "learning rate " + Doctor.plain(lr)) + ")");
            }
            if (Double.isNaN(lr)) {
                if (net.getLayer(i).numParams() > 0) {
                    notes.add("no steps taken: layer " + (i + 1) + "'s updater "
                            + (updater == null ? "none" : updater.getClass().getSimpleName())
                            + " has no learning rate (give one to take the steps)");
                    return none(n, notes);
                }
                continue;
            }
            rates[i] = lr;
            double biasRate = base.getBiasUpdater() == null ? lr : rate(base.getBiasUpdater(), options.learningRate());
            base.setIUpdater(new Sgd(lr));
            base.setBiasUpdater(new Sgd(Double.isNaN(biasRate) ? lr : biasRate));
        }
        if (!otherUpdaters.isEmpty()) {
            notes.add("the steps are plain SGD at the updater's learning rate, not the steps of "
                    + String.join(", ", otherUpdaters) + ": Adam and its kin move each weight by about the learning "
                    + "rate at first, so their own update:data is near log10(lr / std(W))");
        }

        MultiLayerNetwork stepper = new MultiLayerNetwork(conf);
        stepper.init(net.params().dup(), false);
        DataSet batch = new DataSet(x, y);
        int steps = options.steps();
        double[] losses = new double[steps];
        double[][] ratios = new double[n][];
        for (int i = 0; i < n; i++) {
            ratios[i] = new double[weighted[i] ? steps : 0];
        }
        int diverged = -1;
        for (int t = 0; t < steps; t++) {
            if (diverged >= 0) {
                losses[t] = Double.NaN;
                for (double[] r : ratios) {
                    if (r.length > 0) {
                        r[t] = Double.NaN;
                    }
                }
                continue;
            }
            double[][] before = new double[n][];
            for (int i = 0; i < n; i++) {
                if (weighted[i]) {
                    before[i] = weights(stepper, i);
                }
            }
            stepper.fit(batch);
            losses[t] = stepper.score();
            for (int i = 0; i < n; i++) {
                if (weighted[i]) {
                    double[] after = weights(stepper, i);
                    double[] delta = new double[after.length];
                    for (int k = 0; k < delta.length; k++) {
                        delta[k] = before[i][k] - after[k];
                    }
                    ratios[i][t] = Math.log10(NumpyMoments.std(delta) / NumpyMoments.std(before[i]));
                }
            }
            if (!finite(stepper.params())) {
                diverged = t;
                notes.add("the steps diverged: parameters not finite after step " + (t + 1));
            }
        }
        return new SgdSteps(steps, losses, ratios, rates, notes);
    }

    /** The learning rate of {@code updater} at the first step, or {@code override} when that is a number. */
    private static double rate(IUpdater updater, double override) {
        if (!Double.isNaN(override)) {
            return override;
        }
        if (updater == null || !updater.hasLearningRate()) {
            return Double.NaN;
        }
        return updater.getLearningRate(0, 0);
    }

    private static double[] weights(MultiLayerNetwork net, int layer) {
        INDArray w = net.getLayer(layer).getParam(DefaultParamInitializer.WEIGHT_KEY);
        return Doctor.values(w, w.ordering());
    }

    private static boolean finite(INDArray params) {
        for (double v : Doctor.values(params, 'c')) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
