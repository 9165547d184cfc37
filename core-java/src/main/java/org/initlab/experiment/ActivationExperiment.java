package org.initlab.experiment;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Matrix;
import org.initlab.data.Probe;
import org.initlab.net.CourseNetworks;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.analysis.ActivationProfile;
import org.initlab.analysis.ActivationStats;
import org.initlab.numpy.Histogram;
import org.initlab.analysis.LayerStats;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;

/**
 * E4, the distributions of activations (Saito, "Deep Learning from Scratch", §6.2.2–6.2.3, after Glorot &amp; Bengio
 * 2010): {@code randn(1000, 100)} through 5 layers of 100 units without bias, {@code a = act(x @ w)}, for each
 * {@link ActivationConfig#course() arm}, on real DL4J layers.
 *
 * <p>Draws, one numpy stream per arm, exactly as Saito's {@code weight_init_activation_histogram.py} run once per arm:
 * <pre>
 * np.random.seed(seed)
 * x = np.random.randn(examples, units)                 # examples·units Gaussians, C order
 * for l in 1 … depth:
 *     w = np.random.randn(units, units) * scale        # numpy shape (n_in, n_out), C order
 *     x = act(np.dot(x, w))
 * </pre>
 * Every arm thus sees the same input and the same Gaussians, only scaled and activated differently. A weight matrix of
 * numpy shape {@code (n_in, n_out)} used as {@code x @ w} is DL4J's {@code [nIn, nOut]} matrix itself, so each arm is
 * {@link CourseNetworks#biasFreeStack} with {@code sigma = scale}, layer {@code l}'s weights starting after
 * {@code examples·units + (l−1)·units²} Gaussians.
 *
 * <p>Histograms have {@link #BINS} bins over one range per arm: the activation's output range when bounded
 * ({@code (0, 1)} for sigmoid as Saito plots it, {@code (−1, 1)} for tanh), otherwise the smallest to the largest
 * activation of all its layers (for ReLU {@code [0, max]}), so that the spread of every layer shows on one axis.
 *
 * <p>What the course expects: sigmoid with std 1 piles at 0 and 1, with 0.01 spikes at 0.5, with Xavier is wide;
 * ReLU with 0.01 is all near 0, with Xavier narrows layer by layer, with He keeps the same spread in every layer.
 */
public final class ActivationExperiment {
    public static final long DEFAULT_SEED = 0;
    public static final int EXAMPLES = Probe.EXAMPLES;
    public static final int UNITS = Probe.FEATURES;
    public static final int DEPTH = 5;
    public static final int BINS = ActivationStats.BINS;

    private ActivationExperiment() {
    }

    /** The course's experiment: the seven arms on {@code randn(1000, 100)} through 5 layers of 100 units. */
    public static ActivationResult run(long seed) {
        return run(seed, EXAMPLES, UNITS, DEPTH, ActivationConfig.course());
    }

    /** The experiment on {@code randn(examples, units)} through {@code depth} layers of {@code units} units. */
    public static ActivationResult run(long seed, int examples, int units, int depth, List<ActivationConfig> configs) {
        INDArray x = ActivationStats.toArray(input(seed, examples, units));
        List<ConfigurationStats> out = new ArrayList<>(configs.size());
        for (ActivationConfig c : configs) {
            out.add(stats(c, network(c, seed, examples, units, depth), x, units));
        }
        return new ActivationResult(seed, examples, units, depth, BINS, out);
    }

    /** {@code np.random.seed(seed); np.random.randn(examples, units)}; for 1000 × 100 this is {@link Probe#input}. */
    public static Matrix input(long seed, int examples, int units) {
        return new Matrix(examples, units, new NumpyRandomState(seed).randn(examples, units));
    }

    /**
     * The arm's initialized DL4J network: {@code depth} dense layers of {@code units} units without bias, in double
     * precision, weights drawn after the {@code examples × units} input.
     */
    public static MultiLayerNetwork network(ActivationConfig config, long seed, int examples, int units, int depth) {
        return CourseNetworks.biasFreeStack(config.activation(), units, depth, config.scale(units), seed,
                (long) examples * units);
    }

    private static ConfigurationStats stats(ActivationConfig c, MultiLayerNetwork net, INDArray x, int units) {
        List<double[]> values = ActivationStats.activations(net, x);
        ActivationProfile profile = ActivationStats.profile(net, 0);
        double lo = profile.lo();
        double hi = profile.hi();
        if (!profile.bounded()) {
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (double[] layer : values) {
                for (double v : layer) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        List<LayerStats> layers = new ArrayList<>(values.size());
        for (int l = 0; l < values.size(); l++) {
            double[] v = values.get(l);
            layers.add(LayerStats.of(l + 1, ActivationStats.profile(net, l), v, Histogram.of(v, BINS, lo, hi)));
        }
        return new ConfigurationStats(c, c.scale(units), lo, hi, layers);
    }
}
