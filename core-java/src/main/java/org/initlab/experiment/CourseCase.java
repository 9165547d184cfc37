package org.initlab.experiment;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.initlab.analysis.GradientCheck;
import org.initlab.analysis.GradientCheckResult;
import org.initlab.net.CourseNetworks;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.spec.Activation;
import org.initlab.spec.Cost;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.initlab.spec.Output;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * The course's n-dimensional gradient-check case ({@code gradient_check_n_test_case}): {@code np.random.seed(1)};
 * {@code x = randn(4, 3)}; {@code y = [[1, 1, 0]]}; {@code W1 = randn(5, 4)}, {@code b1 = randn(5, 1)},
 * {@code W2 = randn(3, 5)}, {@code b2 = randn(3, 1)}, {@code W3 = randn(1, 3)}, {@code b3 = randn(1, 1)}, drawn in
 * that order from one stream. The network is {@code [4, 5, 3, 1]}, ReLU, ReLU, sigmoid, with the course's
 * cross-entropy {@code J = (1/m) Σ (−y log a − (1−y) log(1−a))}, m = 3; its cost is {@code 2.407833389834357} and the
 * course's numpy check gives {@code difference = 1.1890913024229996e-07}.
 *
 * <p>Arrays are in the course's layout: {@code x} is {@code (4, 3)} (features × examples) and {@code W[l]} is
 * {@code (n_l, n_{l-1})}, both in C order. DL4J's features are {@code x} transposed, its {@code W} is {@code [n_in,
 * n_out]}.
 */
public final class CourseCase {
    /** The layer sizes {@code [4, 5, 3, 1]}. */
    public static final List<Integer> LAYERS = List.of(4, 5, 3, 1);
    /** The number of examples, m. */
    public static final int M = 3;
    /** The seed of {@code np.random.seed}. */
    public static final long SEED = 1;
    /** The layer (course numbering) that {@link #networkWithPlantedError()} breaks: the second hidden layer. */
    public static final int PLANTED_LAYER = 2;

    private final double[] x;
    private final double[] y;
    private final double[][] weights;
    private final double[][] biases;

    private CourseCase(double[] x, double[] y, double[][] weights, double[][] biases) {
        this.x = x;
        this.y = y;
        this.weights = weights;
        this.biases = biases;
    }

    /** Draws the case from numpy's stream exactly as the course does. */
    public static CourseCase draw() {
        NumpyRandomState rng = new NumpyRandomState(SEED);
        int n0 = LAYERS.get(0);
        double[] x = rng.randn(n0, M);
        double[][] w = new double[LAYERS.size() - 1][];
        double[][] b = new double[LAYERS.size() - 1][];
        for (int l = 1; l < LAYERS.size(); l++) {
            w[l - 1] = rng.randn(LAYERS.get(l), LAYERS.get(l - 1));
            b[l - 1] = rng.randn(LAYERS.get(l), 1);
        }
        return new CourseCase(x, new double[] {1, 1, 0}, w, b);
    }

    /** {@code x}, shape {@code (4, 3)}, C order. */
    public double[] x() {
        return x.clone();
    }

    /** {@code y}, shape {@code (1, 3)}. */
    public double[] y() {
        return y.clone();
    }

    /** {@code W[layer]} (from 1), shape {@code (n_l, n_{l-1})}, C order. */
    public double[] weights(int layer) {
        return weights[layer - 1].clone();
    }

    /** {@code b[layer]} (from 1), shape {@code (n_l, 1)}. */
    public double[] biases(int layer) {
        return biases[layer - 1].clone();
    }

    /** The course's {@code dictionary_to_vector}: {@code W1, b1, W2, b2, W3, b3}, each in C order. */
    public double[] theta() {
        int n = 0;
        for (int l = 0; l < weights.length; l++) {
            n += weights[l].length + biases[l].length;
        }
        double[] theta = new double[n];
        int at = 0;
        for (int l = 0; l < weights.length; l++) {
            System.arraycopy(weights[l], 0, theta, at, weights[l].length);
            at += weights[l].length;
            System.arraycopy(biases[l], 0, theta, at, biases[l].length);
            at += biases[l].length;
        }
        return theta;
    }

    /** DL4J's features: {@code x} transposed, {@code [3, 4]}. */
    public INDArray features() {
        return Nd4j.createFromArray(x).reshape('c', LAYERS.get(0), M).transpose().dup('c');
    }

    /** DL4J's labels: {@code y} transposed, {@code [3, 1]}. */
    public INDArray labels() {
        return Nd4j.createFromArray(y).reshape('c', M, 1);
    }

    /** The course's network as a DL4J {@code MultiLayerNetwork} holding this case's parameters. */
    public MultiLayerNetwork network() {
        return withParameters(CourseNetworks.configuration(spec(), M));
    }

    /** The same network with the second hidden layer's ReLU replaced by a {@link ReluWithWrongDerivative}. */
    public MultiLayerNetwork networkWithPlantedError() {
        return networkWithActivation(PLANTED_LAYER, new ReluWithWrongDerivative());
    }

    /** The same network with {@code layer}'s (course numbering) activation replaced by {@code activation}. */
    public MultiLayerNetwork networkWithActivation(int layer, IActivation activation) {
        if (layer < 1 || layer > LAYERS.size() - 1) {
            throw new IllegalArgumentException("layer " + layer + ": the network has layers 1 to " + (LAYERS.size() - 1));
        }
        MultiLayerConfiguration conf = CourseNetworks.configuration(spec(), M);
        ((BaseLayer) conf.getConf(layer - 1).getLayer()).setActivationFn(activation);
        return withParameters(conf);
    }

    /** The course's check of {@link #network()}. */
    public GradientCheckResult check() {
        return new GradientCheck().check(network(), features(), labels());
    }

    private MultiLayerNetwork withParameters(MultiLayerConfiguration conf) {
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        for (int l = 1; l < LAYERS.size(); l++) {
            int nIn = LAYERS.get(l - 1);
            int nOut = LAYERS.get(l);
            INDArray w = Nd4j.createFromArray(weights[l - 1]).reshape('c', nOut, nIn).transpose();
            net.getLayer(l - 1).getParam(DefaultParamInitializer.WEIGHT_KEY).assign(w.castTo(DataType.DOUBLE));
            net.getLayer(l - 1).getParam(DefaultParamInitializer.BIAS_KEY)
                    .assign(Nd4j.createFromArray(biases[l - 1]).reshape(1, nOut).castTo(DataType.DOUBLE));
        }
        return net;
    }

    private static ExperimentSpec spec() {
        return ExperimentSpec.builder()
                .name("gradient-check")
                .dataset("gradient-check")
                .layers(LAYERS)
                .hidden(Activation.RELU)
                .output(Output.SIGMOID)
                .cost(Cost.CROSS_ENTROPY)
                .init(InitScheme.ZEROS)
                .seed(SEED)
                .build();
    }
}
