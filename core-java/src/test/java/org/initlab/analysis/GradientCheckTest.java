package org.initlab.analysis;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.experiment.CourseCase;
import org.initlab.experiment.ReluWithWrongDerivative;
import org.initlab.net.CourseDropout;
import org.initlab.net.CourseNetworks;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.initlab.testing.Reference;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientCheckTest {
    private static final CourseCase CASE = CourseCase.draw();
    private static final double COURSE_COST = Reference.json("gradient_check.json").get("cost").asDouble();
    private static final double COURSE_DIFFERENCE =
            Reference.json("gradient_check.json").get("difference_correct_backward").asDouble();
    private static final int M = 10;

    @Test
    void courseCasePassesWithTheCoursesCostAndDifference() {
        GradientCheckResult r = CASE.check();
        assertEquals(2.407833389834357, COURSE_COST, 0.0);
        assertEquals(COURSE_COST, r.cost(), 1e-12 * COURSE_COST);
        assertEquals(1.1890913024229996e-07, COURSE_DIFFERENCE, 0.0);
        assertEquals(COURSE_DIFFERENCE, r.difference(), 1e-2 * COURSE_DIFFERENCE);
        assertTrue(r.difference() < 2e-7);
        assertTrue(r.passed());
        assertEquals(6, r.blocks().size());
        assertEquals(47, r.gradient().length);
    }

    @Test
    void blocksFollowParamTableOrderWithCourseLayerNumbers() {
        GradientCheckResult r = CASE.check();
        String[] keys = {"0_W", "0_b", "1_W", "1_b", "2_W", "2_b"};
        long[] counts = {20, 5, 15, 3, 3, 1};
        long offset = 0;
        for (int i = 0; i < keys.length; i++) {
            ParameterBlock b = r.blocks().get(i);
            assertEquals(keys[i], b.key());
            assertEquals(i / 2 + 1, b.layer());
            assertEquals(i % 2 == 0 ? "W" : "b", b.param());
            assertEquals(counts[i], b.count());
            assertEquals(offset, b.offset());
            offset += counts[i];
        }
    }

    @Test
    void analyticGradientIsDl4jsSumOverExamplesDividedByM() {
        MultiLayerNetwork net = CASE.network();
        net.setInput(CASE.features());
        net.setLabels(CASE.labels());
        net.computeGradientAndScore();
        double[] summed = net.gradient().gradient().toDoubleVector();
        double[] grad = CASE.check().gradient();
        for (int i = 0; i < grad.length; i++) {
            assertEquals(summed[i] / CourseCase.M, grad[i], 1e-15 * Math.abs(grad[i]), "parameter " + i);
        }
        assertEquals(-0.37347778780965, grad[0], 1e-14);
    }

    @Test
    void everyComponentAgreesWithItsCentralDifference() {
        GradientCheckResult r = CASE.check();
        double[] g = r.gradient();
        double[] a = r.approximation();
        for (int i = 0; i < g.length; i++) {
            assertEquals(g[i], a[i], 1e-6, "parameter " + i);
        }
    }

    @Test
    void checkLeavesTheNetworkExactlyAsItWas() {
        MultiLayerNetwork net = CASE.network();
        INDArray before = net.params().dup();
        int iterations = net.getIterationCount();
        new GradientCheck().check(net, CASE.features(), CASE.labels());
        assertArrayEquals(before.toDoubleVector(), net.params().toDoubleVector(), 0.0);
        assertEquals(iterations, net.getIterationCount());
    }

    @Test
    void plantedErrorInLayer2FailsAndNamesLayer2() {
        GradientCheckResult r = new GradientCheck().check(CASE.networkWithPlantedError(), CASE.features(), CASE.labels());
        assertFalse(r.passed());
        assertTrue(r.difference() > 0.1, "difference " + r.difference());
        assertEquals(2, r.origin().layer());
        assertTrue(r.origin().difference() > 0.4, "layer 2's own difference " + r.origin().difference());
        assertTrue(r.failureMessage().contains("the backward pass goes wrong in layer 2 ("), r.failureMessage());
        for (ParameterBlock b : r.blocks()) {
            if (b.layer() == 3) {
                assertTrue(b.difference() < 1e-6, "the error never flows towards the output: " + b);
            } else {
                assertTrue(b.difference() > 0.4, "layers 1 and 2 carry the error: " + b);
            }
        }
    }

    @Test
    void plantedErrorLeavesTheCostAlone() {
        GradientCheckResult r = new GradientCheck().check(CASE.networkWithPlantedError(), CASE.features(), CASE.labels());
        assertEquals(COURSE_COST, r.cost(), 1e-12 * COURSE_COST);
        double[] correct = CASE.check().approximation();
        double[] planted = r.approximation();
        for (int i = 0; i < correct.length; i++) {
            assertEquals(correct[i], planted[i], 0.0, "parameter " + i);
        }
    }

    @Test
    void plantedErrorInLayer1IsNamedLayer1() {
        GradientCheckResult r = new GradientCheck().check(
                CASE.networkWithActivation(1, new ReluWithWrongDerivative()), CASE.features(), CASE.labels());
        assertFalse(r.passed());
        assertEquals(1, r.origin().layer());
        assertEquals(r.worst(), r.origin());
        assertTrue(r.failureMessage().contains("; layer 1 ("), r.failureMessage());
    }

    @Test
    void heNetworkBuiltByCourseNetworksPasses() {
        ExperimentSpec spec = ExperimentSpec.builder().layers(3, 4, 2, 1).init(InitScheme.HE).seed(3).build();
        GradientCheckResult r = new GradientCheck().check(CourseNetworks.build(spec, M), features(), labels());
        assertTrue(r.passed(), "difference " + r.difference());
        assertEquals(4, r.blocks().size() - 2);
        assertEquals(12 + 4 + 8 + 2 + 2 + 1, r.gradient().length);
    }

    @Test
    void zeroBiasOnAReluKinkMisleadsTheApproximationNotBackprop() {
        ExperimentSpec spec = ExperimentSpec.builder().layers(3, 4, 2, 1).init(InitScheme.HE).seed(7).build();
        MultiLayerNetwork net = CourseNetworks.build(spec, M);
        GradientCheckResult atKink = new GradientCheck().check(net, features(), labels());
        assertFalse(atKink.passed());
        for (ParameterBlock b : atKink.blocks()) {
            assertEquals(b.key().equals("1_b"), b.difference() > 1e-6, b.toString());
        }
        for (int l = 0; l < 3; l++) {
            net.getLayer(l).getParam("b").assign(0.01);
        }
        assertTrue(new GradientCheck().check(net, features(), labels()).passed());
    }

    @Test
    void l2IsInTheCostAndInTheGradient() {
        ExperimentSpec plain = ExperimentSpec.builder().layers(3, 4, 2, 1).init(InitScheme.HE).seed(3).build();
        ExperimentSpec l2 = plain.toBuilder().lambda(0.7).build();
        MultiLayerNetwork net = CourseNetworks.build(l2, M);
        GradientCheckResult r = new GradientCheck().check(net, features(), labels());
        GradientCheckResult without = new GradientCheck().check(CourseNetworks.build(plain, M), features(), labels());
        double sumSquares = 0;
        for (int l = 0; l < 3; l++) {
            INDArray w = net.getLayer(l).getParam("W");
            sumSquares += w.mul(w).sumNumber().doubleValue();
        }
        assertEquals(without.cost() + 0.7 / (2 * M) * sumSquares, r.cost(), 1e-14);
        assertTrue(r.passed(), "difference " + r.difference());
    }

    @Test
    void dropoutIsSwitchedOffForTheCheckOnly() {
        ExperimentSpec plain = ExperimentSpec.builder().layers(3, 4, 2, 1).init(InitScheme.HE).seed(3).build();
        MultiLayerNetwork net = CourseNetworks.build(plain.toBuilder().keepProb(0.5).build(), M);
        GradientCheckResult r = new GradientCheck().check(net, features(), labels());
        GradientCheckResult without = new GradientCheck().check(CourseNetworks.build(plain, M), features(), labels());
        assertTrue(r.passed(), "difference " + r.difference());
        assertEquals(without.cost(), r.cost(), 0.0);
        assertInstanceOf(CourseDropout.class, net.getLayer(1).conf().getLayer().getIDropout());
    }

    @Test
    void singlePrecisionIsRejected() {
        MultiLayerNetwork single = CASE.network().convertDataType(DataType.FLOAT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GradientCheck().check(single, CASE.features(), CASE.labels()));
        assertTrue(e.getMessage().contains("double precision"), e.getMessage());
    }

    @Test
    void nonPositiveEpsilonIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new GradientCheck(0, 2e-7));
    }

    @Test
    void dataSetAndArraysGiveTheSameResult() {
        GradientCheckResult a = new GradientCheck().check(CASE.network(), new DataSet(CASE.features(), CASE.labels()));
        assertEquals(CASE.check().difference(), a.difference(), 0.0);
    }

    private static INDArray features() {
        return Nd4j.createFromArray(new NumpyRandomState(5).randn(M, 3)).reshape('c', M, 3);
    }

    private static INDArray labels() {
        NumpyRandomState s = new NumpyRandomState(6);
        double[] y = new double[M];
        for (int i = 0; i < M; i++) {
            y[i] = s.rand() < 0.5 ? 1 : 0;
        }
        return Nd4j.createFromArray(y).reshape('c', M, 1);
    }
}
