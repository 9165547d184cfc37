package org.initlab.init;

import com.fasterxml.jackson.databind.JsonNode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.spec.ExperimentSpec;
import org.initlab.testing.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PyTorch's {@code dirac_} and JAX's {@code delta_orthogonal}, which fill a convolution's kernels at their centre tap,
 * against {@code reference/conv_centre.py}: {@code dirac_} as PyTorch 1.13 itself computes it, delta-orthogonal in
 * numpy, on odd and even kernels; and on dense layers, where they are the identity and orthogonal initializers.
 */
class KernelCentreTest {
    record Case(String init, int in, int out, long[] kernel, long seed, double[] filters) {
        @Override
        public String toString() {
            return init + " " + in + " -> " + out + " kernel " + java.util.Arrays.toString(kernel);
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (JsonNode c : Reference.json("conv_centre.json").get("cases")) {
            long[] kernel = new long[c.get("kernel").size()];
            for (int d = 0; d < kernel.length; d++) {
                kernel[d] = c.get("kernel").get(d).asLong();
            }
            cases.add(new Case(c.get("init").asText(), c.get("in").asInt(), c.get("out").asInt(), kernel,
                    c.get("seed").asLong(), Reference.doubles(c.get("filters"))));
        }
        return cases;
    }

    static MultiLayerNetwork convolution(CatalogInit init, int in, int out, long[] kernel, long seed) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE).list()
                .layer(new ConvolutionLayer.Builder((int) kernel[0], (int) kernel[1]).nIn(in).nOut(out)
                        .weightInit(init).build())
                .setInputType(InputType.convolutional(6, 6, in))
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(NumpyStreams.position(conf, seed));
        net.init();
        return net;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aConvolutionsFiltersAreTheReferencesAtTheKernelsCentre(Case c) {
        MultiLayerNetwork net = convolution(Catalog.parse(c.init()), c.in(), c.out(), c.kernel(), c.seed());
        double[] filters = net.getLayer(0).getParam("W").dup('c').data().asDouble();
        assertEquals(c.filters().length, filters.length);
        double tolerance = c.init().startsWith("delta-orthogonal") ? 1e-12 : 0.0; // through a QR factorization
        for (int k = 0; k < filters.length; k++) {
            assertEquals(c.filters()[k], filters[k], tolerance, c + " [" + k + "]");
        }
    }

    @Test
    void theReferenceHasEvenAndOddKernelsGroupsAndMoreInputsThanOutputs() {
        assertEquals(List.of("dirac 2 -> 4 kernel [3, 3]", "dirac:groups=2 2 -> 4 kernel [2, 4]",
                "dirac 5 -> 3 kernel [3, 2]", "delta-orthogonal 2 -> 4 kernel [3, 3]",
                "delta-orthogonal:scale=1.5 3 -> 6 kernel [2, 4]"), cases().stream().map(Case::toString).toList());
    }

    @Test
    void theCentreTapOfAKernelIsEachSizesHalfInRowMajorOrder() {
        assertEquals(4, WeightShape.convolution(2, 4, 3, 3).center());
        assertEquals(6, WeightShape.convolution(2, 4, 2, 4).center(), "(1, 2) of a 2 × 4 kernel");
        assertEquals(3, WeightShape.convolution(2, 4, 3, 2).center(), "(1, 1) of a 3 × 2 kernel");
        assertEquals(0, WeightShape.dense(3, 5).center());
        assertEquals(WeightShape.convolution(2, 4, 3, 2), WeightShape.ofDl4j(new long[]{4, 2, 3, 2}));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"dirac; identity", "dirac:groups=1; identity:gain=1",
            "delta-orthogonal; orthogonal", "delta-orthogonal:scale=1.5; orthogonal:gain=1.5"})
    void onDenseLayersTheyAreIdentityAndOrthogonalBitForBit(String kernelInit, String denseInit) {
        ExperimentSpec a = ExperimentSpec.builder().layers(2, 10, 5, 1).seed(3).init(Initializers.parse(kernelInit))
                .build();
        ExperimentSpec b = a.toBuilder().init(Initializers.parse(denseInit)).build();
        for (int l = 0; l < a.depth(); l++) {
            assertArrayEquals(InitialValues.of(b).weights(l), InitialValues.of(a).weights(l), 0.0, "W" + (l + 1));
        }
    }

    @Test
    void aKernelWithMoreInputsThanOutputsHasNoOrthogonalCentreAndIsRefused() {
        Exception e = assertThrows(Exception.class,
                () -> convolution(Catalog.parse("delta-orthogonal"), 5, 3, new long[]{3, 3}, 1));
        String message = rootMessage(e);
        assertTrue(message.contains("delta-orthogonal") && message.contains("5 input channels and 3 output channels"),
                message);
    }

    @Test
    void groupsThatDoNotDivideTheOutputsAreRefused() {
        Exception e = assertThrows(Exception.class,
                () -> convolution(Catalog.parse("dirac:groups=3"), 2, 4, new long[]{3, 3}, 1));
        assertTrue(rootMessage(e).contains("4 output channels do not divide into 3 groups"), rootMessage(e));
        InitSpecException zero = assertThrows(InitSpecException.class, () -> Catalog.parse("dirac:groups=0"));
        assertTrue(zero.getMessage().contains("groups 0: must be at least 1"), zero.getMessage());
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null && !(t instanceof InitSpecException)) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
