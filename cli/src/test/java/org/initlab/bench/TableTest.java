package org.initlab.bench;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report as Markdown tables with their closing lines and notes. */
class TableTest {
    private static Sample everySide() {
        Map<Side, Timing> t = new EnumMap<>(Side.class);
        t.put(Side.NUMPY, new Timing(3.8, 4.3));
        t.put(Side.TORCH, new Timing(5.4, 7.0));
        t.put(Side.DL4J, new Timing(19.0, 20.5));
        t.put(Side.INITLAB, new Timing(0.4, 1.9));
        return new Sample(t, 0.3, 3e-16, 17, 17);
    }

    @Test
    void eachExperimentIsOneAlignedRowUnderTheHeaderOfEachTable() {
        Row he = Row.of(Pairing.of("he"), List.of(everySide())).withWork(new Work(1.8e9, 80.0));
        Row mnist = Row.of(Pairing.of("mnist-large"), List.of(Sample.of(31.25, 35.0, 12.5, 20.0, 0.0, 30, 30)));
        List<String> lines = Table.render(List.of(he, mnist)).lines().toList();

        assertEquals("Training, each side in a fresh process (median of the repeats):", lines.get(0));
        assertEquals("| experiment  | numpy s | PyTorch s | DL4J fit s | InitLab s | ÷ numpy |          goal | "
                + "÷ PyTorch | ÷ DL4J fit | InitLab warm JVM s |", lines.get(2));
        assertEquals("| he          |   3.800 |     5.400 |      19.00 |     0.400 |   0.105 |     ≤ 0.2 met | "
                + "    0.074 |      0.021 |              0.300 |", lines.get(4));
        assertEquals("| mnist-large |   31.25 |         — |          — |     12.50 |   0.400 | ≤ 0.35 missed | "
                + "        — |          — |                  — |", lines.get(5));
        assertEquals("| he          |             1.900 |           4.300 | 0.442 |             7.000 |      3.0e-16 "
                + "|    17/17 |", lines.get(11));
        assertEquals("| he         |         1.8 |   0.023 |     0.400 |     4.5 |   5.6 % |    17.8 |",
                lines.get(18));
        assertEquals("he whole process: InitLab 1.900 s / numpy 4.300 s = 0.442 (goal ≤ 0.5 met)", lines.get(20));
        assertEquals(21, lines.size());
    }

    @Test
    void chaoticRunsAreReportedByHowFarTheyAgree() {
        String t = Table.render(List.of(Row.of(Pairing.of("random"), List.of(Sample.of(1, 1, 0.1, 1, 3e-3, 1, 17))),
                Row.of(Pairing.of("mnist-scaled"), List.of(Sample.of(1, 1, 0.1, 1, 4e-3, 3, 30)))));
        assertTrue(t.contains(" 3.0e-03 |     1/17 |"), t);
        assertTrue(t.endsWith("chaotic runs, where rounding differences grow, agree within 1e-09 only on their first "
                + "numbers: random 1/17, mnist-scaled 3/30" + System.lineSeparator()), t);
        assertFalse(t.contains("numbers differ"), t);
    }

    @Test
    void otherExperimentsThatDisagreeWithThePeerAreNamed() {
        String t = Table.render(List.of(Row.of(Pairing.of("zeros"), List.of(Sample.of(1, 1, 0.1, 1,
                Double.POSITIVE_INFINITY, 0, 17)))));
        assertTrue(t.contains(" mismatch |"), t);
        assertTrue(t.endsWith("numbers differ from the peer's by more than 1e-09: zeros" + System.lineSeparator()), t);
    }

    @Test
    void notesCloseTheReport() {
        String t = Table.render(List.of(Row.of(Pairing.of("zeros"), List.of(Sample.of(1, 1, 0.1, 1, 0, 17, 17)))),
                List.of("PyTorch: — for zeros, which torch_course.py does not have"));
        assertTrue(t.endsWith("PyTorch: — for zeros, which torch_course.py does not have" + System.lineSeparator()),
                t);
        assertFalse(t.contains("Distance to the limit"), "no work, no third table");
    }
}
