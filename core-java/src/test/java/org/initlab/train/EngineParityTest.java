package org.initlab.train;

import org.deeplearning4j.nn.weights.WeightInitXavierUniform;
import org.initlab.data.Dataset;
import org.initlab.data.Datasets;
import org.initlab.examples.LeCunNormalInit;
import org.initlab.experiment.Experiments;
import org.initlab.init.FittedLsuv;
import org.initlab.init.InitialValues;
import org.initlab.init.Initializers;
import org.initlab.net.CourseNetworks;
import org.initlab.spec.Activation;
import org.initlab.spec.Cost;
import org.initlab.spec.DropoutMode;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.initlab.spec.InitSpec;
import org.initlab.spec.Output;
import org.initlab.testing.RealData;
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
 * The fast engine and DL4J's own {@code fit} give the same costs and parameters (1e-12 relative) on the same spec,
 * for every kind of specification: each hidden activation and output, both costs, L2 and dropout (faithful and fresh
 * masks) in full-batch and mini-batch training, the random biases of {@code nielsen} and {@code large} (E5 on 300
 * MNIST images), {@code trainSize}, a user's own initializer (which the fast engine reads from the DL4J network), and
 * initializers of the catalogue, whose draws both engines take from the plain values and the network's positioned
 * {@code IWeightInit}s alike and after which both continue the run's stream (mini-batch shuffles, fresh dropout
 * masks), LSUV fitted first.
 * The course's random ×10 run is left out: it is chaotic (SPEC E2), so summation order alone moves its digits.
 */
class EngineParityTest {
    static Stream<ExperimentSpec> specs() {
        ExperimentSpec he = ExperimentSpec.builder().name("he").iterations(200).printEvery(10).build();
        ExperimentSpec football = ExperimentSpec.builder().name("noreg").dataset("football").layers(2, 20, 3, 1)
                .init(InitScheme.XAVIER).learningRate(0.3).iterations(150).printEvery(10).build();
        return Stream.of(
                he,
                he.toBuilder().name("tanh").hidden(Activation.TANH).build(),
                he.toBuilder().name("quadratic").cost(Cost.QUADRATIC).hidden(Activation.SIGMOID).build(),
                football,
                football.toBuilder().name("l2").lambda(0.7).build(),
                football.toBuilder().name("dropout").keepProb(0.86).dropoutMode(DropoutMode.FAITHFUL).build(),
                football.toBuilder().name("fresh").keepProb(0.8).dropoutMode(DropoutMode.FRESH).build(),
                he.toBuilder().name("minibatch").epochs(3, 32).printEvery(5).build(),
                he.toBuilder().name("record-every").iterations(50).printEvery(10).recordEvery(4).build(),
                he.toBuilder().name("minibatch-record-every").epochs(3, 32).printEvery(5).recordEvery(3).build(),
                he.toBuilder().name("softmax").output(Output.SOFTMAX).layers(2, 10, 5, 2).iterations(50).build(),
                he.toBuilder().name("minibatch-l2").epochs(3, 32).printEvery(5).lambda(0.7).build(),
                he.toBuilder().name("minibatch-fresh-dropout").epochs(3, 32).printEvery(5).keepProb(0.8)
                        .dropoutMode(DropoutMode.FRESH).build(),
                he.toBuilder().name("minibatch-faithful-dropout").epochs(3, 32).printEvery(5).keepProb(0.8)
                        .dropoutMode(DropoutMode.FAITHFUL).build(),
                he.toBuilder().name("softmax-quadratic").output(Output.SOFTMAX).cost(Cost.QUADRATIC)
                        .hidden(Activation.SIGMOID).layers(2, 10, 5, 2).learningRate(0.5).iterations(100).build(),
                he.toBuilder().name("minibatch-softmax-quadratic-l2").output(Output.SOFTMAX).cost(Cost.QUADRATIC)
                        .hidden(Activation.SIGMOID).layers(2, 10, 5, 2).learningRate(0.5).lambda(0.3)
                        .epochs(2, 25).printEvery(4).build(),
                Experiments.get("mnist-large").toBuilder().name("mnist-large-subset").trainSize(300).epochs(2, 10)
                        .printEvery(3).build(),
                Experiments.get("mnist-scaled").toBuilder().name("mnist-scaled-subset").trainSize(300).epochs(2, 10)
                        .printEvery(3).build(),
                football.toBuilder().name("train-size").trainSize(120).build(),
                football.toBuilder().name("train-size-l2").trainSize(120).lambda(0.7).build(),
                he.toBuilder().name("custom-lecun").init(new InitSpec.Custom(new LeCunNormalInit(), "lecun")).build(),
                he.toBuilder().name("custom-xavier-uniform-fresh-dropout")
                        .init(new InitSpec.Custom(new WeightInitXavierUniform(), "xavier-uniform"))
                        .keepProb(0.8).dropoutMode(DropoutMode.FRESH).epochs(2, 50).printEvery(2).build(),
                he.toBuilder().name("he-uniform").init(Initializers.parse("he-uniform")).build(),
                he.toBuilder().name("orthogonal").init(Initializers.parse("orthogonal:gain=1.2")).build(),
                he.toBuilder().name("kaiming-normal").init(Initializers.parse("kaiming-normal:mode=fan_out")).build(),
                he.toBuilder().name("sparse-minibatch").init(Initializers.parse("sparse:sparsity=0.2,std=0.5"))
                        .epochs(3, 32).printEvery(5).build(),
                he.toBuilder().name("trunc-normal-fresh-dropout").init(Initializers.parse("trunc-normal:std=0.5"))
                        .keepProb(0.8).dropoutMode(DropoutMode.FRESH).build(),
                he.toBuilder().name("lsuv-deep").layers(2, 10, 10, 10, 10, 1).init(Initializers.parse("lsuv")).build());
    }

    private static Dataset mnist;

    private static Dataset data(ExperimentSpec spec) {
        Dataset data = switch (spec.dataset()) {
            case "football" -> CourseData.football();
            case "mnist" -> mnist != null ? mnist : (mnist = Datasets.load("mnist", RealData.DIR));
            default -> CourseData.circles();
        };
        return spec.output() == Output.SOFTMAX ? CourseData.oneHot(data) : data;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void fastEngineMatchesDl4jFit(ExperimentSpec spec) {
        Dataset data = data(spec);
        RunResult fast = Trainer.run(spec.toBuilder().engine(EngineKind.FAST).build(), data);
        RunResult dl4j = Trainer.run(spec.toBuilder().engine(EngineKind.DL4J).build(), data);
        assertEquals("fast", fast.engine());
        assertEquals("dl4j", dl4j.engine());
        assertEquals(dl4j.costs().size(), fast.costs().size());
        assertTrue(fast.costs().size() > 3);
        for (int i = 0; i < fast.costs().size(); i++) {
            CostPoint f = fast.costs().get(i);
            CostPoint d = dl4j.costs().get(i);
            assertEquals(d.iteration(), f.iteration());
            assertClose(d.cost(), f.cost(), "cost at iteration " + f.iteration());
        }
        INDArray pf = fast.network().params();
        INDArray pd = dl4j.network().params();
        for (long i = 0; i < pf.length(); i++) {
            assertClose(pd.getDouble(i), pf.getDouble(i), "parameter " + i);
        }
        assertEquals(dl4j.trainAccuracy(), fast.trainAccuracy());
        assertEquals(dl4j.testAccuracy(), fast.testAccuracy());
        assertEquals(dl4j.testCorrectPerEpoch(), fast.testCorrectPerEpoch());
        assertEquals(spec.usesEpochs() ? spec.epochs() : 0, fast.testCorrectPerEpoch().size());
        if (spec.trainSize() > 0) {
            assertEquals(spec.trainSize(), fast.dataset().train().size());
        }
    }

    @Test
    void lsuvIsFittedBeforeTheFastEngineStartsFromTheNetworksOwnBits() {
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
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
            assertEquals(expected, actual, what);
            return;
        }
        double scale = Math.max(Math.abs(expected), 1e-3);
        assertEquals(expected, actual, 1e-12 * scale, what);
    }
}
