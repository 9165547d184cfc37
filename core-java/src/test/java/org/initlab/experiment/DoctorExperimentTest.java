package org.initlab.experiment;

import org.initlab.analysis.DoctorReport;
import org.initlab.analysis.Finding;
import org.initlab.analysis.LayerDiagnosis;
import org.initlab.analysis.LayerStats;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The doctor on the course's cases: the verdicts the course teaches, figures that are E4's own. */
class DoctorExperimentTest {
    private static final DoctorResult RESULT = DoctorExperiment.run(null);

    private static List<Finding.Kind> found(String name) {
        return RESULT.get(name).report().initializationFindings().stream().map(Finding::kind).distinct().toList();
    }

    @Test
    void zerosAreSymmetric() {
        assertTrue(found("zeros").contains(Finding.Kind.SYMMETRIC), found("zeros").toString());
        DoctorReport r = RESULT.get("zeros").report();
        assertEquals(1.0, r.layer(1).symmetric(), 0.0);
        assertEquals(1.0, r.layer(2).symmetric(), 0.0);
        assertEquals(Math.log(2), r.loss().loss(), 1e-15, "sigmoid(0) = 1/2 on every example: exactly chance");
    }

    @Test
    void randomTimesTenSaturatesTheOutputAndStartsFarAboveChance() {
        assertTrue(found("random").containsAll(List.of(Finding.Kind.SATURATED, Finding.Kind.LOSS)),
                found("random").toString());
        DoctorReport r = RESULT.get("random").report();
        assertEquals(Double.POSITIVE_INFINITY, r.loss().loss(), "E2's inf");
        assertEquals(3, r.initializationFindings().stream().filter(f -> f.kind() == Finding.Kind.SATURATED)
                .findFirst().orElseThrow().layer(), "the output layer is the saturated one");
        assertEquals(1.0, r.layer(3).saturated(), 0.0);
    }

    @Test
    void sigmoidAndReluWithStd001LoseTheirGradients() {
        assertEquals(List.of(Finding.Kind.VANISHING), found("sigmoid/std-0.01"));
        assertEquals(List.of(Finding.Kind.VANISHING), found("relu/std-0.01"));
        Finding f = RESULT.get("relu/std-0.01").report().initializationFindings().get(0);
        assertTrue(f.value() > 1e4, "falls by " + f.value());
        assertTrue(f.message().startsWith("vanishing: the activation gradients' std falls "), f.message());
        assertTrue(f.message().endsWith(" from layer 5 (4.62e-05) to layer 1 (1.30e-09) (threshold: 10 times)"),
                f.message());
    }

    @Test
    void heAndXavierForTanhHaveNoInitializationFinding() {
        for (String name : List.of("he", "relu/he", "tanh/xavier")) {
            DoctorReport r = RESULT.get(name).report();
            assertTrue(r.healthy(), name + ": " + r.verdict());
            assertTrue(r.verdict().startsWith("no initialization finding"), r.verdict());
        }
    }

    @Test
    void theOtherArmsShowWhatTheCourseSays() {
        assertEquals(List.of(Finding.Kind.SATURATED), found("sigmoid/std-1"));
        assertEquals(List.of(Finding.Kind.VANISHING), found("sigmoid/xavier"));
        assertEquals(List.of(), found("relu/xavier"));
        RESULT.check();
        assertTrue(RESULT.cases().stream().allMatch(DoctorCase::asExpected));
        assertEquals(10, RESULT.cases().size());
    }

    @Test
    void e4sFiguresAreTheActivationExperimentsBitForBit() {
        ActivationResult e4 = ActivationExperiment.run(ActivationExperiment.DEFAULT_SEED);
        for (ConfigurationStats c : e4.configs()) {
            DoctorReport r = RESULT.get(c.name()).report();
            assertEquals(ActivationExperiment.EXAMPLES, r.examples());
            for (LayerStats s : c.layers()) {
                LayerDiagnosis d = r.layer(s.layer());
                assertEquals(s.mean(), d.mean(), 0.0, c.name() + " layer " + s.layer());
                assertEquals(s.std(), d.std(), 0.0, c.name() + " layer " + s.layer());
                assertEquals(s.count(), d.count());
            }
        }
    }

    @Test
    void aCaseThatIsNotAsExpectedFailsTheCheck() {
        DoctorCase he = RESULT.get("he");
        DoctorCase wrong = new DoctorCase("he", he.title(), java.util.Set.of(Finding.Kind.SYMMETRIC), he.report());
        assertFalse(wrong.asExpected());
        CheckFailedException e = org.junit.jupiter.api.Assertions.assertThrows(CheckFailedException.class,
                () -> new DoctorResult(List.of(wrong)).check());
        assertEquals("the doctor's verdicts differ from the course's: he (" + he.report().verdict() + ")",
                e.getMessage());
    }

    @Test
    void eachCasePrintsItsTitleFindingsAndVerdict() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RESULT.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("zeros: E1, zeros (circles, layers [2, 10, 5, 1], zeros, seed 3)", lines.get(0));
        assertTrue(lines.contains("  symmetric: layer 1 (dense, relu): all 10 units have identical incoming weights "
                + "(100%; threshold: more than 0%)"), lines.toString());
        assertTrue(lines.contains("  verdict: no initialization finding; as the course expects (none)"),
                lines.toString());
        assertEquals(10, lines.stream().filter(l -> l.startsWith("  verdict: ")).count());
        assertEquals(10, lines.stream().filter(l -> l.endsWith(")") && l.contains("as the course expects")).count());
    }
}
