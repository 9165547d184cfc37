package org.initlab.init;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.initlab.numpy.NumpyRandomState;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One numpy stream for a DL4J network whose layers mix initializers. */
class NumpyStreamsTest {
    private static MultiLayerConfiguration mixed() {
        return new NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE).list()
                .layer(new DenseLayer.Builder().nIn(5).nOut(7).weightInit(new Sparse(0.4, 0.3)).build())
                .layer(new DenseLayer.Builder().nIn(7).nOut(6).weightInit(WeightInit.XAVIER).build())
                .layer(new DenseLayer.Builder().nIn(6).nOut(9).weightInit(new TruncNormal(0, 1, -1, 1)).build())
                .layer(new OutputLayer.Builder().nIn(9).nOut(4).weightInit(new Orthogonal(2.0)).build())
                .build();
    }

    @Test
    void catalogueLayersDrawOneStreamInLayerOrderAndOtherLayersDrawNothingFromIt() {
        MultiLayerConfiguration original = mixed();
        MultiLayerConfiguration positioned = NumpyStreams.position(original, 11);
        assertNotSame(original, positioned);
        assertEquals(StreamPosition.start(0),
                ((CatalogInit) ((org.deeplearning4j.nn.conf.layers.BaseLayer) original.getConf(0).getLayer())
                        .getWeightInitFn()).position(), "the given configuration is left as it was");
        MultiLayerNetwork net = new MultiLayerNetwork(positioned);
        net.init();
        NumpyRandomState rng = new NumpyRandomState(11);
        double[] w1 = new Sparse(0.4, 0.3).weights(rng, WeightShape.dense(5, 7));
        double[] w3 = new TruncNormal(0, 1, -1, 1).weights(rng, WeightShape.dense(6, 9));
        double[] w4 = new Orthogonal(2.0).weights(rng, WeightShape.dense(9, 4));
        assertArrayEquals(w1, net.getLayer(0).getParam("W").dup('f').data().asDouble(), 0.0);
        assertArrayEquals(w3, net.getLayer(2).getParam("W").dup('f').data().asDouble(), 0.0);
        assertArrayEquals(w4, net.getLayer(3).getParam("W").dup('f').data().asDouble(), 0.0);
        assertEquals(positioned, MultiLayerConfiguration.fromJson(positioned.toJson()));
        assertTrue(positioned.toJson().contains("\"before\""), "the stream position is in the JSON");
    }

    @Test
    void aLayerOfAnotherKindIsRefusedByName() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().list()
                .layer(new LSTM.Builder().nIn(3).nOut(4).weightInit(new HeUniform()).build())
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NumpyStreams.position(conf, 0));
        assertEquals("layer 0 (LSTM): catalogue initializers are positioned in dense, output and convolution layers "
                + "only", e.getMessage());
    }

    @Test
    void anInitializerOnItsOwnDrawsFromTheStartOfTheStreamItIsSeededWith() {
        NumpyRandomState rng = new NumpyRandomState(5);
        double[] expected = new HeNormal().weights(rng, WeightShape.dense(4, 3));
        assertArrayEquals(expected, new HeNormal().seeded(5).weights(WeightShape.dense(4, 3)), 0.0);
        StreamPosition second = StreamPosition.start(5).after(new HeNormal(), WeightShape.dense(4, 3));
        assertArrayEquals(new HeNormal().weights(rng, WeightShape.dense(3, 2)),
                new HeNormal().at(second).weights(WeightShape.dense(3, 2)), 0.0);
    }
}
