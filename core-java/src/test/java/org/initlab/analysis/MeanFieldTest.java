package org.initlab.analysis;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInitDistribution;
import org.initlab.data.Matrix;
import org.initlab.net.Matrices;
import org.initlab.numpy.NumpyRandomState;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The doctor's figures on wide, deep random networks against mean-field theory, computed here.
 *
 * <p>He et al. (2015, §2.2): through ReLU layers with zero biases, {@code E[a_l²] = ½ n Var(w) E[a_{l−1}²]}, so
 * {@code Var(w) = 2/n} keeps the activations' second moment and {@code 1/n} halves it at every layer.
 *
 * <p>Schoenholz, Gilmer, Ganguli &amp; Sohl-Dickstein (2017), "Deep Information Propagation": for tanh with
 * {@code σ_b = 0} and weights of variance {@code σ_w²/n}, the pre-activations' variance settles at the fixed point
 * {@code q* = σ_w² E[tanh(√q* z)²]}, {@code z ~ N(0, 1)}, and backwards the activation gradients' variance grows by
 * {@code χ₁ = σ_w² E[tanh′(√q* z)²]} per layer; {@code σ_w = 1} is the edge of chaos ({@code q* = 0, χ₁ = 1}). Both
 * expectations by Gauss–Hermite quadrature.
 *
 * <p>Sizes: at width {@code n} a layer's gain fluctuates by about {@code sqrt(2/n)}, so widths of 500 and depths of
 * 20–30 put the per-layer factors within about 1 % (ReLU, averaged over three networks) and 0.3 % (tanh) of theory,
 * while a network takes a fraction of a second.
 */
class MeanFieldTest {
    private static final int WIDTH = 500;
    private static final int EXAMPLES = 128;
    private static final GaussIntegrator HERMITE = new GaussIntegratorFactory().hermite(64);

    /** {@code E[f(z)]} for {@code z ~ N(0, 1)}: {@code (1/√π) Σ w_i f(√2 x_i)} over Hermite's nodes. */
    static double gaussian(DoubleUnaryOperator f) {
        double s = 0;
        for (int i = 0; i < HERMITE.getNumberOfPoints(); i++) {
            s += HERMITE.getWeight(i) * f.applyAsDouble(Math.sqrt(2) * HERMITE.getPoint(i));
        }
        return s / Math.sqrt(Math.PI);
    }

    /** The fixed point {@code q*} of {@code q = σ_w² E[tanh(√q z)²]}. */
    static double qStar(double sigmaW2) {
        double q = 1;
        for (int i = 0; i < 5000; i++) {
            double root = Math.sqrt(q);
            q = sigmaW2 * gaussian(z -> Math.pow(Math.tanh(root * z), 2));
        }
        return q;
    }

    /** {@code χ₁ = σ_w² E[tanh′(√q* z)²]}. */
    static double chi1(double sigmaW2) {
        double root = Math.sqrt(qStar(sigmaW2));
        return sigmaW2 * gaussian(z -> Math.pow(1 - Math.pow(Math.tanh(root * z), 2), 2));
    }

    /**
     * {@code depth} dense layers of {@link #WIDTH} units with zero biases and {@code W ~ N(0, sigmaW2/n)}, then a
     * softmax over 10 classes, examined on {@code randn(128, n)} with labels drawn from the same numpy stream.
     */
    private static DoctorReport examine(Activation activation, double sigmaW2, int depth, long seed) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(seed).dataType(DataType.DOUBLE).updater(new Sgd(0.01)).biasInit(0).list();
        for (int l = 0; l < depth; l++) {
            list.layer(new DenseLayer.Builder().nIn(WIDTH).nOut(WIDTH).activation(activation)
                    .weightInit(new WeightInitDistribution(new NormalDistribution(0, Math.sqrt(sigmaW2 / WIDTH))))
                    .build());
        }
        list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(WIDTH).nOut(10)
                .activation(Activation.SOFTMAX)
                .weightInit(new WeightInitDistribution(new NormalDistribution(0, Math.sqrt(1.0 / WIDTH)))).build());
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        NumpyRandomState rng = new NumpyRandomState(seed);
        Matrix x = new Matrix(EXAMPLES, WIDTH, rng.randn(EXAMPLES, WIDTH));
        double[] y = new double[EXAMPLES * 10];
        for (int i = 0; i < EXAMPLES; i++) {
            y[i * 10 + (int) rng.randint(0, 10)] = 1;
        }
        DataSet data = new DataSet(Matrices.toNd(x), Matrices.toNd(new Matrix(EXAMPLES, 10, y)));
        return Doctor.examine(net, data, Doctor.Options.defaults().withSteps(0).withBatch(EXAMPLES));
    }

    /** {@code E[a²] = std² + mean²} of layer {@code l}'s activations. */
    private static double secondMoment(DoctorReport r, int l) {
        LayerDiagnosis d = r.layer(l);
        return d.std() * d.std() + d.mean() * d.mean();
    }

    /** The per-layer factor of the activations' second moment from layer 1 to {@code depth}, geometric mean. */
    private static double forwardFactor(DoctorReport r, int depth) {
        return Math.pow(secondMoment(r, depth) / secondMoment(r, 1), 1.0 / (depth - 1));
    }

    @Test
    void theQuadratureReproducesSchoenholzsFixedPointsAndSlopes() {
        assertEquals(0.6180, qStar(2.0), 1e-4);
        assertEquals(1.1055, chi1(2.0), 1e-4);
        assertEquals(0.2869, qStar(1.5), 1e-4);
        assertEquals(1.0406, chi1(1.5), 1e-4);
        assertEquals(0.0, qStar(1.0), 1e-3, "the edge of chaos: the signal dies out, slowly");
        assertEquals(3.0, gaussian(z -> z * z * z * z), 1e-12, "E[z^4] = 3");
    }

    @Test
    void reluAtTwoOverNKeepsTheSecondMomentAndAtOneOverNHalvesIt() {
        int depth = 20;
        double he = 1;
        double half = 1;
        for (long seed = 1; seed <= 3; seed++) {
            he *= forwardFactor(examine(Activation.RELU, 2.0, depth, seed), depth);
            half *= forwardFactor(examine(Activation.RELU, 1.0, depth, seed), depth);
        }
        he = Math.cbrt(he);
        half = Math.cbrt(half);
        assertEquals(1.0, he, 0.03, "He et al. 2015: Var(w) = 2/n keeps E[a^2]");
        assertEquals(0.5, half, 0.015, "Var(w) = 1/n halves E[a^2] per layer");
    }

    @Test
    void tanhSettlesAtQStarAndItsGradientsGrowByChi1PerLayer() {
        int depth = 30;
        int settled = 10;
        for (double sigmaW2 : new double[] {2.0, 1.5}) {
            DoctorReport r = examine(Activation.TANH, sigmaW2, depth, 7);
            double q = 0;
            for (int l = settled; l <= depth; l++) {
                q += secondMoment(r, l);
            }
            q *= sigmaW2 / (depth - settled + 1);
            double qStar = qStar(sigmaW2);
            assertEquals(qStar, q, 0.02 * qStar, "q* for sigma_w^2 = " + sigmaW2);

            double top = r.layer(depth).gradientStd();
            double low = r.layer(settled).gradientStd();
            double chi = Math.pow(low * low / (top * top), 1.0 / (depth - settled));
            double chi1 = chi1(sigmaW2);
            assertEquals(chi1, chi, 0.01, "chi_1 for sigma_w^2 = " + sigmaW2);
            assertTrue(chi - 1 > 3 * 0.01, "the growth is told apart from the edge of chaos's 1");
        }
    }
}
