package org.initlab.analysis;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToRnnPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.RnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.initlab.data.Dataset;
import org.initlab.data.Datasets;
import org.initlab.experiment.Experiments;
import org.initlab.io.InputException;
import org.initlab.net.CourseNetworks;
import org.initlab.net.Matrices;
import org.initlab.numpy.NumpyMoments;
import org.initlab.spec.ExperimentSpec;
import org.junit.jupiter.api.Test;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.AdaDelta;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DoctorTest {
    private static final Doctor.Options FEW_STEPS = Doctor.Options.defaults().withSteps(5);

    /** Runs the doctor's forward pass and backward walk on its copy of {@code net}. */
    private static ActivationGradients walk(MultiLayerNetwork net, DataSet data) {
        MultiLayerNetwork copy = Doctor.copyOf(net);
        copy.setInput(data.getFeatures());
        copy.setLabels(data.getLabels());
        copy.feedForward(true, false);
        return ActivationGradients.of(copy, data.getLabels(), Math.toIntExact(data.getFeatures().size(0)));
    }

    private static void assertSameGradients(MultiLayerNetwork net, DataSet data) {
        ActivationGradients walked = walk(net, data);
        MultiLayerNetwork other = Doctor.copyOf(net);
        Pair<Gradient, INDArray> dl4j = other.calculateGradients(data.getFeatures(), data.getLabels(), null, null);
        Map<String, INDArray> expected = dl4j.getFirst().gradientForVariable();
        assertEquals(expected.keySet(), walked.parameters().keySet());
        for (Map.Entry<String, INDArray> e : expected.entrySet()) {
            assertArrayEquals(Doctor.values(e.getValue(), 'c'), Doctor.values(walked.parameters().get(e.getKey()), 'c'),
                    1e-15, e.getKey());
        }
        long m = data.getFeatures().size(0);
        assertArrayEquals(Doctor.values(dl4j.getSecond().div(m), 'c'), Doctor.values(walked.input(), 'c'), 1e-18);
    }

    @Test
    void theBackwardWalkIsDl4jsOwnBackwardPass() {
        assertSameGradients(DoctorNets.denseNet(WeightInit.XAVIER, Activation.TANH, 1, 5, 7, 6, 1),
                DoctorNets.data(1, 40, 5, 1));
        MultiLayerNetwork conv = new MultiLayerNetwork(DoctorNets.convolutional(2));
        conv.init();
        assertSameGradients(conv, DoctorNets.data(2, 12, 64, 3));
    }

    @Test
    void activationFiguresAreNumpysOfTheLayersOutputs() {
        MultiLayerNetwork net = DoctorNets.denseNet(WeightInit.RELU, Activation.RELU, 3, 4, 9, 7, 1);
        DataSet data = DoctorNets.data(3, 50, 4, 1);
        DoctorReport r = Doctor.examine(net, data, FEW_STEPS);
        List<INDArray> outputs = net.feedForward(data.getFeatures(), false);
        for (int l = 1; l <= 3; l++) {
            double[] a = Doctor.values(outputs.get(l), 'c');
            LayerDiagnosis d = r.layer(l);
            assertEquals(NumpyMoments.mean(a), d.mean(), 0.0);
            assertEquals(NumpyMoments.std(a), d.std(), 0.0);
            assertEquals(a.length, d.count());
            assertEquals(a.length, d.histogram().total());
        }
        assertEquals(List.of("dense", "dense", "output"), r.layers().stream().map(LayerDiagnosis::kind).toList());
        assertEquals(9, r.layer(1).units());
        assertEquals(1, r.layer(3).units());
    }

    @Test
    void theUsersNetworkIsLeftUntouched() {
        MultiLayerNetwork net = new MultiLayerNetwork(DoctorNets.dense(WeightInit.XAVIER, Activation.RELU,
                new Adam(0.01), 0.8, 4, 3, 8, 8, 1));
        net.init();
        DataSet data = DoctorNets.data(4, 30, 3, 1);
        net.fit(data);
        INDArray params = net.params().dup();
        INDArray state = net.getUpdater().getStateViewArray().dup();
        int iterations = net.getIterationCount();
        String json = net.getLayerWiseConfigurations().toJson();
        double score = net.score();

        DoctorReport r = Doctor.examine(net, data, FEW_STEPS);

        assertEquals(5, r.steps());
        assertArrayEquals(params.toDoubleVector(), net.params().toDoubleVector(), 0.0);
        assertArrayEquals(state.toDoubleVector(), net.getUpdater().getStateViewArray().toDoubleVector(), 0.0);
        assertEquals(iterations, net.getIterationCount());
        assertEquals(json, net.getLayerWiseConfigurations().toJson());
        assertEquals(score, net.score(), 0.0);
        assertNotNull(net.getLayer(1).conf().getLayer().getIDropout(), "the user's dropout is still there");
    }

    @Test
    void dropoutIsOffInTheDoctorsCopies() {
        DataSet data = DoctorNets.data(5, 40, 3, 1);
        MultiLayerNetwork with = new MultiLayerNetwork(DoctorNets.dense(WeightInit.XAVIER, Activation.TANH,
                new Sgd(0.1), 0.5, 5, 3, 6, 6, 1));
        with.init();
        MultiLayerNetwork without = new MultiLayerNetwork(DoctorNets.dense(WeightInit.XAVIER, Activation.TANH,
                new Sgd(0.1), 0, 5, 3, 6, 6, 1));
        without.init();
        DoctorReport a = Doctor.examine(with, data, FEW_STEPS);
        DoctorReport b = Doctor.examine(without, data, FEW_STEPS);
        for (int l = 1; l <= 3; l++) {
            assertEquals(b.layer(l).std(), a.layer(l).std(), 0.0);
            assertEquals(b.layer(l).gradientStd(), a.layer(l).gradientStd(), 0.0);
            assertArrayEquals(b.layer(l).updateData(), a.layer(l).updateData(), 0.0);
        }
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("dropout is off")), a.notes().toString());
    }

    @Test
    void chanceIsLn2ForABinarySigmoidAndLnCForASoftmax() {
        DoctorReport binary = Doctor.examine(DoctorNets.denseNet(WeightInit.XAVIER, Activation.TANH, 6, 3, 5, 1),
                DoctorNets.data(6, 20, 3, 1), FEW_STEPS);
        assertEquals(Math.log(2), binary.loss().chance(), 1e-12);
        assertEquals("ln 2", binary.loss().chanceName());
        assertEquals("LossBinaryXENT", binary.loss().function());

        DoctorReport softmax = Doctor.examine(DoctorNets.denseNet(WeightInit.XAVIER, Activation.TANH, 6, 3, 5, 10),
                DoctorNets.data(6, 20, 3, 10), FEW_STEPS);
        assertEquals(Math.log(10), softmax.loss().chance(), 1e-12);
        assertEquals("ln 10", softmax.loss().chanceName());

        ExperimentSpec he = Experiments.get("he");
        Dataset circles = Datasets.load("circles", null);
        DoctorReport course = Doctor.examine(CourseNetworks.build(he, 300), new DataSet(
                Matrices.toNd(circles.train().x()), Matrices.toNd(circles.train().y())), FEW_STEPS);
        assertEquals(Math.log(2), course.loss().chance(), 1e-15);
        assertEquals("CourseCrossEntropy", course.loss().function());
        assertEquals(course.loss().score(), course.loss().loss(), 0.0, "no regularization");
        assertEquals(256, course.examples());
    }

    @Test
    void theInitialLossIsDl4jsScoreWithoutRegularization() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(7).dataType(DataType.DOUBLE)
                .updater(new Sgd(0.1)).weightInit(WeightInit.XAVIER).l2(0.3).list()
                .layer(new DenseLayer.Builder().nIn(3).nOut(4).activation(Activation.TANH).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(4).nOut(1)
                        .activation(Activation.SIGMOID).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        DataSet data = DoctorNets.data(7, 25, 3, 1);
        DoctorReport r = Doctor.examine(net, data, FEW_STEPS);
        assertEquals(net.score(data, true), r.loss().score(), 1e-12);
        assertEquals(net.calcRegularizationScore(true), r.loss().regularization(), 1e-15);
        assertTrue(r.loss().regularization() > 0);
        assertEquals(r.loss().score() - r.loss().regularization(), r.loss().loss(), 0.0);
    }

    @Test
    void zerosMakeEveryLayerSymmetric() {
        DoctorReport zeros = Doctor.examine(DoctorNets.denseNet(WeightInit.ZERO, Activation.TANH, 8, 3, 6, 4, 1),
                DoctorNets.data(8, 20, 3, 1), FEW_STEPS);
        assertEquals(1.0, zeros.layer(1).symmetric(), 0.0);
        assertEquals(1.0, zeros.layer(2).symmetric(), 0.0);
        assertEquals(0.0, zeros.layer(3).symmetric(), 0.0, "a single output unit has no twin");
        List<Finding> symmetric = zeros.findings().stream().filter(f -> f.kind() == Finding.Kind.SYMMETRIC).toList();
        assertEquals(List.of(1, 2), symmetric.stream().map(Finding::layer).toList());
        assertEquals("symmetric: layer 1 (dense, tanh): all 6 units have identical incoming weights (100%; "
                + "threshold: more than 0%)", symmetric.get(0).message());
        assertFalse(zeros.healthy());

        DoctorReport xavier = Doctor.examine(DoctorNets.denseNet(WeightInit.XAVIER, Activation.TANH, 8, 3, 6, 4, 1),
                DoctorNets.data(8, 20, 3, 1), FEW_STEPS);
        assertEquals(0.0, xavier.layer(1).symmetric(), 0.0);
    }

    @Test
    void symmetryComparesIncomingWeightsAndBias() {
        double[][] units = {{1, 2}, {1, 2}, {3, 4}, {1, 2}};
        assertEquals(0.75, Symmetry.largestShare(units, null), 0.0);
        assertEquals(0.5, Symmetry.largestShare(units, new double[] {0, 0, 0, 1}), 0.0);
        assertEquals(0.0, Symmetry.largestShare(units, new double[] {0, 1, 2, 3}), 0.0);
        assertEquals(1.0, Symmetry.largestShare(new double[][] {{0.0}, {-0.0}}, null), 0.0);
    }

    @Test
    void aDeadUnitIsZeroOnEveryExampleAndEveryPosition() {
        double[] dense = {0, 1, 0, 0, 2, 0};     // 2 examples × 3 units: unit 0 and unit 2 dead
        assertEquals(2.0 / 3, Doctor.deadShare(dense, new long[] {2, 3}, 1), 0.0);
        double[] nchw = new double[2 * 2 * 2 * 1];  // 2 examples, 2 channels, 2×1 positions
        nchw[2 + 1] = 5;                         // example 0, channel 1, position 1
        assertEquals(0.5, Doctor.deadShare(nchw, new long[] {2, 2, 2, 1}, 1), 0.0);
        double[] nhwc = new double[2 * 2 * 1 * 3];  // 2 examples, 2×1 positions, 3 channels
        nhwc[3 + 2] = 1;                         // example 0, position 1, channel 2
        assertEquals(2.0 / 3, Doctor.deadShare(nhwc, new long[] {2, 2, 1, 3}, 3), 0.0);
    }

    @Test
    void aConvolutionalNetworkIsExaminedChannelByChannel() {
        MultiLayerNetwork conv = new MultiLayerNetwork(DoctorNets.convolutional(9));
        conv.init();
        DoctorReport r = Doctor.examine(conv, DoctorNets.data(9, 16, 64, 3), FEW_STEPS);
        assertEquals(List.of("convolution", "pooling", "dense", "output"),
                r.layers().stream().map(LayerDiagnosis::kind).toList());
        LayerDiagnosis c = r.layer(1);
        assertEquals(4, c.units());
        assertEquals(16L * 4 * 6 * 6, c.count());
        assertFalse(Double.isNaN(c.dead()));
        assertEquals(0.0, c.symmetric(), 0.0);
        assertTrue(c.hasGradient() && c.gradientStd() > 0);
        assertFalse(r.layer(2).hasWeights());
        assertEquals(5, r.layer(1).updateData().length);
        assertEquals(Math.log(3), r.loss().chance(), 1e-12);
        assertEquals(List.of(), r.skipped());
    }

    @Test
    void batchNormalizationActivationDropoutAndGlobalPoolingLayersAreRead() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(16).dataType(DataType.DOUBLE)
                .updater(new Sgd(0.1)).weightInit(WeightInit.RELU).list()
                .layer(new org.deeplearning4j.nn.conf.layers.ConvolutionLayer.Builder(3, 3).nOut(4)
                        .activation(Activation.IDENTITY).build())
                .layer(new org.deeplearning4j.nn.conf.layers.BatchNormalization.Builder().build())
                .layer(new org.deeplearning4j.nn.conf.layers.ActivationLayer.Builder()
                        .activation(Activation.RELU).build())
                .layer(new org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer.Builder(
                        org.deeplearning4j.nn.conf.layers.PoolingType.AVG).build())
                .layer(new org.deeplearning4j.nn.conf.layers.DropoutLayer.Builder(0.5).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(org.deeplearning4j.nn.conf.inputs.InputType.convolutionalFlat(8, 8, 1))
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        INDArray before = net.params().dup();
        DoctorReport r = Doctor.examine(net, DoctorNets.data(16, 24, 64, 3), FEW_STEPS);
        assertEquals(List.of("convolution", "batch-norm", "activation", "global-pooling", "dropout", "output"),
                r.layers().stream().map(LayerDiagnosis::kind).toList());
        assertEquals(0.0, r.layer(2).mean(), 1e-9, "batch normalization in training mode: the batch's statistics");
        assertEquals("relu", r.layer(3).activation());
        assertFalse(Double.isNaN(r.layer(3).dead()));
        assertTrue(r.layer(1).gradientStd() > 0);
        assertEquals(5, r.steps());
        assertArrayEquals(before.toDoubleVector(), net.params().toDoubleVector(), 0.0);
    }

    @Test
    void aLayerItDoesNotReadIsNamedAndSkipped() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(10).dataType(DataType.DOUBLE)
                .updater(new Sgd(0.1)).weightInit(WeightInit.XAVIER).list()
                .layer(0, new DenseLayer.Builder().nIn(4).nOut(6).activation(Activation.TANH).build())
                .layer(1, new LSTM.Builder().nIn(6).nOut(5).activation(Activation.TANH).build())
                .layer(2, new DenseLayer.Builder().nIn(5).nOut(4).activation(Activation.RELU).build())
                .layer(3, new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(4).nOut(1)
                        .activation(Activation.SIGMOID).build())
                .inputPreProcessor(1, new FeedForwardToRnnPreProcessor())
                .inputPreProcessor(2, new RnnToFeedForwardPreProcessor())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        DoctorReport r = Doctor.examine(net, DoctorNets.data(10, 20, 4, 1), FEW_STEPS);
        assertEquals(List.of(1, 3, 4), r.layers().stream().map(LayerDiagnosis::layer).toList());
        assertEquals(1, r.skipped().size());
        assertEquals("layer 2 (LSTM): not examined, a recurrent layer: its activations carry a time axis; skipped",
                r.skipped().get(0).message());
        assertTrue(r.layer(1).gradientStd() > 0, "the gradient reached layer 1 through the LSTM");
        assertEquals(5, r.layer(1).updateData().length);
    }

    @Test
    void updateDataIsTheStepOverTheWeights() {
        MultiLayerNetwork net = DoctorNets.denseNet(WeightInit.XAVIER, Activation.TANH, 11, 3, 8, 1);
        DoctorReport r = Doctor.examine(net, DoctorNets.data(11, 60, 3, 1));
        assertEquals(Doctor.Options.STEPS, r.steps());
        for (LayerDiagnosis d : r.layers()) {
            assertEquals(0.1, d.learningRate(), 0.0);
            assertEquals(Math.log10(0.1 * d.weightGradientStd() / d.weightStd()), d.updateData()[0], 1e-9);
            assertEquals(d.weightGradientStd() / d.weightStd(), d.gradData(), 0.0);
        }
        double[] losses = r.stepLosses();
        assertEquals(r.loss().score(), losses[0], 1e-12, "step 1 scores the initial parameters");
        assertTrue(losses[losses.length - 1] < losses[0], "plain SGD lowered the loss");
    }

    @Test
    void anUpdaterOtherThanSgdIsNamedAndItsLearningRateUsed() {
        MultiLayerNetwork net = new MultiLayerNetwork(DoctorNets.dense(WeightInit.XAVIER, Activation.RELU,
                new Adam(0.003), 0, 12, 3, 5, 1));
        net.init();
        DoctorReport r = Doctor.examine(net, DoctorNets.data(12, 30, 3, 1), FEW_STEPS);
        assertEquals(0.003, r.layer(1).learningRate(), 0.0);
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("plain SGD") && n.contains("Adam")), r.notes().toString());
    }

    @Test
    void anUpdaterWithoutALearningRateTakesNoStepsUnlessGivenOne() {
        MultiLayerNetwork net = new MultiLayerNetwork(DoctorNets.dense(WeightInit.XAVIER, Activation.RELU,
                new AdaDelta(), 0, 13, 3, 5, 1));
        net.init();
        DataSet data = DoctorNets.data(13, 30, 3, 1);
        DoctorReport none = Doctor.examine(net, data, FEW_STEPS);
        assertEquals(0, none.steps());
        assertTrue(none.notes().stream().anyMatch(n -> n.contains("has no learning rate")), none.notes().toString());
        DoctorReport given = Doctor.examine(net, data, FEW_STEPS.withLearningRate(0.05));
        assertEquals(5, given.steps());
        assertEquals(0.05, given.layer(2).learningRate(), 0.0);
    }

    @Test
    void theThresholdsDecideTheVerdicts() {
        ExperimentSpec he = Experiments.get("he");
        Dataset circles = Datasets.load("circles", null);
        MultiLayerNetwork net = CourseNetworks.build(he, 300);
        DataSet data = new DataSet(Matrices.toNd(circles.train().x()), Matrices.toNd(circles.train().y()));
        DoctorReport healthy = Doctor.examine(net, data, FEW_STEPS);
        assertTrue(healthy.healthy(), healthy.verdict());
        assertEquals(0.2, healthy.layer(2).dead(), 0.0);

        DoctorReport strict = Doctor.examine(net, data, FEW_STEPS.withThresholds(DoctorThresholds.DEFAULTS
                .withMaxDead(0.1).withLossFactor(1.2)));
        assertEquals(List.of(Finding.Kind.LOSS, Finding.Kind.DEAD),
                strict.initializationFindings().stream().map(Finding::kind).toList());
        assertEquals("dead: layer 2 (dense, relu): 1 of 5 units (20%) are 0 on all 256 examples (threshold: 10%)",
                strict.initializationFindings().get(1).message());
        assertTrue(strict.initializationFindings().get(0).message().endsWith("(threshold: 1.2 times chance)"));
    }

    @Test
    void badOptionsAndThresholdsNameTheirField() {
        assertEquals("batch", assertThrows(InputException.class, () -> Doctor.Options.defaults().withBatch(0)).field());
        assertEquals("steps", assertThrows(InputException.class, () -> Doctor.Options.defaults().withSteps(-1)).field());
        assertEquals("learningRate", assertThrows(InputException.class,
                () -> Doctor.Options.defaults().withLearningRate(-1)).field());
        assertEquals("maxSaturated", assertThrows(InputException.class,
                () -> DoctorThresholds.DEFAULTS.withMaxSaturated(1.5)).field());
        assertEquals("gradientFactor", assertThrows(InputException.class,
                () -> DoctorThresholds.DEFAULTS.withGradientFactor(1)).field());
        assertEquals("maxUpdateRatio", assertThrows(InputException.class,
                () -> DoctorThresholds.DEFAULTS.withUpdateRatios(-2, -4)).field());
    }

    @Test
    void aFloatNetworkIsExaminedInDoublePrecisionFigures() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(14).weightInit(WeightInit.XAVIER)
                .list()
                .layer(new DenseLayer.Builder().nIn(3).nOut(6).activation(Activation.SIGMOID).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(6).nOut(2)
                        .activation(Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        assertEquals(DataType.FLOAT, net.params().dataType());
        DoctorReport r = Doctor.examine(net, DoctorNets.data(14, 20, 3, 2), FEW_STEPS);
        assertEquals(Math.log(2), r.loss().chance(), 1e-6);
        assertTrue(r.layer(1).gradientStd() > 0);
        assertEquals(0.001, r.layer(1).learningRate(), 1e-12, "DL4J's default updater, Sgd(1e-3)");
    }

    @Test
    void withoutAnOutputLayerOnlyTheForwardPassIsMeasured() {
        MultiLayerNetwork stack = CourseNetworks.biasFreeStack(org.initlab.spec.Activation.TANH, 10, 3, 0.3, 0, 0);
        DoctorReport r = Doctor.examine(stack, new DataSet(Matrices.toNd(DoctorNets.features(0, 30, 10)), null));
        assertNull(r.loss());
        assertEquals(3, r.layers().size());
        assertFalse(r.layer(1).hasGradient());
        assertEquals(0, r.steps());
        assertTrue(r.notes().contains("the data have no labels: no loss, no gradients, no steps"), r.notes().toString());
    }

    @Test
    void aSavedReportReadsBackAsItWasWritten(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        MultiLayerNetwork conv = new MultiLayerNetwork(DoctorNets.convolutional(17));
        conv.init();
        DoctorReport r = Doctor.examine(conv, DoctorNets.data(17, 16, 64, 3), FEW_STEPS);
        List<String> files = DoctorFiles.writeFolder(r, Map.of("network_source", "test"), dir,
                DoctorFiles.Pictures.NONE);
        assertEquals(List.of("report.json", "manifest.json"), files);
        DoctorReport back = DoctorFiles.read(dir.resolve("report.json"));
        assertEquals(org.initlab.io.Json.write(r.toMap()), org.initlab.io.Json.write(back.toMap()));
        assertEquals(r.layer(1).histogram(), back.layer(1).histogram());

        DoctorReport zeros = Doctor.examine(DoctorNets.denseNet(WeightInit.ZERO, Activation.TANH, 8, 3, 6, 4, 1),
                DoctorNets.data(8, 20, 3, 1), FEW_STEPS);
        java.nio.file.Path json = DoctorFiles.writeJson(zeros, Map.of(), dir.resolve("zeros.json"));
        assertEquals(org.initlab.io.Json.write(zeros.toMap()), org.initlab.io.Json.write(DoctorFiles.read(json).toMap()));

        java.nio.file.Path other = dir.resolve("manifest.json");
        InputException e = assertThrows(InputException.class, () -> DoctorFiles.read(other));
        assertEquals(other + ": not a doctor's report (no \"options\")", e.getMessage());
    }

    @Test
    void examplesThatDoNotFitAreOneLine() {
        MultiLayerNetwork net = DoctorNets.denseNet(WeightInit.XAVIER, Activation.TANH, 15, 3, 4, 1);
        InputException e = assertThrows(InputException.class,
                () -> Doctor.examine(net, DoctorNets.data(15, 10, 5, 1)));
        assertTrue(e.getMessage().startsWith("the examples do not fit the network (DL4J: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
