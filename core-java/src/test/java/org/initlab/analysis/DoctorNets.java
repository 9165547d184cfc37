package org.initlab.analysis;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.initlab.data.Matrix;
import org.initlab.net.Matrices;
import org.initlab.numpy.NumpyRandomState;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** Networks built the plain DL4J way, and data for them, for the doctor's tests. */
public final class DoctorNets {
    private DoctorNets() {
    }

    /**
     * Dense layers of {@code sizes} (input first) with {@code hidden} activations and DL4J's {@code init}, ending in a
     * sigmoid unit under binary cross-entropy ({@code sizes} ends in 1) or a softmax under multi-class
     * cross-entropy; double precision, seeded.
     */
    public static MultiLayerConfiguration dense(WeightInit init, Activation hidden, IUpdater updater, double dropout,
                                                long seed, int... sizes) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.DOUBLE)
                .updater(updater)
                .weightInit(init)
                .list();
        int depth = sizes.length - 1;
        for (int l = 0; l < depth - 1; l++) {
            DenseLayer.Builder b = new DenseLayer.Builder().nIn(sizes[l]).nOut(sizes[l + 1]).activation(hidden);
            if (dropout > 0 && l > 0) {
                b.dropOut(dropout);
            }
            list.layer(b.build());
        }
        boolean binary = sizes[depth] == 1;
        list.layer(new OutputLayer.Builder(binary ? LossFunctions.LossFunction.XENT : LossFunctions.LossFunction.MCXENT)
                .nIn(sizes[depth - 1]).nOut(sizes[depth])
                .activation(binary ? Activation.SIGMOID : Activation.SOFTMAX).build());
        return list.build();
    }

    /** An initialized network of {@link #dense}. */
    public static MultiLayerNetwork denseNet(WeightInit init, Activation hidden, long seed, int... sizes) {
        MultiLayerNetwork net = new MultiLayerNetwork(dense(init, hidden, new Sgd(0.1), 0, seed, sizes));
        net.init();
        return net;
    }

    /**
     * A small convolutional network fed flat 8×8 images: a 3×3 ReLU convolution of 4 channels, 2×2 max pooling, a
     * dense tanh layer of 8 and a softmax over 3 classes.
     */
    public static MultiLayerConfiguration convolutional(long seed) {
        return new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.DOUBLE)
                .updater(new Sgd(0.1))
                .weightInit(WeightInit.RELU)
                .list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(4).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new DenseLayer.Builder().nOut(8).activation(Activation.TANH).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutionalFlat(8, 8, 1))
                .build();
    }

    /** {@code randn(examples, features)} of numpy's stream seeded with {@code seed}. */
    public static Matrix features(long seed, int examples, int features) {
        return new Matrix(examples, features, new NumpyRandomState(seed).randn(examples, features));
    }

    /**
     * The examples of {@link #features} with labels for {@code classes} outputs (1: a 0/1 column): the class of an
     * example is its first feature's rank among {@code classes} equal bands of [-1, 1], clamped.
     */
    public static DataSet data(long seed, int examples, int features, int classes) {
        Matrix x = features(seed, examples, features);
        int cols = classes == 1 ? 1 : classes;
        double[] y = new double[examples * cols];
        int bands = classes == 1 ? 2 : classes;
        for (int i = 0; i < examples; i++) {
            int c = (int) Math.floor((x.get(i, 0) + 1) / 2 * bands);
            c = Math.max(0, Math.min(bands - 1, c));
            if (classes == 1) {
                y[i] = c;
            } else {
                y[i * cols + c] = 1;
            }
        }
        return new DataSet(Matrices.toNd(x), Matrices.toNd(new Matrix(examples, cols, y)));
    }
}
