package org.initlab.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.analysis.SmallCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * E4b. The draws are checked against numpy ({@code z_distribution_small.json}, written by
 * {@code src/test/resources/stats/generate_references.py}): {@code np.random.seed(0)}, then per draw
 * {@code b = randn(); w = randn(1000) / np.sqrt(d); z = x @ w + b} with {@code x} 500 ones then 500 zeros and
 * {@code d} = 1 (large) or 1000 (scaled); numpy's dot product adds in another order, hence the 1e-12 tolerance.
 */
class ZDistributionExperimentTest {
    private static ZDistributionResult result;

    @BeforeAll
    static void draw() {
        result = ZDistributionExperiment.run(ZDistributionExperiment.DEFAULT_SEED);
    }

    @Test
    void drawsTheSameZAsNumpy() {
        JsonNode ref = SmallCase.json("z_distribution_small.json");
        ZDistributionResult r = ZDistributionExperiment.run(0, 5);
        for (ZSample s : List.of(r.large(), r.scaled())) {
            double[] expected = SmallCase.doubles(ref.get(s.name()).get("z"));
            double[] z = s.z();
            assertEquals(expected.length, z.length);
            for (int i = 0; i < z.length; i++) {
                assertEquals(expected[i], z[i], 1e-12 * Math.abs(expected[i]), s.name() + " draw " + i);
            }
        }
    }

    @Test
    void theoreticalSpreadsAreRootFiveHundredOneAndRootOneAndAHalf() {
        assertEquals(Math.sqrt(501), result.large().theoreticalStd(), 0.0);
        assertEquals(Math.sqrt(1.5), result.scaled().theoreticalStd(), 0.0);
        assertEquals(1.0, result.large().sigmaW(), 0.0);
        assertEquals(1 / Math.sqrt(1000), result.scaled().sigmaW(), 0.0);
    }

    @Test
    void empiricalSpreadsOfTenThousandDrawsAreWithinTwoPercentOfTheory() {
        assertEquals(10_000, result.large().z().length);
        for (ZSample s : List.of(result.large(), result.scaled())) {
            double ratio = s.empiricalStd() / s.theoreticalStd();
            assertEquals(1.0, ratio, 0.02, s.name() + " empirical " + s.empiricalStd());
            assertEquals(0.0, s.empiricalMean(), 0.05 * s.theoreticalStd(), s.name() + " mean");
        }
    }

    @Test
    void theLargeNeuronIsSaturatedAndTheScaledOneIsNot() {
        assertTrue(result.large().meanSigmoidPrime() < 0.03, "large " + result.large().meanSigmoidPrime());
        assertTrue(result.scaled().meanSigmoidPrime() > 0.15, "scaled " + result.scaled().meanSigmoidPrime());
    }

    @Test
    void histogramsSpanFourStandardDeviationsAndHoldNearlyAllDraws() {
        for (ZSample s : List.of(result.large(), result.scaled())) {
            assertEquals(-4 * s.theoreticalStd(), s.histogram().lo(), 0.0);
            assertEquals(4 * s.theoreticalStd(), s.histogram().hi(), 0.0);
            assertTrue(s.histogram().total() > 9_990, s.name() + " " + s.histogram().total());
            double peak = s.theoreticalDensity(0);
            assertEquals(1 / (s.theoreticalStd() * Math.sqrt(2 * Math.PI)), peak, 1e-15);
        }
    }

    @Test
    void jsonMapHasBothArmsWithStdsHistogramAndDensities() {
        Map<String, Object> m = result.toMap();
        for (String arm : List.of("large", "scaled")) {
            Map<?, ?> a = (Map<?, ?>) m.get(arm);
            assertTrue(a.get("theoretical_std") instanceof Double);
            assertTrue(a.get("empirical_std") instanceof Double);
            Map<?, ?> h = (Map<?, ?>) a.get("histogram");
            assertEquals(51, ((List<?>) h.get("edges")).size());
            Map<?, ?> d = (Map<?, ?>) a.get("density");
            assertEquals(50, ((List<?>) d.get("theoretical")).size());
            assertEquals(50, ((List<?>) d.get("empirical")).size());
        }
        assertEquals(Math.sqrt(501), ((Map<?, ?>) m.get("large")).get("theoretical_std"));
    }

    @Test
    void printsTheoreticalAndEmpiricalStdOfBothArms() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        result.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("22.3830"), text);
        assertTrue(text.contains("1.2247"), text);
    }
}
