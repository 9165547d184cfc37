package org.initlab.init;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Matrix;
import org.initlab.data.Split;
import org.initlab.net.NumpySum;
import org.initlab.random.NumpyRandomState;
import org.initlab.spec.Activation;
import org.initlab.spec.ExperimentSpec;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits {@link Lsuv} to data: layer by layer, the weights of the orthogonal start are divided by {@code √Var(Z_l)} until
 * the variance of the layer's pre-activations is within {@code tol} of 1.
 *
 * <ul>
 *   <li>On the course's dense network ({@link #fit(Lsuv, List, long, Activation, Matrix)}), in plain Java as the
 *       reference does it: {@code Z_l = W_l · A_{l−1} + b_l} over the first {@code batch} examples,
 *       {@code v = numpy.var(Z_l)} (numpy's pairwise sums), {@code A_l} the hidden activation of {@code Z_l} (ReLU in
 *       the reference). {@link #fitted} does it for a run's specification, on its training examples.</li>
 *   <li>On any DL4J network ({@link #fit(MultiLayerNetwork, INDArray)}): every layer whose initializer is an
 *       {@link Lsuv}, dense or convolutional, with its pre-activations from DL4J's own forward pass.</li>
 * </ul>
 */
public final class LsuvFit {
    private LsuvFit() {
    }

    /**
     * {@code spec} with its {@code lsuv} initializer fitted on {@code train}'s examples ({@link FittedLsuv}); any other
     * specification unchanged.
     */
    public static ExperimentSpec fitted(ExperimentSpec spec, Split train) {
        if (!(spec.init() instanceof Lsuv lsuv)) {
            return spec;
        }
        return spec.toBuilder().init(fit(lsuv, spec.layers(), spec.seed(), spec.hidden(), train.x())).build();
    }

    /**
     * LSUV on the course's network {@code layers} (input first) with biases 0, the orthogonal start drawn from numpy's
     * stream seeded with {@code seed}.
     *
     * @param hidden the hidden layers' activation
     * @param x      the training examples, one per row ({@code m × n0})
     */
    public static FittedLsuv fit(Lsuv lsuv, List<Integer> layers, long seed, Activation hidden, Matrix x) {
        int n0 = layers.get(0);
        if (x.cols() != n0) {
            throw new IllegalArgumentException("the data has " + x.cols() + " features; the network " + n0 + " inputs");
        }
        int m = lsuv.batch() == 0 ? x.rows() : Math.min(lsuv.batch(), x.rows());
        double[] a = new double[n0 * m];
        for (int e = 0; e < m; e++) {
            for (int k = 0; k < n0; k++) {
                a[k * m + e] = x.get(e, k);
            }
        }
        NumpyRandomState rng = new NumpyRandomState(seed);
        int depth = layers.size() - 1;
        double[][] w = new double[depth][];
        for (int l = 0; l < depth; l++) {
            w[l] = new Lsuv().weights(rng, WeightShape.dense(layers.get(l), layers.get(l + 1)));
        }
        List<FittedLsuv.LayerFit> fits = new ArrayList<>(depth);
        for (int l = 0; l < depth; l++) {
            int nIn = layers.get(l);
            int nOut = layers.get(l + 1);
            List<Double> divisors = new ArrayList<>();
            double before = Double.NaN;
            for (int it = 0; it < lsuv.maxIter(); it++) {
                double v = variance(preActivations(w[l], a, nOut, nIn, m));
                if (it == 0) {
                    before = v;
                }
                if (Math.abs(v - 1.0) < lsuv.tol()) {
                    break;
                }
                double d = Math.sqrt(v);
                Lsuv.divide(w[l], d);
                divisors.add(d);
            }
            double[] z = preActivations(w[l], a, nOut, nIn, m);
            fits.add(new FittedLsuv.LayerFit(divisors, before, variance(z)));
            a = activate(z, hidden);
        }
        return new FittedLsuv(lsuv, fits);
    }

    /** {@code Z = W · A + 0}: {@code W} is {@code (nOut, nIn)}, {@code A} is {@code (nIn, m)}, both in C order. */
    private static double[] preActivations(double[] w, double[] a, int nOut, int nIn, int m) {
        double[] z = new double[nOut * m];
        for (int j = 0; j < nOut; j++) {
            int row = j * m;
            for (int k = 0; k < nIn; k++) {
                double wjk = w[j * nIn + k];
                int in = k * m;
                for (int e = 0; e < m; e++) {
                    z[row + e] += wjk * a[in + e];
                }
            }
            for (int e = 0; e < m; e++) {
                z[row + e] = z[row + e] + 0.0;
            }
        }
        return z;
    }

    private static double[] activate(double[] z, Activation hidden) {
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = switch (hidden) {
                case RELU -> Math.max(0.0, z[i]);
                case SIGMOID -> 1.0 / (1.0 + Math.exp(-z[i]));
                case TANH -> Math.tanh(z[i]);
            };
        }
        return out;
    }

    /** {@code numpy.var(z)}: the mean of squared deviations from the mean, both sums in numpy's pairwise order. */
    static double variance(double[] z) {
        double mean = NumpySum.pairwise(z, 0, z.length) / z.length;
        double[] sq = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            double d = z[i] - mean;
            sq[i] = d * d;
        }
        return NumpySum.pairwise(sq, 0, sq.length) / sq.length;
    }

    /**
     * LSUV on a DL4J network, in place: for each layer in order whose initializer is an {@link Lsuv}, up to its
     * {@code max-iter} times, the variance {@code v} of the layer's pre-activations on {@code features} (its first
     * {@code batch} examples when set) decides: done when {@code |v − 1| < tol}, else the layer's weights {@code W} are
     * divided by {@code √v}. The layer's configuration then carries the fitted {@link Lsuv#withDivisors divisors}, so
     * that the saved network rebuilds the same weights.
     *
     * @return one fit per layer that has an {@link Lsuv}, in layer order
     */
    public static List<FittedLsuv.LayerFit> fit(MultiLayerNetwork net, INDArray features) {
        List<FittedLsuv.LayerFit> fits = new ArrayList<>();
        Layer[] layers = net.getLayers();
        for (int i = 0; i < layers.length; i++) {
            if (!(layers[i].conf().getLayer() instanceof BaseLayer conf) || !(conf.getWeightInitFn() instanceof Lsuv lsuv)) {
                continue;
            }
            INDArray x = lsuv.batch() > 0 && lsuv.batch() < features.size(0)
                    ? features.get(NDArrayIndex.interval(0, lsuv.batch())) : features;
            INDArray w = layers[i].getParam("W");
            List<Double> divisors = new ArrayList<>();
            double before = Double.NaN;
            for (int it = 0; it < lsuv.maxIter(); it++) {
                double v = variance(preActivations(net, i, conf, x));
                if (it == 0) {
                    before = v;
                }
                if (Math.abs(v - 1.0) < lsuv.tol()) {
                    break;
                }
                double d = Math.sqrt(v);
                w.divi(d);
                divisors.add(d);
            }
            double after = variance(preActivations(net, i, conf, x));
            double[] all = new double[lsuv.divisors().length + divisors.size()];
            System.arraycopy(lsuv.divisors(), 0, all, 0, lsuv.divisors().length);
            for (int k = 0; k < divisors.size(); k++) {
                all[lsuv.divisors().length + k] = divisors.get(k);
            }
            Lsuv fittedInit = lsuv.withDivisors(all);
            conf.setWeightInitFn(fittedInit);
            if (net.getLayerWiseConfigurations().getConf(i).getLayer() instanceof BaseLayer own && own != conf) {
                own.setWeightInitFn(fittedInit);
            }
            fits.add(new FittedLsuv.LayerFit(divisors, before, after));
        }
        return fits;
    }

    /** Layer {@code i}'s output with its activation replaced by the identity: its pre-activations. */
    private static double[] preActivations(MultiLayerNetwork net, int i, BaseLayer conf, INDArray x) {
        IActivation activation = conf.getActivationFn();
        conf.setActivationFn(new ActivationIdentity());
        try {
            List<INDArray> out = net.feedForwardToLayer(i, x, false);
            return out.get(i + 1).dup('c').data().asDouble();
        } finally {
            conf.setActivationFn(activation);
        }
    }
}
