package org.initlab.net;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.IDropout;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.initlab.init.CatalogDraws;
import org.initlab.init.DrawPlan;
import org.initlab.init.InitialValues;
import org.initlab.init.NumpyStreamInit;
import org.initlab.init.WeightLayout;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.initlab.spec.InitSpec;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.ILossFunction;

import java.util.List;

/**
 * The DL4J network of an {@link ExperimentSpec}: dense layers with the hidden activation, a sigmoid (or softmax)
 * output layer with the course's cost, plain gradient descent, all in double precision.
 *
 * <p>Parameters: each layer's weights come from a {@link NumpyStreamInit} positioned by {@link DrawPlan} (for an
 * initializer of the catalogue, its own positioned {@code IWeightInit} from {@link CatalogDraws}); biases are
 * DL4J's constant 0, except for schemes with random biases ({@code nielsen}, {@code large}), which DL4J's constant
 * {@code biasInit} cannot express: {@link #build} writes them after {@code net.init()} from the same stream position
 * ({@code W1, b1, W2, b2, …}).
 *
 * <p>L2 ({@code λ > 0}): DL4J's {@code l2(λ/m)} on weights only, with {@code m} the number of training examples. DL4J
 * adds {@code coeff · ½‖W‖²} to the score after dividing the loss by the mini-batch size, and {@code coeff · W} to the
 * gradient after dividing it by the mini-batch size, which is the course's {@code J + λ/(2m) Σ‖W‖²} and
 * {@code dW += (λ/m) W}; biases are not regularized.
 *
 * <p>Dropout ({@code keep_prob < 1}): a {@link CourseDropout} on the input of every layer after a hidden layer.
 *
 * <p>Also the plain stack of the activation experiment (E4), {@link #biasFreeStack}: dense layers without bias, weights
 * from numpy's stream, no output layer.
 */
public final class CourseNetworks {
    private CourseNetworks() {
    }

    /** The configuration of {@code spec}'s network for {@code m} training examples ({@code m} only matters for L2). */
    public static MultiLayerConfiguration configuration(ExperimentSpec spec, int m) {
        if (m <= 0) {
            throw new IllegalArgumentException("m " + m + ": need at least one training example");
        }
        List<Integer> n = spec.layers();
        int depth = spec.depth();
        DrawPlan plan = DrawPlan.of(spec);
        CatalogDraws catalog = spec.init() instanceof InitSpec.Catalog c ? CatalogDraws.of(c, n, spec.seed()) : null;
        NeuralNetConfiguration.Builder base = new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .seed(spec.seed())
                .updater(new Sgd(spec.learningRate()))
                .biasInit(0.0)
                .miniBatch(true);
        if (spec.lambda() > 0) {
            base.l2(spec.lambda() / m);
        }
        NeuralNetConfiguration.ListBuilder list = base.list();
        for (int l = 0; l < depth; l++) {
            IWeightInit init = catalog != null ? catalog.weightInit(l) : weightInit(spec, plan, l);
            IDropout dropout = l > 0 && spec.usesDropout() ? dropout(spec, plan, catalog, l) : null;
            if (l < depth - 1) {
                DenseLayer.Builder b = new DenseLayer.Builder().nIn(n.get(l)).nOut(n.get(l + 1))
                        .activation(dl4j(spec.hidden())).weightInit(init);
                if (dropout != null) {
                    b.dropOut(dropout);
                }
                list.layer(l, b.build());
            } else {
                OutputLayer.Builder b = new OutputLayer.Builder(loss(spec)).nIn(n.get(l)).nOut(n.get(l + 1))
                        .activation(output(spec)).weightInit(init);
                if (dropout != null) {
                    b.dropOut(dropout);
                }
                list.layer(l, b.build());
            }
        }
        return list.validateOutputLayerConfig(false).build();
    }

    /**
     * {@code spec}'s network for {@code m} training examples, initialized: weights drawn, random biases written (for
     * {@code nielsen} and {@code large}), and FRESH dropout layers sharing the run's stream from
     * {@link DrawPlan#runStream}.
     */
    public static MultiLayerNetwork build(ExperimentSpec spec, int m) {
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(spec, m));
        net.init();
        if (spec.init() instanceof InitSpec.Course c && c.scheme().randomBiases()) {
            writeRandomBiases(net, spec);
        }
        attachStream(net, DrawPlan.runStream(spec));
        return net;
    }

    /** Makes every {@link CourseDropout} of {@code net} draw its FRESH masks from {@code stream}. */
    public static void attachStream(MultiLayerNetwork net, NumpyRandomState stream) {
        for (Layer layer : net.getLayers()) {
            if (layer.conf().getLayer().getIDropout() instanceof CourseDropout d) {
                d.attachStream(stream);
            }
        }
    }

    /**
     * {@code depth} dense layers of {@code units} units without bias, each with {@code activation}, in double
     * precision, initialized: layer {@code l}'s (0-based) weights are {@code sigma · randn(units, units)} of numpy's
     * stream seeded with {@code seed}, drawn after the first {@code skip + l·units²} Gaussians, used as {@code x @ w}
     * ({@link WeightLayout#INPUT_MAJOR}, DL4J's {@code [nIn, nOut]} matrix itself).
     */
    public static MultiLayerNetwork biasFreeStack(org.initlab.spec.Activation activation, int units, int depth,
                                                  double sigma, long seed, long skip) {
        long layerDraws = (long) units * units;
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .seed(seed)
                .list();
        for (int l = 0; l < depth; l++) {
            list.layer(l, new DenseLayer.Builder().nIn(units).nOut(units).hasBias(false)
                    .activation(dl4j(activation))
                    .weightInit(new NumpyStreamInit(seed, skip + l * layerDraws, InitScheme.NORMAL, sigma,
                            WeightLayout.INPUT_MAJOR))
                    .build());
        }
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        return net;
    }

    private static void writeRandomBiases(MultiLayerNetwork net, ExperimentSpec spec) {
        InitialValues values = InitialValues.of(spec);
        for (int l = 0; l < spec.depth(); l++) {
            double[] b = values.biases(l);
            net.getLayer(l).getParam(DefaultParamInitializer.BIAS_KEY)
                    .assign(Nd4j.createFromArray(b).reshape(1, b.length));
        }
    }

    private static IWeightInit weightInit(ExperimentSpec spec, DrawPlan plan, int layer) {
        if (spec.init() instanceof InitSpec.Custom c) {
            return c.weightInit();
        }
        InitSpec.Course c = (InitSpec.Course) spec.init();
        return new NumpyStreamInit(spec.seed(), plan.weightStart(layer), c.scheme(), c.sigma(),
                InitialValues.layout(c.scheme()));
    }

    private static IDropout dropout(ExperimentSpec spec, DrawPlan plan, CatalogDraws catalog, int layer) {
        List<Integer> n = spec.layers();
        long before = 0;
        for (int j = 1; j < layer; j++) {
            before += n.get(j);
        }
        long after = 0;
        for (int j = layer + 1; j < n.size() - 1; j++) {
            after += n.get(j);
        }
        return new CourseDropout(spec.keepProb(), spec.dropoutMode(), before, after, spec.seed(), plan.total(),
                catalog == null ? null : catalog.positionAfter());
    }

    private static Activation dl4j(org.initlab.spec.Activation activation) {
        return switch (activation) {
            case RELU -> Activation.RELU;
            case SIGMOID -> Activation.SIGMOID;
            case TANH -> Activation.TANH;
        };
    }

    private static Activation output(ExperimentSpec spec) {
        return switch (spec.output()) {
            case SIGMOID -> Activation.SIGMOID;
            case SOFTMAX -> Activation.SOFTMAX;
        };
    }

    private static ILossFunction loss(ExperimentSpec spec) {
        return switch (spec.cost()) {
            case CROSS_ENTROPY -> new CourseCrossEntropy();
            case QUADRATIC -> new CourseQuadratic();
        };
    }
}
