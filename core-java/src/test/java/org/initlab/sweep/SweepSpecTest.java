package org.initlab.sweep;

import org.initlab.init.Initializers;
import org.initlab.io.InputException;
import org.initlab.spec.Activation;
import org.initlab.spec.Axis;
import org.initlab.spec.AxisKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.SweepSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sweep's grid, its sample, and the errors that name the field. */
class SweepSpecTest {
    private static final ExperimentSpec BASE = ExperimentSpec.builder().iterations(100).build();

    static SweepSpec.Builder grid() {
        return SweepSpec.builder("grid", BASE)
                .axis(Axis.init(Initializers.parse("he"), Initializers.parse("xavier")))
                .axis(Axis.hiddenLayers(2, 4, 8))
                .axis(Axis.learningRate(0.01, 0.1));
    }

    @Test
    void theGridIsTheProductOfTheAxesWithTheLastVaryingFastest() {
        SweepSpec s = grid().build();
        assertEquals(12, s.gridSize());
        assertArrayEquals(new long[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, s.indices());
        List<String> first = new ArrayList<>();
        for (long i = 0; i < 5; i++) {
            List<Object> c = s.configuration(i);
            first.add(((org.initlab.spec.InitSpec) c.get(0)).describe() + " " + c.get(1) + " " + c.get(2));
        }
        // itertools.product(['he', 'xavier'], [2, 4, 8], [0.01, 0.1])[:5]
        assertEquals(List.of("he 2 0.01", "he 2 0.1", "he 4 0.01", "he 4 0.1", "he 8 0.01"), first);
        assertEquals(List.of("xavier", 8, 0.1), List.of(((org.initlab.spec.InitSpec) s.configuration(11).get(0))
                .describe(), s.configuration(11).get(1), s.configuration(11).get(2)));
    }

    @Test
    void aSampleIsNumpysChoiceWithoutReplacement() {
        SweepSpec small = SweepSpec.builder("s", BASE).axis(Axis.hiddenLayers(1, 2, 3, 4, 5, 6))
                .axis(Axis.width(2, 3, 4, 5)).sample(5, 7).build();
        // np.random.RandomState(7).choice(24, 5, replace=False)
        assertArrayEquals(new long[] {1, 5, 11, 13, 2}, small.indices());
        int[] sizes = new int[1000];
        Arrays.setAll(sizes, i -> i + 1);
        SweepSpec large = SweepSpec.builder("l", BASE).axis(Axis.width(sizes)).sample(10, 0).build();
        // np.random.RandomState(0).choice(1000, 10, replace=False)
        assertArrayEquals(new long[] {993, 859, 298, 553, 672, 971, 27, 231, 306, 706}, large.indices());
        assertEquals(10, large.configurations());
    }

    @Test
    void aPlanBuildsEachConfigurationsNetworkFromTheDataSizes() {
        SweepPlan plan = SweepPlan.of(grid().seeds(1, 2).build(), new SweepData());
        assertEquals(12, plan.configurations().size());
        assertEquals(List.of(2, 10, 10, 1), plan.configurations().get(0).spec().layers());
        assertEquals(List.of(2, 10, 10, 10, 10, 10, 10, 10, 10, 1), plan.configurations().get(11).spec().layers());
        assertEquals(24, plan.tasks().size());
        assertEquals(12, plan.configurations().stream().map(Configuration::id).distinct().count());
        RunTask t = plan.tasks().get(3);
        assertEquals(List.of(new Setting("init", "he"), new Setting("hidden_layers", "2"),
                new Setting("learning_rate", "0.1")), t.axes());
        assertEquals(2, t.seed());
        assertEquals(0.1, t.spec().learningRate());
        assertEquals(0, t.spec().printEvery());
        assertEquals(100, t.spec().recordEvery());
        SweepSpec depth = SweepSpec.builder("d", BASE).axis(Axis.depth(2, 5)).axis(Axis.width(7)).build();
        SweepPlan d = SweepPlan.of(depth, new SweepData());
        assertEquals(List.of(2, 7, 1), d.configurations().get(0).spec().layers());
        assertEquals(5, d.configurations().get(1).spec().depth());
    }

    @Test
    void aConfigurationsIdDependsOnItsValuesNotOnTheSweepAroundIt() {
        SweepPlan a = SweepPlan.of(grid().build(), new SweepData());
        SweepPlan b = SweepPlan.of(SweepSpec.builder("other", BASE)
                .axis(Axis.learningRate(0.1)).axis(Axis.hiddenLayers(4)).axis(Axis.init(Initializers.parse("xavier")))
                .seeds(5).build(), new SweepData());
        assertEquals(a.configurations().get(9).id(), b.configurations().get(0).id());
        assertTrue(!a.sweepId().equals(b.sweepId()));
    }

    @Test
    void badSweepsAreRefusedNamingTheField() {
        assertEquals("init: an axis needs at least one value",
                assertThrows(InputException.class, () -> Axis.of(AxisKind.INIT, List.of())).getMessage());
        assertEquals("axis depht: not something a sweep can vary; expected one of " + AxisKind.names(),
                assertThrows(InputException.class, () -> AxisKind.of("depht")).getMessage());
        assertEquals("learningRate 0.1: given twice in the axis",
                assertThrows(InputException.class, () -> Axis.learningRate(0.1, 0.10)).getMessage());
        assertEquals("hidden relu: not a value of this axis (expected activation, got String)",
                assertThrows(InputException.class, () -> Axis.of(AxisKind.HIDDEN, "relu")).getMessage());
        assertEquals("seeds: a sweep needs at least one seed",
                assertThrows(InputException.class, () -> grid().seeds(List.of()).build()).getMessage());
        assertEquals("iterations: cannot be swept with halving: the rungs set how long each run trains",
                assertThrows(InputException.class, () -> SweepSpec.builder("h", BASE).axis(Axis.iterations(10, 20))
                        .halving(3, List.of(10, 30)).build()).getMessage());
        assertEquals("width: cannot be swept with layers, which gives every size",
                assertThrows(InputException.class, () -> SweepSpec.builder("h", BASE).axis(Axis.width(3))
                        .axis(AxisKind.LAYERS, List.of(2, 3, 1)).build()).getMessage());
        assertEquals("sample 13: more configurations than the grid's 12",
                assertThrows(InputException.class, () -> grid().sample(13, 1).build()).getMessage());
        assertEquals("rungs 10,10: must be positive and increasing",
                assertThrows(InputException.class, () -> grid().halving(3, List.of(10, 10)).build()).getMessage());
        assertEquals("halving 1.0: the reduction factor must be a number above 1 (e.g. 3)",
                assertThrows(InputException.class, () -> grid().halving(1, List.of(10, 20)).build()).getMessage());
        InputException lr = assertThrows(InputException.class, () -> SweepPlan.of(
                SweepSpec.builder("lr", BASE).axis(Axis.learningRate(0.1, -1)).build(), new SweepData()));
        assertEquals("learningRate -1.0: must be a positive number", lr.getMessage());
        InputException layers = assertThrows(InputException.class, () -> SweepPlan.of(
                SweepSpec.builder("l", BASE).axis(AxisKind.LAYERS, List.of(2, 3, 1), List.of(3, 3, 1)).build(),
                new SweepData()));
        assertEquals("layers 3,3,1: first size 3 does not match the 2 features of circles", layers.getMessage());
    }

    /** A run trains in epochs or in iterations: sweeping both, or iterations over an epochs base, dropped one. */
    @Test
    void iterationsWithEpochsAreRefusedRatherThanOneDropped() {
        String message = "epochs: not with iterations: a run trains either in epochs or in full-batch iterations; "
                + "give one of them";
        assertEquals(message, assertThrows(InputException.class, () -> SweepSpec.builder("e", BASE)
                .axis(Axis.iterations(5, 6)).axis(AxisKind.EPOCHS, 1, 2).build()).getMessage());
        ExperimentSpec epochs = ExperimentSpec.builder().epochs(2, 0).build();
        assertEquals(message, assertThrows(InputException.class, () -> SweepSpec.builder("e", epochs)
                .axis(Axis.iterations(5, 6)).build()).getMessage());
        assertEquals(2, SweepSpec.builder("e", epochs).axis(AxisKind.EPOCHS, 1, 2).build().axes().get(0).size(),
                "epochs over an epochs base are a sweep");
    }

    @Test
    void aNameThatIsAPathIsRefused() {
        for (String name : List.of("../x", "a/b", "a\\b", ".", "..")) {
            assertEquals("name " + name + ": a name, not a path: it names the sweep's folder, so no '/', '\\', '.' "
                    + "or '..'", assertThrows(InputException.class, () -> SweepSpec.builder(name, BASE).build())
                    .getMessage());
        }
        assertEquals("he-vs.xavier", SweepSpec.builder("he-vs.xavier", BASE).build().name());
    }

    @Test
    void aGridOfMoreThanAHundredThousandRunsNeedsASample() {
        int[] w = new int[400];
        Arrays.setAll(w, i -> i + 1);
        int[] h = new int[100];
        Arrays.setAll(h, i -> i);
        SweepSpec.Builder huge = SweepSpec.builder("huge", BASE).axis(Axis.width(w)).axis(Axis.hiddenLayers(h))
                .axis(Axis.activation(Activation.RELU, Activation.TANH, Activation.SIGMOID)).seeds(1, 2);
        InputException e = assertThrows(InputException.class, huge::build);
        assertEquals("sample", e.field());
        assertEquals("sample: needed: the grid has 120000 configurations × 2 seeds, more than 100000 runs; draw some "
                + "configurations with sample N", e.getMessage());
        assertEquals(50, huge.sample(50, 3).build().indices().length);
    }
}
