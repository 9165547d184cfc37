package org.initlab.train;

import org.deeplearning4j.nn.weights.WeightInitXavierUniform;
import org.initlab.data.Dataset;
import org.initlab.spec.Activation;
import org.initlab.spec.Cost;
import org.initlab.spec.DropoutMode;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.initlab.spec.InitSpec;
import org.initlab.spec.Output;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which engine trains: {@code dl4j} is DL4J's {@code fit}; {@code fast} and {@code auto} are the fast engine, which
 * runs every specification with DL4J's numbers, so nothing is refused and {@code auto} never falls back. The claim is
 * checked here on every combination of the specification's choices, and in depth by {@link EngineParityTest}.
 */
class EnginesTest {
    private static final ExperimentSpec HE = ExperimentSpec.builder().build();

    @Test
    void eachEngineKindSelectsItsEngine() {
        List<ExperimentSpec> specs = List.of(
                HE,
                HE.toBuilder().init(new InitSpec.Custom(new WeightInitXavierUniform(), "xavier-uniform")).build(),
                HE.toBuilder().keepProb(0.8).dropoutMode(DropoutMode.FRESH).build(),
                HE.toBuilder().cost(Cost.QUADRATIC).epochs(2, 7).build(),
                HE.toBuilder().output(Output.SOFTMAX).layers(2, 10, 5, 2).lambda(0.3).build());
        for (ExperimentSpec spec : specs) {
            assertEquals("fast", Engines.select(spec.toBuilder().engine(EngineKind.AUTO).build()).name());
            assertEquals("fast", Engines.select(spec.toBuilder().engine(EngineKind.FAST).build()).name());
            assertEquals("dl4j", Engines.select(spec.toBuilder().engine(EngineKind.DL4J).build()).name());
        }
        assertEquals(EngineKind.AUTO, HE.engine(), "the default");
    }

    /** Every hidden activation × output × cost × dropout mode × schedule, with L2 and dropout on. */
    static Stream<ExperimentSpec> everyCombination() {
        List<ExperimentSpec> specs = new ArrayList<>();
        for (Activation hidden : Activation.values()) {
            for (Output output : Output.values()) {
                for (Cost cost : Cost.values()) {
                    for (DropoutMode mode : DropoutMode.values()) {
                        ExperimentSpec spec = ExperimentSpec.builder()
                                .name(hidden.id() + "-" + output.id() + "-" + cost.id() + "-" + mode.id())
                                .layers(2, 6, 4, 2).hidden(hidden).output(output).cost(cost).init(InitScheme.XAVIER)
                                .learningRate(0.3).lambda(0.1).keepProb(0.9).dropoutMode(mode).trainSize(60)
                                .iterations(12).printEvery(3).build();
                        specs.add(spec);
                        specs.add(spec.toBuilder().name(spec.name() + "-minibatch").epochs(2, 16).build());
                    }
                }
            }
        }
        return specs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCombination")
    void autoRunsEveryCombinationOnTheFastEngineWithDl4jsNumbers(ExperimentSpec spec) {
        Dataset data = CourseData.oneHot(CourseData.circles());
        RunResult auto = Trainer.run(spec, data);
        RunResult dl4j = Trainer.run(spec.toBuilder().engine(EngineKind.DL4J).build(), data);
        assertEquals("fast", auto.engine());
        assertEquals(dl4j.costs().size(), auto.costs().size());
        assertTrue(auto.costs().size() >= 3);
        for (int i = 0; i < auto.costs().size(); i++) {
            double d = dl4j.costs().get(i).cost();
            assertEquals(d, auto.costs().get(i).cost(), 1e-12 * Math.abs(d), "cost " + i);
        }
        double[] pd = dl4j.network().params().toDoubleVector();
        double[] pa = auto.network().params().toDoubleVector();
        for (int i = 0; i < pd.length; i++) {
            assertEquals(pd[i], pa[i], 1e-12 * Math.max(1e-3, Math.abs(pd[i])), "parameter " + i);
        }
    }
}
