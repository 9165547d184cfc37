package org.initlab.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report as a Markdown table with its closing lines. */
class TableTest {
    @Test
    void eachExperimentIsOneAlignedRowUnderTheHeader() {
        String t = Table.render(List.of(
                Row.of(Pairing.of("he"), List.of(new Sample(3.8, 0.4, 5.9, 4.3, 3e-16))),
                Row.of(Pairing.of("mnist-large"), List.of(new Sample(31.25, 12.5, 20.0, 35.0, 0.0)))));
        List<String> lines = t.lines().toList();
        assertTrue(lines.get(0).startsWith("| experiment  | numpy training s | InitLab training s | ratio |"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("| ----------- | ---------------: |"), lines.get(1));
        assertEquals("| he          |            3.800 |              0.400 | 0.105 | ≤ 0.5 met |"
                + "                   5.900 |                 4.300 |      3.0e-16 |", lines.get(2));
        assertEquals("| mnist-large |            31.25 |              12.50 | 0.400 | ≤ 1.0 met |"
                + "                   20.00 |                 35.00 |            0 |", lines.get(3));
        assertEquals("he whole process: InitLab 5.900 s / numpy 4.300 s = 1.372 (goal ≤ 1.0 missed)", lines.get(4));
        assertEquals(5, lines.size());
    }

    @Test
    void experimentsThatDisagreeWithThePeerAreNamed() {
        String t = Table.render(List.of(Row.of(Pairing.of("random"), List.of(new Sample(1, 0.1, 1, 1, 3e-3))),
                Row.of(Pairing.of("zeros"), List.of(new Sample(1, 0.1, 1, 1, Double.POSITIVE_INFINITY)))));
        assertTrue(t.contains(" 3.0e-03 |") && t.contains(" mismatch |"), t);
        assertTrue(t.endsWith("numbers differ from the peer's by more than 1e-09: random, zeros" + System.lineSeparator()),
                t);
    }
}
