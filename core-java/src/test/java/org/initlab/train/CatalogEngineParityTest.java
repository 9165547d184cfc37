package org.initlab.train;

import org.initlab.data.Dataset;
import org.initlab.init.FittedLsuv;
import org.initlab.init.Initializers;
import org.initlab.net.CourseNetworks;
import org.initlab.init.InitialValues;
import org.initlab.spec.DropoutMode;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Catalogue initializers train on both engines with the same numbers (1e-12 relative): the fast engine starts from
 * values drawn in plain Java, DL4J from the network's positioned {@code IWeightInit}s, and both continue the run's
 * stream after the initializer's draws (mini-batch shuffles, fresh dropout masks).
 */
class CatalogEngineParityTest {
    static Stream<ExperimentSpec> specs() {
        ExperimentSpec circles = ExperimentSpec.builder().iterations(200).printEvery(10).build();
        return Stream.of(
                circles.toBuilder().name("he-uniform").init(Initializers.parse("he-uniform")).build(),
                circles.toBuilder().name("orthogonal").init(Initializers.parse("orthogonal:gain=1.2")).build(),
                circles.toBuilder().name("kaiming-normal").init(Initializers.parse("kaiming-normal:mode=fan_out"))
                        .build(),
                circles.toBuilder().name("sparse-minibatch").init(Initializers.parse("sparse:sparsity=0.2,std=0.5"))
                        .epochs(3, 32).printEvery(5).build(),
                circles.toBuilder().name("trunc-normal-fresh-dropout").init(Initializers.parse("trunc-normal:std=0.5"))
                        .keepProb(0.8).dropoutMode(DropoutMode.FRESH).build(),
                circles.toBuilder().name("lsuv-deep").layers(2, 10, 10, 10, 10, 1)
                        .init(Initializers.parse("lsuv")).build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void fastEngineMatchesDl4jFit(ExperimentSpec spec) {
        Dataset data = CourseData.circles();
        RunResult fast = Trainer.run(spec.toBuilder().engine(EngineKind.FAST).build(), data);
        RunResult dl4j = Trainer.run(spec.toBuilder().engine(EngineKind.DL4J).build(), data);
        assertEquals("fast", fast.engine());
        assertEquals("dl4j", dl4j.engine());
        assertEquals(dl4j.costs().size(), fast.costs().size());
        assertTrue(fast.costs().size() > 3);
        for (int i = 0; i < fast.costs().size(); i++) {
            assertEquals(dl4j.costs().get(i).iteration(), fast.costs().get(i).iteration());
            assertClose(dl4j.costs().get(i).cost(), fast.costs().get(i).cost(), "cost " + i);
        }
        INDArray pf = fast.network().params();
        INDArray pd = dl4j.network().params();
        for (long i = 0; i < pf.length(); i++) {
            assertClose(pd.getDouble(i), pf.getDouble(i), "parameter " + i);
        }
        assertEquals(dl4j.trainAccuracy(), fast.trainAccuracy());
        assertEquals(dl4j.testAccuracy(), fast.testAccuracy());
    }

    @Test
    void theAutomaticEngineIsTheFastOneAndStartsFromTheNetworksOwnBits() {
        ExperimentSpec spec = ExperimentSpec.builder().iterations(1).printEvery(1).init(Initializers.parse("lsuv"))
                .build();
        RunResult run = Trainer.run(spec, CourseData.circles());
        assertEquals("fast", run.engine());
        ExperimentSpec fitted = run.spec();
        assertInstanceOf(FittedLsuv.class, fitted.init());
        assertEquals("lsuv", fitted.describe().get("init"));
        InitialValues values = InitialValues.of(fitted);
        var net = CourseNetworks.build(fitted, 300);
        for (int l = 0; l < fitted.depth(); l++) {
            assertArrayEquals(values.weights(l), net.getLayer(l).getParam("W").dup('f').data().asDouble(), 0.0);
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        double scale = Math.max(Math.abs(expected), 1e-3);
        assertEquals(expected, actual, 1e-12 * scale, what);
    }
}
