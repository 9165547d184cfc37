package org.initlab.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report as a Markdown table with its closing lines. */
class TableTest {
    @Test
    void eachExperimentIsOneAlignedRowUnderTheHeader() {
        String t = Table.render(List.of(
                Row.of(Pairing.of("he"), List.of(new Sample(3.8, 0.4, 5.9, 4.3, 3e-16, 17, 17))),
                Row.of(Pairing.of("mnist-large"), List.of(new Sample(31.25, 12.5, 20.0, 35.0, 0.0, 30, 30)))));
        List<String> lines = t.lines().toList();
        assertEquals("| experiment  | numpy training s | InitLab training s | ratio |      goal | "
                + "InitLab whole-process s | numpy whole-process s | max rel diff | agreeing |", lines.get(0));
        assertEquals("| ----------- | ---------------: | -----------------: | ----: | --------: | "
                + "----------------------: | --------------------: | -----------: | -------: |", lines.get(1));
        assertEquals("| he          |            3.800 |              0.400 | 0.105 | ≤ 0.5 met | "
                + "                  5.900 |                 4.300 |      3.0e-16 |    17/17 |", lines.get(2));
        assertEquals("| mnist-large |            31.25 |              12.50 | 0.400 | ≤ 1.0 met | "
                + "                  20.00 |                 35.00 |            0 |    30/30 |", lines.get(3));
        assertEquals("he whole process: InitLab 5.900 s / numpy 4.300 s = 1.372 (goal ≤ 1.0 missed)", lines.get(4));
        assertEquals(5, lines.size());
    }

    @Test
    void chaoticRunsAreReportedByHowFarTheyAgree() {
        String t = Table.render(List.of(Row.of(Pairing.of("random"), List.of(new Sample(1, 0.1, 1, 1, 3e-3, 1, 17))),
                Row.of(Pairing.of("mnist-scaled"), List.of(new Sample(1, 0.1, 1, 1, 4e-3, 3, 30)))));
        assertTrue(t.contains(" 3.0e-03 |     1/17 |"), t);
        assertTrue(t.endsWith("chaotic runs, where rounding differences grow, agree within 1e-09 only on their first "
                + "numbers: random 1/17, mnist-scaled 3/30" + System.lineSeparator()), t);
        assertFalse(t.contains("numbers differ"), t);
    }

    @Test
    void otherExperimentsThatDisagreeWithThePeerAreNamed() {
        String t = Table.render(List.of(Row.of(Pairing.of("zeros"), List.of(new Sample(1, 0.1, 1, 1,
                Double.POSITIVE_INFINITY, 0, 17)))));
        assertTrue(t.contains(" mismatch |"), t);
        assertTrue(t.endsWith("numbers differ from the peer's by more than 1e-09: zeros" + System.lineSeparator()), t);
    }
}
