package org.initlab.analysis;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.initlab.data.CsvExamples;
import org.initlab.data.Datasets;
import org.initlab.data.Matrix;
import org.initlab.data.Split;
import org.initlab.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.dataset.DataSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DoctorInputsTest {
    @TempDir
    Path dir;

    @Test
    void aConfigurationReadsBackAsDl4jWroteIt() throws IOException {
        MultiLayerConfiguration conf = DoctorNets.dense(WeightInit.RELU, Activation.RELU,
                new org.nd4j.linalg.learning.config.Sgd(0.1), 0, 1, 2, 4, 1);
        Path file = Files.writeString(dir.resolve("conf.json"), conf.toJson());
        MultiLayerConfiguration read = DoctorInputs.configuration(file);
        assertEquals(conf, read);
        MultiLayerNetwork net = DoctorInputs.network(read, file);
        assertEquals(2, DoctorInputs.inputWidth(net));
        assertEquals(1, DoctorInputs.outputWidth(net));
    }

    @Test
    void jsonThatIsNotAConfigurationIsOneLine() throws IOException {
        for (String text : new String[] {"{\"costs\": [[0, 0.69]]}", "[1, 2, 3]", "not json at all", ""}) {
            Path file = Files.writeString(dir.resolve("x.json"), text);
            InputException e = assertThrows(InputException.class, () -> DoctorInputs.configuration(file), text);
            assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
            assertTrue(e.getMessage().contains("not a DL4J") || e.getMessage().contains("empty"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
        assertEquals(dir.resolve("none.json") + ": no such file",
                assertThrows(InputException.class, () -> DoctorInputs.configuration(dir.resolve("none.json")))
                        .getMessage());
    }

    @Test
    void aConvolutionalNetworkFedFlatTakesHeightTimesWidthTimesChannels() {
        MultiLayerNetwork conv = new MultiLayerNetwork(DoctorNets.convolutional(1));
        conv.init();
        assertEquals(64, DoctorInputs.inputWidth(conv));
        assertEquals(3, DoctorInputs.outputWidth(conv));
    }

    @Test
    void examplesMustFitTheNetwork() throws IOException {
        MultiLayerNetwork net = DoctorNets.denseNet(WeightInit.XAVIER, Activation.TANH, 2, 3, 4, 1);
        Path csv = Files.writeString(dir.resolve("d.csv"), "1,2,0\n3,4,1\n");
        InputException e = assertThrows(InputException.class, () -> DoctorInputs.of(net, CsvExamples.read(csv)));
        assertEquals(csv + ": 3 columns (2 features and a label), but the network takes 3 inputs (4 columns)",
                e.getMessage());
        Path good = Files.writeString(dir.resolve("e.csv"), "1,2,3,0\n3,4,5,1\n");
        DataSet data = DoctorInputs.of(net, CsvExamples.read(good));
        assertEquals(2, data.numExamples());

        MultiLayerNetwork wide = DoctorNets.denseNet(WeightInit.XAVIER, Activation.TANH, 2, 784, 4, 1);
        Split tenClasses = new Split(Matrix.zeros(5, 784), Matrix.zeros(5, 10));
        assertEquals("digits: 10 label columns, but the network has 1 output", assertThrows(InputException.class,
                () -> DoctorInputs.of(wide, tenClasses, "digits")).getMessage());
        assertEquals("circles: 2 features per example, but the network takes 784 inputs",
                assertThrows(InputException.class, () -> DoctorInputs.of(wide,
                        Datasets.load("circles", null).train(), "circles")).getMessage());
    }
}
