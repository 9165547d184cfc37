package org.initlab.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.testing.Reference;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseCaseTest {
    private static final JsonNode REF = Reference.json("gradient_check.json");
    private static final CourseCase CASE = CourseCase.draw();

    @Test
    void referenceDescribesTheDrawOrderWeFollow() {
        assertTrue(REF.get("case").asText().startsWith("np.random.seed(1); x=randn(4,3); y=[[1,1,0]]; W1=randn(5,4); "
                + "b1=randn(5,1); W2=randn(3,5); b2=randn(3,1); W3=randn(1,3); b3=randn(1,1);"));
    }

    @Test
    void inputsDrawnWithNumpysStreamEqualTheReferenceBitForBit() {
        assertBits(Reference.doubles(REF.get("x")), CASE.x());
        assertArrayEquals(new double[] {1, 1, 0}, CASE.y(), 0.0);
    }

    @Test
    void parametersDrawnWithNumpysStreamEqualTheReferenceBitForBit() {
        JsonNode p = REF.get("params");
        for (int l = 1; l <= 3; l++) {
            assertBits(Reference.doubles(p.get("W" + l)), CASE.weights(l));
            assertBits(Reference.doubles(p.get("b" + l)), CASE.biases(l));
        }
        assertEquals(-0.3224172040135075, CASE.weights(1)[0], 0.0);
        assertEquals(0.2855873252542588, CASE.biases(3)[0], 0.0);
    }

    @Test
    void dl4jFlatParametersAreTheCoursesDictionaryToVector() {
        MultiLayerNetwork net = CASE.network();
        assertEquals(47, CASE.theta().length);
        assertBits(CASE.theta(), net.params().toDoubleVector());
    }

    @Test
    void dl4jWeightsAreTheCoursesTransposed() {
        INDArray w2 = CASE.network().getLayer(1).getParam("W");
        assertArrayEquals(new long[] {5, 3}, w2.shape());
        double[] course = CASE.weights(2);
        assertEquals(course[1 * 5 + 4], w2.getDouble(4, 1), 0.0);
        assertEquals(0.19091548466746602, w2.getDouble(4, 1), 0.0);
    }

    @Test
    void featuresAreExamplesInRows() {
        INDArray f = CASE.features();
        assertArrayEquals(new long[] {3, 4}, f.shape());
        assertEquals(-0.6117564136500754, f.getDouble(1, 0), 0.0);
        assertEquals(-2.060140709497654, f.getDouble(2, 3), 0.0);
        assertArrayEquals(new long[] {3, 1}, CASE.labels().shape());
        assertArrayEquals(new double[] {1, 1, 0}, CASE.labels().toDoubleVector(), 0.0);
    }

    @Test
    void networkScoresTheCoursesCost() {
        MultiLayerNetwork net = CASE.network();
        double cost = net.score(new org.nd4j.linalg.dataset.DataSet(CASE.features(), CASE.labels()), true);
        assertEquals(REF.get("cost").asDouble(), cost, 1e-12 * 2.407833389834357);
        assertEquals(2.407833389834357, cost, 1e-12 * 2.407833389834357);
    }

    private static void assertBits(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToLongBits(expected[i]), Double.doubleToLongBits(actual[i]),
                    "value " + i + ": " + expected[i] + " vs " + actual[i]);
        }
    }
}
