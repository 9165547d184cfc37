package org.initlab.train.fast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Matrix;
import org.initlab.data.Split;
import org.initlab.spec.Output;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** DL4J networks, data and numpy references for the fast engine's tests, built without InitLab's net package. */
final class TestNets {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestNets() {
    }

    /** An initialized double-precision dense network of {@code sizes} with DL4J's own initial weights. */
    static MultiLayerNetwork dense(int[] sizes, org.initlab.spec.Activation hidden, Output output) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .seed(12345)
                .list();
        int depth = sizes.length - 1;
        for (int l = 0; l < depth - 1; l++) {
            list.layer(l, new DenseLayer.Builder().nIn(sizes[l]).nOut(sizes[l + 1]).activation(dl4j(hidden)).build());
        }
        LossFunctions.LossFunction loss = output == Output.SOFTMAX
                ? LossFunctions.LossFunction.MCXENT : LossFunctions.LossFunction.XENT;
        list.layer(depth - 1, new OutputLayer.Builder(loss).nIn(sizes[depth - 1]).nOut(sizes[depth])
                .activation(output == Output.SOFTMAX ? Activation.SOFTMAX : Activation.SIGMOID).build());
        MultiLayerNetwork net = new MultiLayerNetwork(list.validateOutputLayerConfig(false).build());
        net.init();
        return net;
    }

    static Activation dl4j(org.initlab.spec.Activation a) {
        return switch (a) {
            case RELU -> Activation.RELU;
            case SIGMOID -> Activation.SIGMOID;
            case TANH -> Activation.TANH;
        };
    }

    /** Sets layer {@code l}'s (1-based) parameters from the course's {@code W[l]} (shape {@code (nOut, nIn)}), b[l]. */
    static void setCourse(MultiLayerNetwork net, int l, double[][] w, double[] b) {
        net.setParam((l - 1) + "_W", Nd4j.create(w).transpose().dup());
        net.setParam((l - 1) + "_b", Nd4j.create(b, new long[]{1, b.length}, DataType.DOUBLE));
    }

    /** Layer {@code l}'s (1-based) weights as the course's {@code W[l]}, {@code (nOut, nIn)}. */
    static double[][] courseW(MultiLayerNetwork net, int l) {
        return net.getParam((l - 1) + "_W").transpose().toDoubleMatrix();
    }

    static double[] bias(MultiLayerNetwork net, int l) {
        INDArray b = net.getParam((l - 1) + "_b");
        return b.reshape(b.length()).toDoubleVector();
    }

    /** A split from the course's {@code X (n0, m)} and {@code Y (nL, m)}. */
    static Split split(double[][] xCourse, double[][] yCourse) {
        return new Split(transpose(xCourse), transpose(yCourse));
    }

    static Matrix transpose(double[][] course) {
        int rows = course[0].length;
        int cols = course.length;
        double[] v = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < cols; k++) {
                v[i * cols + k] = course[k][i];
            }
        }
        return new Matrix(rows, cols, v);
    }

    /** Labels as a {@code (1, m)} course row. */
    static double[][] row(double[] y) {
        return new double[][]{y};
    }

    /** The fraction of examples whose network output {@code a > 0.5} equals the 0/1 label. */
    static double accuracy(MultiLayerNetwork net, Split data) {
        INDArray out = net.output(Nd4j.create(data.x().data(), new long[]{data.size(), data.x().cols()},
                DataType.DOUBLE));
        int right = 0;
        for (int i = 0; i < data.size(); i++) {
            double prediction = out.getDouble(i, 0) > 0.5 ? 1.0 : 0.0;
            if (prediction == data.y().get(i, 0)) {
                right++;
            }
        }
        return (double) right / data.size();
    }

    /** The JSON test resource {@code fast/NAME}. */
    static JsonNode resource(String name) {
        try (InputStream in = TestNets.class.getResourceAsStream("/fast/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource fast/" + name + " missing");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] doubles(JsonNode node) {
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = node.get(i).asDouble();
        }
        return v;
    }

    static double[][] matrix(JsonNode node) {
        double[][] v = new double[node.size()][];
        for (int i = 0; i < v.length; i++) {
            v[i] = doubles(node.get(i));
        }
        return v;
    }

    /** The course's football data: train X (2, 211) and y, test X (2, 200) and y. */
    static Split football(boolean train) {
        JsonNode fb = resource("football.json");
        return split(matrix(fb.get(train ? "train_X_2x211" : "test_X_2x200")),
                row(doubles(fb.get(train ? "train_y" : "test_y"))));
    }

    /** The course's circles data, from the shared reference. */
    static Split circles(boolean train) {
        JsonNode c = org.initlab.testing.Reference.json("circles.json");
        return split(matrix(c.get(train ? "train_X_2x300" : "test_X_2x100")),
                row(doubles(c.get(train ? "train_y" : "test_y"))));
    }

    /** {@code |actual − expected| ≤ tol·max(1e-300, |expected|)} as a relative difference. */
    static double relative(double expected, double actual) {
        if (expected == actual) {
            return 0.0;
        }
        return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
    }
}
