package org.initlab.analysis;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.layers.IOutputLayer;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.initlab.io.InputException;
import org.initlab.numpy.Histogram;
import org.initlab.numpy.NumpyMoments;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.lossfunctions.ILossFunction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The init doctor: examines any DL4J {@link MultiLayerNetwork} before training, on one batch, and says what is wrong
 * with its initialization — Karpathy's diagnostics ("Building makemore Part 3: Activations &amp; Gradients,
 * BatchNorm") with DL4J's own forward and backward passes.
 *
 * <p>What it measures, on the first {@link Options#batch()} examples:
 * <ul>
 *   <li>the initial loss, and the chance level of the output ({@link LossCheck});</li>
 *   <li>per layer: the activations' mean, standard deviation, saturated share and histogram, the share of dead ReLU
 *       units, the standard deviation and histogram of the loss gradient with respect to the activations
 *       ({@link ActivationGradients}), {@code std(W)}, {@code std(dW)}, grad:data and the largest share of units
 *       with identical incoming weights ({@link LayerDiagnosis});</li>
 *   <li>over {@link Options#steps()} steps of plain SGD on a copy, at the configuration's learning rate, each weight
 *       layer's update:data ratio {@code log10(std(ΔW)/std(W))} ({@link SgdSteps}).</li>
 * </ul>
 * Then it draws its verdicts against {@link DoctorThresholds}: {@link Finding}s about the initialization (a symmetric,
 * saturated or dead layer, vanishing or exploding gradients, an initial loss far above chance) and about the
 * learning rate (update:data outside its band).
 *
 * <p>The user's network is never touched: the doctor works on copies of its configuration and parameters. On the
 * copies dropout and weight noise are off (their random masks would make every figure random; inverted dropout keeps
 * the activations' expectation) and so are gradient normalization and clipping (they would hide exploding gradients).
 * The forward pass runs in training mode, so batch normalization uses the batch's statistics, as the first training
 * step does. Statistics follow numpy's semantics ({@link NumpyMoments}, {@link Histogram}) over the values in C order.
 * Layers the doctor does not read ({@link LayerKinds}) are named and skipped; everything else is still measured.
 */
public final class Doctor {
    private Doctor() {
    }

    /**
     * How the doctor examines a network.
     *
     * @param batch        how many examples, the first of the data set: 256 by default
     * @param steps        how many steps of plain SGD it takes on a copy: 20 by default, 0 for none
     * @param learningRate the steps' learning rate; NaN (the default) for each layer's own, read from its updater
     * @param bins         bins of each histogram: 30
     * @param thresholds   where its verdicts draw their lines
     */
    public record Options(int batch, int steps, double learningRate, int bins, DoctorThresholds thresholds) {
        public static final int BATCH = 256;
        public static final int STEPS = 20;
        public static final int BINS = 30;

        public Options {
            if (batch < 1) {
                throw InputException.of("batch", batch, "must be at least 1");
            }
            if (steps < 0) {
                throw InputException.of("steps", steps, "must be 0 or more");
            }
            if (!Double.isNaN(learningRate) && !(learningRate > 0 && Double.isFinite(learningRate))) {
                throw InputException.of("learningRate", learningRate, "must be a positive number");
            }
            if (bins < 1) {
                throw InputException.of("bins", bins, "must be at least 1");
            }
            java.util.Objects.requireNonNull(thresholds, "thresholds");
        }

        /** 256 examples, 20 steps at the configuration's learning rate, 30 bins, the default thresholds. */
        public static Options defaults() {
            return new Options(BATCH, STEPS, Double.NaN, BINS, DoctorThresholds.DEFAULTS);
        }

        public Options withBatch(int v) {
            return new Options(v, steps, learningRate, bins, thresholds);
        }

        public Options withSteps(int v) {
            return new Options(batch, v, learningRate, bins, thresholds);
        }

        /** The steps' learning rate for every layer; NaN for each layer's own. */
        public Options withLearningRate(double v) {
            return new Options(batch, steps, v, bins, thresholds);
        }

        public Options withBins(int v) {
            return new Options(batch, steps, learningRate, v, thresholds);
        }

        public Options withThresholds(DoctorThresholds v) {
            return new Options(batch, steps, learningRate, bins, v);
        }

        /** The options as plain values, thresholds with their sources. */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("batch", batch);
            m.put("steps", steps);
            m.put("learning_rate", Double.isNaN(learningRate) ? "configuration" : (Object) learningRate);
            m.put("bins", bins);
            m.put("thresholds", thresholds.toMap());
            return m;
        }
    }

    /** Examines {@code net} on {@code data} with the default {@link Options}. */
    public static DoctorReport examine(MultiLayerNetwork net, DataSet data) {
        return examine(net, data, Options.defaults());
    }

    /**
     * Examines {@code net} (initialized, untouched) on the first {@code options.batch()} examples of {@code data}.
     * Without labels, or when the last layer is not an output layer, there is no loss: the report then has the
     * forward figures only.
     *
     * @throws IllegalArgumentException when the network has not been initialized
     */
    public static DoctorReport examine(MultiLayerNetwork net, DataSet data, Options options) {
        if (net.getLayers() == null || net.params() == null) {
            throw new IllegalArgumentException("the network is not initialized: call net.init() first");
        }
        DataType type = net.getLayerWiseConfigurations().getDataType();
        int available = Math.toIntExact(data.getFeatures().size(0));
        int m = Math.min(options.batch(), available);
        INDArray x = head(data.getFeatures(), m).castTo(type);
        INDArray y = data.getLabels() == null ? null : head(data.getLabels(), m).castTo(type);

        MultiLayerNetwork copy = copyOf(net);
        int n = copy.getnLayers();
        boolean supervised = y != null && copy.getOutputLayer() instanceof IOutputLayer;

        List<String> notes = new ArrayList<>();
        if (m < available) {
            notes.add("the batch is the first " + m + " of " + available + " examples");
        }
        if (hasDropout(net)) {
            notes.add("dropout is off in the doctor's copies: its random masks would make every figure random");
        }
        if (!supervised) {
            notes.add(y == null ? "the data have no labels: no loss, no gradients, no steps"
                    : "the last layer is not an output layer: no loss, no gradients, no steps");
        }

        List<INDArray> activations = forward(copy, x, supervised ? y : null);
        ActivationGradients gradients = supervised ? ActivationGradients.of(copy, y, m) : null;
        Gradients score = supervised ? Gradients.of(copy, x, y, m) : null;
        LossCheck loss = score == null ? null : lossCheck(conf(copy, n - 1), score.score(), score.regularization(), y);

        boolean[] weighted = new boolean[n];
        for (int i = 0; i < n; i++) {
            weighted[i] = LayerKinds.kind(conf(copy, i)) != null
                    && copy.getLayer(i).paramTable().containsKey(DefaultParamInitializer.WEIGHT_KEY);
        }
        SgdSteps steps = supervised && options.steps() > 0
                ? SgdSteps.run(net, x, y, options, weighted) : SgdSteps.none(n);
        notes.addAll(steps.notes());

        List<SkippedLayer> skipped = new ArrayList<>();
        List<LayerDiagnosis> layers = diagnoseAll(copy, activations, gradients,
                score == null ? Map.of() : score.parameters(), steps, options, skipped);
        List<Finding> findings = Verdicts.of(layers, loss, steps, options.thresholds(), m);
        return new DoctorReport(describe(copy), m, options, loss, layers, skipped, steps.count(), steps.losses(),
                findings, notes);
    }

    /** DL4J's forward pass on the copy in training mode, keeping the layers' inputs for the backward walk. */
    private static List<INDArray> forward(MultiLayerNetwork copy, INDArray x, INDArray y) {
        copy.setInput(x);
        if (y != null) {
            copy.setLabels(y);
        }
        try {
            return copy.feedForward(true, false);
        } catch (org.deeplearning4j.exception.DL4JInvalidInputException | IllegalStateException e) {
            throw new InputException("the examples do not fit the network (DL4J: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip() + ")", e);
        }
    }

    /**
     * DL4J's score of the batch and {@code ∂J/∂θ} of the cost it minimizes: {@code computeGradientAndScore}, then the
     * copy's updater, whose {@code Sgd(1.0)} turns the summed gradient into the derivative (divided by {@code m},
     * regularization added), as the gradient check does.
     *
     * @param score          the score, the mean loss plus regularization
     * @param regularization the regularization terms in it
     * @param parameters     {@code ∂J/∂θ} per parameter, keyed as {@code paramTable()} ({@code "0_W"})
     */
    private record Gradients(double score, double regularization, Map<String, INDArray> parameters) {
        static Gradients of(MultiLayerNetwork copy, INDArray x, INDArray y, int m) {
            copy.setInput(x);
            copy.setLabels(y);
            copy.computeGradientAndScore();
            double score = copy.score();
            Gradient g = copy.gradient();
            copy.getUpdater().update(copy, g, copy.getIterationCount(), copy.getEpochCount(), m,
                    LayerWorkspaceMgr.noWorkspaces());
            return new Gradients(score, copy.calcRegularizationScore(true), g.gradientForVariable());
        }
    }

    /**
     * Every layer the doctor reads, diagnosed; the others added to {@code skipped}. Histograms share their axes:
     * hidden layers with unbounded activations one {@code [min, max]}, activation gradients one {@code [−M, M]}.
     */
    private static List<LayerDiagnosis> diagnoseAll(MultiLayerNetwork copy, List<INDArray> activations,
                                                    ActivationGradients gradients, Map<String, INDArray> dTheta,
                                                    SgdSteps steps, Options options, List<SkippedLayer> skipped) {
        int n = copy.getnLayers();
        List<Integer> read = new ArrayList<>();
        Map<Integer, double[]> a = new LinkedHashMap<>();
        Map<Integer, double[]> g = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            org.deeplearning4j.nn.conf.layers.Layer conf = conf(copy, i);
            if (LayerKinds.kind(conf) == null) {
                skipped.add(new SkippedLayer(i + 1, conf.getClass().getSimpleName(), LayerKinds.reason(conf)));
                continue;
            }
            read.add(i);
            a.put(i, values(activations.get(i + 1), 'c'));
            INDArray gradient = gradients == null ? null : gradients.activations()[i];
            if (gradient != null) {
                g.put(i, values(gradient, 'c'));
            }
        }
        double[] shared = sharedRange(read.stream().filter(i -> i < n - 1 && !profile(conf(copy, i)).bounded())
                .map(a::get).toList());
        double reach = 0;
        for (double[] v : g.values()) {
            reach = Math.max(reach, maxAbs(v));
        }
        List<LayerDiagnosis> layers = new ArrayList<>();
        for (int i : read) {
            ActivationProfile profile = profile(conf(copy, i));
            double[] v = a.get(i);
            Histogram h = profile.bounded() || i == n - 1 || shared == null ? profile.histogram(v, options.bins())
                    : Histogram.of(v, options.bins(), shared[0], shared[1]);
            double[] gv = g.get(i);
            Histogram gh = gv == null ? null : reach == 0 ? Histogram.of(gv, options.bins())
                    : Histogram.of(gv, options.bins(), -reach, reach);
            layers.add(diagnose(i, copy.getLayer(i), activations.get(i + 1).shape(), v, h, gv, gh, dTheta, steps,
                    options));
        }
        return layers;
    }

    /**
     * The doctor's copy of {@code net}: {@link CheckableCopy}'s (no dropout, weight noise or gradient normalization,
     * updates that are the gradient itself), without workspaces, so that the layers' inputs and ε stay readable.
     */
    static MultiLayerNetwork copyOf(MultiLayerNetwork net) {
        MultiLayerNetwork copy = CheckableCopy.of(net);
        MultiLayerConfiguration conf = copy.getLayerWiseConfigurations();
        conf.setTrainingWorkspaceMode(WorkspaceMode.NONE);
        conf.setInferenceWorkspaceMode(WorkspaceMode.NONE);
        return copy;
    }

    private static LayerDiagnosis diagnose(int i, Layer layer, long[] shape, double[] a, Histogram histogram,
                                           double[] g, Histogram gradientHistogram, Map<String, INDArray> dTheta,
                                           SgdSteps steps, Options options) {
        org.deeplearning4j.nn.conf.layers.Layer conf = layer.conf().getLayer();
        ActivationProfile profile = profile(conf);
        int axis = shape.length == 4 ? LayerKinds.channelAxis(conf) : 1;
        long units = shape.length >= 2 ? shape[axis] : 1;
        double dead = profile.canDie() ? deadShare(a, shape, axis) : Double.NaN;
        double gradientStd = g == null ? Double.NaN : NumpyMoments.std(g);
        double weightStd = Double.NaN;
        double weightGradientStd = Double.NaN;
        double symmetric = Double.NaN;
        INDArray w = layer.paramTable().get(DefaultParamInitializer.WEIGHT_KEY);
        if (w != null) {
            weightStd = NumpyMoments.std(values(w, w.ordering()));
            INDArray dw = dTheta.get(i + "_" + DefaultParamInitializer.WEIGHT_KEY);
            if (dw != null) {
                weightGradientStd = NumpyMoments.std(values(dw, dw.ordering()));
            }
            symmetric = Symmetry.largestShare(conf, w, layer.paramTable().get(DefaultParamInitializer.BIAS_KEY));
        }
        String activationName = conf instanceof BaseLayer || conf instanceof ActivationLayer ? profile.name() : "none";
        return new LayerDiagnosis(i + 1, LayerKinds.kind(conf), conf.getClass().getSimpleName(), activationName, units,
                a.length, NumpyMoments.mean(a), NumpyMoments.std(a),
                profile.saturatedBeyond(a, options.thresholds().saturationLevel()), dead, histogram, gradientStd,
                gradientHistogram, weightStd, weightGradientStd, weightGradientStd / weightStd, symmetric,
                steps.learningRates()[i], steps.ratios()[i]);
    }

    private static org.deeplearning4j.nn.conf.layers.Layer conf(MultiLayerNetwork net, int i) {
        return net.getLayer(i).conf().getLayer();
    }

    /** The {@code [min, max]} of the finite values of all of {@code layers}, or null when there are none. */
    private static double[] sharedRange(List<double[]> layers) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] v : layers) {
            for (double x : v) {
                if (Double.isFinite(x)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        return lo > hi ? null : new double[] {lo, hi};
    }

    private static double maxAbs(double[] v) {
        double max = 0;
        for (double x : v) {
            if (Double.isFinite(x)) {
                max = Math.max(max, Math.abs(x));
            }
        }
        return max;
    }

    private static ActivationProfile profile(org.deeplearning4j.nn.conf.layers.Layer conf) {
        if (conf instanceof BaseLayer b) {
            return ActivationProfile.of(b.getActivationFn());
        }
        if (conf instanceof ActivationLayer a) {
            return ActivationProfile.of(a.getActivationFn());
        }
        return ActivationProfile.unknown("none");
    }

    /** The share of units (along {@code axis}) whose values are all exactly 0. */
    static double deadShare(double[] values, long[] shape, int axis) {
        int units = Math.toIntExact(shape[axis]);
        long stride = 1;
        for (int d = axis + 1; d < shape.length; d++) {
            stride *= shape[d];
        }
        boolean[] alive = new boolean[units];
        for (int k = 0; k < values.length; k++) {
            if (values[k] != 0.0) {
                alive[(int) ((k / stride) % units)] = true;
            }
        }
        int dead = 0;
        for (boolean live : alive) {
            if (!live) {
                dead++;
            }
        }
        return (double) dead / units;
    }

    private static LossCheck lossCheck(org.deeplearning4j.nn.conf.layers.Layer out, double score,
                                       double regularization, INDArray labels) {
        ILossFunction fn = null;
        IActivation act = null;
        if (out instanceof org.deeplearning4j.nn.conf.layers.BaseOutputLayer o) {
            fn = o.getLossFn();
            act = o.getActivationFn();
        } else if (out instanceof LossLayer l) {
            fn = l.getLossFn();
            act = l.getActivationFn();
        }
        String function = fn == null ? out.getClass().getSimpleName() : fn.getClass().getSimpleName();
        double chance = Double.NaN;
        if (fn != null && labels.rank() == 2) {
            chance = fn.computeScore(labels, Nd4j.zeros(labels.dataType(), labels.shape()), act, null, true);
        }
        return new LossCheck(function, score, regularization, chance, chanceName(chance, labels));
    }

    /** {@code ln 2}, {@code ln C}, or what the chance level is when it is neither. */
    private static String chanceName(double chance, INDArray labels) {
        long classes = labels.rank() == 2 ? labels.size(1) : 0;
        double close = labels.dataType() == DataType.DOUBLE ? 1e-9 : 1e-5;
        if (Math.abs(chance - Math.log(2)) <= close * Math.log(2)) {
            return "ln 2";
        }
        if (classes > 1 && Math.abs(chance - Math.log(classes)) <= close * Math.log(classes)) {
            return "ln " + classes;
        }
        return "the loss at zero pre-activations";
    }

    /** {@code dense 2→10 (relu), dense 10→5 (relu), output 5→1 (sigmoid); 81 parameters, DOUBLE}. */
    private static String describe(MultiLayerNetwork net) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < net.getnLayers(); i++) {
            org.deeplearning4j.nn.conf.layers.Layer conf = net.getLayer(i).conf().getLayer();
            String kind = LayerKinds.kind(conf);
            if (i > 0) {
                s.append(", ");
            }
            s.append(kind == null ? conf.getClass().getSimpleName() : kind);
            if (conf instanceof FeedForwardLayer f && (kind == null || !kind.equals("batch-norm"))) {
                s.append(' ').append(f.getNIn()).append('→').append(f.getNOut());
            }
            if (conf instanceof BaseLayer b) {
                s.append(" (").append(ActivationProfile.of(b.getActivationFn()).name()).append(')');
            }
        }
        s.append("; ").append(net.numParams()).append(" parameters, ")
                .append(net.getLayerWiseConfigurations().getDataType());
        return s.toString();
    }

    private static boolean hasDropout(MultiLayerNetwork net) {
        for (Layer layer : net.getLayers()) {
            if (layer.conf().getLayer().getIDropout() != null) {
                return true;
            }
        }
        return false;
    }

    /** The first {@code m} examples (rows) of {@code a}. */
    static INDArray head(INDArray a, int m) {
        if (a.size(0) == m) {
            return a;
        }
        INDArrayIndex[] index = new INDArrayIndex[a.rank()];
        index[0] = NDArrayIndex.interval(0, m);
        for (int d = 1; d < index.length; d++) {
            index[d] = NDArrayIndex.all();
        }
        return a.get(index);
    }

    /** The values of {@code a} as doubles, flattened in {@code order}. */
    static double[] values(INDArray a, char order) {
        return a.castTo(DataType.DOUBLE).dup(order).data().asDouble();
    }

    /** A figure as the report prints it: {@code 0.0123}, {@code 4.56e-07}, {@code inf}. */
    static String figure(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%.3g", x);
    }

    /** A threshold or a learning rate as the user gave it: {@code 2}, {@code -4}, {@code 0.97}, {@code 1e-05}. */
    static String plain(double x) {
        String s = org.initlab.numpy.PyFloat.repr(x);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
