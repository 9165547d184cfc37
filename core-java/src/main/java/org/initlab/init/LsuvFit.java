package org.initlab.init;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Matrix;
import org.initlab.data.Split;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.spec.Activation;
import org.initlab.spec.ExperimentSpec;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.INDArrayIndex;
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
        int m = lsuv.batch() == 0 ? x.rows() : Math.min(lsuv.batch(), x.rows());
        double[] a = PreActivations.inputs(x, layers.get(0), m);
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
                double v = PreActivations.variance(PreActivations.forward(w[l], a, nOut, nIn, m));
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
            double[] z = PreActivations.forward(w[l], a, nOut, nIn, m);
            fits.add(new FittedLsuv.LayerFit(divisors, before, PreActivations.variance(z)));
            a = PreActivations.activate(z, hidden);
        }
        return new FittedLsuv(lsuv, fits);
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
            INDArray x = lsuv.batch() > 0 && lsuv.batch() < features.size(0) ? head(features, lsuv.batch()) : features;
            INDArray w = layers[i].getParam("W");
            List<Double> divisors = new ArrayList<>();
            double before = Double.NaN;
            for (int it = 0; it < lsuv.maxIter(); it++) {
                double v = PreActivations.variance(preActivations(net, i, conf, x));
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
            double after = PreActivations.variance(preActivations(net, i, conf, x));
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

    /** The first {@code n} examples of {@code features} (along its first dimension, whatever its rank). */
    private static INDArray head(INDArray features, int n) {
        INDArrayIndex[] index = new INDArrayIndex[features.rank()];
        index[0] = NDArrayIndex.interval(0, n);
        for (int d = 1; d < index.length; d++) {
            index[d] = NDArrayIndex.all();
        }
        return features.get(index);
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
