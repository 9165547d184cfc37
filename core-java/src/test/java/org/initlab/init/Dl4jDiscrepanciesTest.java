package org.initlab.init;

import org.apache.commons.math3.special.Erf;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DL4J 1.0.0-M2.1's {@code WeightInit} where it departs from Keras and PyTorch, shown by sampling a dense layer of
 * {@code 1000 × 1000} weights ({@code std · √fan} is 1 for a correct variance-scaling initializer of scale 1), beside
 * InitLab's replacement measured the same way.
 */
class Dl4jDiscrepanciesTest {
    private static final int N_IN = 1000;
    private static final int N_OUT = 500;
    private static final double FAN_AVG = (N_IN + N_OUT) / 2.0;

    /** The weights {@code init} writes into a dense layer {@code N_IN → N_OUT}, as DL4J calls it. */
    static double[] sample(IWeightInit init) {
        Nd4j.getRandom().setSeed(12345);
        INDArray view = Nd4j.create(DataType.DOUBLE, 1, (long) N_IN * N_OUT);
        init.init(N_IN, N_OUT, new long[]{N_IN, N_OUT}, 'f', view);
        return view.data().asDouble();
    }

    static double std(double[] w) {
        double mean = Arrays.stream(w).average().orElseThrow();
        return Math.sqrt(Arrays.stream(w).map(x -> (x - mean) * (x - mean)).sum() / w.length);
    }

    static double maxAbs(double[] w) {
        return Arrays.stream(w).map(Math::abs).max().orElseThrow();
    }

    @Test
    void dl4jsLecunUniformHasThreeTimesTheVarianceKerasDraws() {
        double[] dl4j = sample(WeightInit.LECUN_UNIFORM.getWeightInitFunction());
        assertEquals(Math.sqrt(3), std(dl4j) * Math.sqrt(N_IN), 0.01, "DL4J: U(±3/√n), std·√n = √3");
        assertEquals(3 / Math.sqrt(N_IN), maxAbs(dl4j), 1e-4);
        double[] initlab = sample(new LecunUniform());
        assertEquals(1.0, std(initlab) * Math.sqrt(N_IN), 0.01, "Keras: U(±√(3/n)), std·√n = 1");
        assertEquals(Math.sqrt(3.0 / N_IN), maxAbs(initlab), 1e-4);
    }

    @Test
    void dl4jsUniformVarianceScalingHasThreeTimesTheVarianceForEveryFan() {
        assertEquals(Math.sqrt(3), std(sample(WeightInit.VAR_SCALING_UNIFORM_FAN_IN.getWeightInitFunction()))
                * Math.sqrt(N_IN), 0.01);
        assertEquals(Math.sqrt(3), std(sample(WeightInit.VAR_SCALING_UNIFORM_FAN_OUT.getWeightInitFunction()))
                * Math.sqrt(N_OUT), 0.01);
        assertEquals(Math.sqrt(3), std(sample(WeightInit.VAR_SCALING_UNIFORM_FAN_AVG.getWeightInitFunction()))
                * Math.sqrt(FAN_AVG), 0.01);
        assertEquals(1.0, std(sample(new VarianceScaling(1, FanMode.FAN_IN, Distribution.UNIFORM)))
                * Math.sqrt(N_IN), 0.01);
        assertEquals(1.0, std(sample(new VarianceScaling(1, FanMode.FAN_OUT, Distribution.UNIFORM)))
                * Math.sqrt(N_OUT), 0.01);
        assertEquals(1.0, std(sample(new VarianceScaling(1, FanMode.FAN_AVG, Distribution.UNIFORM)))
                * Math.sqrt(FAN_AVG), 0.01);
    }

    @Test
    void dl4jsNormalVarianceScalingCutsAtTwoSigmaWithoutCorrectingTheVariance() {
        double[] dl4j = sample(WeightInit.VAR_SCALING_NORMAL_FAN_IN.getWeightInitFunction());
        assertEquals(Draws.TRUNC_STD, std(dl4j) * Math.sqrt(N_IN), 0.01, "DL4J: cut at ±2σ, std·√n = 0.88");
        assertTrue(maxAbs(dl4j) <= 2 / Math.sqrt(N_IN) * (1 + 1e-6), "DL4J's normal is truncated at 2σ");
        assertEquals(Draws.TRUNC_STD, std(sample(WeightInit.VAR_SCALING_NORMAL_FAN_OUT.getWeightInitFunction()))
                * Math.sqrt(N_OUT), 0.01);
        assertEquals(Draws.TRUNC_STD, std(sample(WeightInit.VAR_SCALING_NORMAL_FAN_AVG.getWeightInitFunction()))
                * Math.sqrt(FAN_AVG), 0.01);
        double sigma = 1 / Math.sqrt(N_IN);
        long nearZero = Arrays.stream(dl4j).filter(x -> Math.abs(x) < 0.02 * sigma).count();
        double expected = (Erf.erf(0.02 / Math.sqrt(2)) / Erf.erf(2 / Math.sqrt(2))) * dl4j.length;
        assertTrue(nearZero > 2 * expected, "DL4J's truncated normal piles draws up at 0: " + nearZero
                + " within 0.02σ of it, N(0, σ²) cut at 2σ puts " + Math.round(expected) + " there");
        double[] initlab = sample(new VarianceScaling(1, FanMode.FAN_IN, Distribution.TRUNCATED_NORMAL));
        long initlabNearZero = Arrays.stream(initlab).filter(x -> Math.abs(x) < 0.02 * sigma / Draws.TRUNC_STD).count();
        assertEquals(expected, initlabNearZero, 4 * Math.sqrt(expected), "InitLab's has no pile at 0");
        assertEquals(1.0, std(initlab) * Math.sqrt(N_IN), 0.01, "Keras divides by 0.8796: std·√n = 1");
        assertTrue(maxAbs(initlab) <= 2 / Math.sqrt(N_IN) / Draws.TRUNC_STD * (1 + 1e-12));
        assertEquals(1.0, std(sample(new LecunNormal())) * Math.sqrt(N_IN), 0.01);
        assertEquals(Math.sqrt(2), std(sample(new HeNormal())) * Math.sqrt(N_IN), 0.015);
        assertEquals(1.0, std(sample(new GlorotNormal())) * Math.sqrt(FAN_AVG), 0.01);
    }

    @Test
    void dl4jHasNoGainNoFanOutForHeNoOrthogonalValueNoSparseNoDataDependentInit() {
        for (WeightInit w : WeightInit.values()) {
            assertTrue(!w.name().contains("ORTHO") && !w.name().contains("SPARSE") && !w.name().contains("LSUV")
                    && !w.name().contains("KAIMING"), w.name());
        }
        double[] heFanOut = sample(new KaimingNormal(FanMode.FAN_OUT, Nonlinearity.RELU, 0));
        assertEquals(Math.sqrt(2), std(heFanOut) * Math.sqrt(N_OUT), 0.015, "He with fan_out: std = √2/√n_out");
        double[] tanh = sample(new XavierNormal(Gain.calculateGain(Nonlinearity.TANH)));
        assertEquals(5.0 / 3, std(tanh) * Math.sqrt(FAN_AVG), 0.015, "xavier_normal_ with tanh's gain 5/3");
        double[] sparse = sample(new Sparse(0.3, 0.01));
        long zeros = Arrays.stream(sparse).filter(x -> x == 0.0).count();
        assertEquals((long) Math.ceil(0.3 * N_OUT) * N_IN, zeros, "⌈0.3·rows⌉ zeros in every column");
    }

    @Test
    void orthogonalGivesOrthonormalRows() {
        INDArray w = Nd4j.createFromArray(new Orthogonal(1.0).weights(WeightShape.dense(N_IN, N_OUT)))
                .reshape('c', N_OUT, N_IN);
        INDArray gram = w.mmul(w.transpose());
        assertEquals(0.0, gram.sub(Nd4j.eye(N_OUT).castTo(DataType.DOUBLE)).amaxNumber().doubleValue(), 1e-12, "W Wᵀ = I");
    }

    @Test
    void dl4jsIdentityRefusesRectangularLayersWhereInitLabsFillsTheDiagonal() {
        INDArray view = Nd4j.create(DataType.DOUBLE, 1, 15);
        assertThrows(IllegalStateException.class,
                () -> WeightInit.IDENTITY.getWeightInitFunction().init(3, 5, new long[]{3, 5}, 'f', view));
        INDArray w = new Identity(2.0).init(3, 5, new long[]{3, 5}, 'f', view);
        assertEquals(Nd4j.eye(3).castTo(DataType.DOUBLE).mul(2.0), w.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 3)));
        assertEquals(0.0, w.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(3, 5)).norm1Number().doubleValue(), 0.0);
    }
}
