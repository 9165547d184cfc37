package org.initlab.net;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInitXavierUniform;
import org.deeplearning4j.util.ModelSerializer;
import org.initlab.init.Initializers;
import org.initlab.init.NumpyStreamInit;
import org.initlab.init.WeightLayout;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.spec.DropoutMode;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.initlab.spec.InitSpec;
import org.initlab.spec.Output;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.regularization.L2Regularization;
import org.nd4j.linalg.learning.regularization.Regularization;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseNetworksTest {
    private static final ExperimentSpec HE = ExperimentSpec.builder().build();

    @Test
    void jsonRoundTripKeepsConfigurationEqual() {
        ExperimentSpec spec = HE.toBuilder().lambda(0.7).keepProb(0.86).dropoutMode(DropoutMode.FRESH).build();
        MultiLayerConfiguration conf = CourseNetworks.configuration(spec, 300);
        MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(conf.toJson());
        assertEquals(conf, back);
        assertEquals(new NumpyStreamInit(3, 20, InitScheme.HE, 0.0, WeightLayout.OUTPUT_MAJOR),
                ((BaseLayer) back.getConf(1).getLayer()).getWeightInitFn());
        assertInstanceOf(CourseCrossEntropy.class, ((OutputLayer) back.getConf(2).getLayer()).getLossFn());
    }

    @Test
    void quadraticCostSurvivesJsonRoundTrip() {
        ExperimentSpec spec = HE.toBuilder().cost(org.initlab.spec.Cost.QUADRATIC).init(InitScheme.NIELSEN).build();
        MultiLayerConfiguration conf = CourseNetworks.configuration(spec, 300);
        MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(conf.toJson());
        assertEquals(conf, back);
        assertInstanceOf(CourseQuadratic.class, ((OutputLayer) back.getConf(2).getLayer()).getLossFn());
    }

    @Test
    void reinitAfterJsonRoundTripGivesIdenticalWeights() {
        MultiLayerNetwork original = CourseNetworks.build(HE, 300);
        MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(CourseNetworks.configuration(HE, 300).toJson());
        MultiLayerNetwork fromJson = new MultiLayerNetwork(back);
        fromJson.init();
        assertArrayEquals(original.params().toDoubleVector(), fromJson.params().toDoubleVector(), 0.0);
        MultiLayerNetwork fromClone = new MultiLayerNetwork(CourseNetworks.configuration(HE, 300).clone());
        fromClone.init();
        assertArrayEquals(original.params().toDoubleVector(), fromClone.params().toDoubleVector(), 0.0);
    }

    @Test
    void eachLayerCarriesItsOwnStreamPosition() {
        MultiLayerConfiguration conf = CourseNetworks.configuration(HE, 300);
        long[] skips = new long[3];
        for (int l = 0; l < 3; l++) {
            skips[l] = ((NumpyStreamInit) ((BaseLayer) conf.getConf(l).getLayer()).getWeightInitFn()).getSkip();
        }
        assertEquals(List.of(0L, 20L, 70L), List.of(skips[0], skips[1], skips[2]));
    }

    @Test
    void freshDropoutReadBackFromJsonContinuesTheStreamAfterACatalogueInitializer() {
        int m = 20;
        ExperimentSpec spec = HE.toBuilder().init(Initializers.parse("he-uniform")).keepProb(0.7)
                .dropoutMode(DropoutMode.FRESH).build();
        MultiLayerNetwork shared = CourseNetworks.build(spec, m);
        MultiLayerNetwork own = new MultiLayerNetwork(
                MultiLayerConfiguration.fromJson(shared.getLayerWiseConfigurations().toJson()));
        own.init();
        assertArrayEquals(shared.params().toDoubleVector(), own.params().toDoubleVector(), 0.0);
        NumpyRandomState data = new NumpyRandomState(11);
        INDArray x = Nd4j.createFromArray(data.randn(m * 2)).reshape('c', m, 2);
        double[] labels = new double[m];
        for (int i = 0; i < m; i++) {
            labels[i] = data.rand() < 0.5 ? 0.0 : 1.0;
        }
        INDArray y = Nd4j.createFromArray(labels).reshape('c', m, 1);
        for (int step = 0; step < 3; step++) {
            shared.fit(x, y);
            own.fit(x, y);
            assertArrayEquals(shared.params().toDoubleVector(), own.params().toDoubleVector(), 0.0,
                    "step " + step + ": the same fresh masks");
        }
        CourseDropout d = (CourseDropout) own.getLayer(1).conf().getLayer().getIDropout();
        assertEquals(spec.seed(), d.getStart().seed());
        assertEquals(spec.depth(), d.getStart().before().size(), "after every layer's draws");
    }

    @Test
    void l2IsLambdaOverMOnWeightsOnly() {
        MultiLayerConfiguration conf = CourseNetworks.configuration(HE.toBuilder().lambda(0.7).build(), 211);
        for (int l = 0; l < 3; l++) {
            BaseLayer layer = (BaseLayer) conf.getConf(l).getLayer();
            List<Regularization> w = layer.getRegularization();
            assertEquals(1, w.size());
            assertEquals(0.7 / 211, ((L2Regularization) w.get(0)).getL2().valueAt(0, 0), 0.0);
            assertTrue(layer.getRegularizationBias() == null || layer.getRegularizationBias().isEmpty());
        }
        BaseLayer plain = (BaseLayer) CourseNetworks.configuration(HE, 211).getConf(0).getLayer();
        assertTrue(plain.getRegularization() == null || plain.getRegularization().isEmpty());
    }

    @Test
    void dropoutSitsOnTheInputsOfLayersAfterHiddenLayers() {
        ExperimentSpec spec = HE.toBuilder().layers(2, 20, 3, 1).keepProb(0.86).build();
        MultiLayerConfiguration conf = CourseNetworks.configuration(spec, 211);
        assertNull(conf.getConf(0).getLayer().getIDropout());
        CourseDropout d2 = (CourseDropout) conf.getConf(1).getLayer().getIDropout();
        CourseDropout d3 = (CourseDropout) conf.getConf(2).getLayer().getIDropout();
        assertEquals(new CourseDropout(0.86, DropoutMode.FAITHFUL, 0, 3, 3, 20 * 2 + 3 * 20 + 3), d2);
        assertEquals(new CourseDropout(0.86, DropoutMode.FAITHFUL, 20, 0, 3, 20 * 2 + 3 * 20 + 3), d3);
    }

    @Test
    void customInitializerIsUsedForEveryLayerWithZeroBiases() {
        ExperimentSpec spec = HE.toBuilder().init(new InitSpec.Custom(new WeightInitXavierUniform(), "xavier-uniform"))
                .build();
        MultiLayerConfiguration conf = CourseNetworks.configuration(spec, 300);
        for (int l = 0; l < 3; l++) {
            assertInstanceOf(WeightInitXavierUniform.class, ((BaseLayer) conf.getConf(l).getLayer()).getWeightInitFn());
        }
        MultiLayerNetwork net = CourseNetworks.build(spec, 300);
        for (int l = 0; l < 3; l++) {
            assertEquals(0.0, net.getLayer(l).getParam("b").norm2Number().doubleValue(), 0.0);
            assertTrue(net.getLayer(l).getParam("W").norm2Number().doubleValue() > 0);
        }
    }

    @Test
    void softmaxOutputUsesSoftmaxActivation() {
        ExperimentSpec spec = HE.toBuilder().layers(2, 4, 3).output(Output.SOFTMAX).build();
        OutputLayer out = (OutputLayer) CourseNetworks.configuration(spec, 10).getConf(1).getLayer();
        assertEquals("softmax", out.getActivationFn().toString());
    }

    @Test
    void modelSerializerRoundTripKeepsParametersAndPredictions(@TempDir Path dir) throws Exception {
        ExperimentSpec spec = HE.toBuilder().init(InitScheme.NIELSEN).lambda(0.5).keepProb(0.8).build();
        MultiLayerNetwork net = CourseNetworks.build(spec, 300);
        INDArray x = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.DOUBLE, 7, 2).subi(0.5);
        File file = dir.resolve("net.zip").toFile();
        ModelSerializer.writeModel(net, file, true);
        MultiLayerNetwork back = ModelSerializer.restoreMultiLayerNetwork(file);
        assertEquals(net.getLayerWiseConfigurations(), back.getLayerWiseConfigurations());
        assertArrayEquals(net.params().toDoubleVector(), back.params().toDoubleVector(), 0.0);
        assertEquals(net.output(x, false), back.output(x, false));
    }
}
