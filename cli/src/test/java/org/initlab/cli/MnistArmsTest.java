package org.initlab.cli;

import org.initlab.testing.CliRun;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** E5's two arms train at once but print one after the other, with the numbers each prints alone. */
class MnistArmsTest {
    private static List<String> lines(String... args) {
        CliRun.Outcome o = CliRun.run(args);
        assertEquals(0, o.status(), o.err());
        return o.out().lines().toList();
    }

    @Test
    void bothArmsPrintInOrderWithTheNumbersOfEachArmRunAlone() {
        List<String> both = lines("experiment", "mnist", "--epochs", "2", "--data-dir", "../datasets");
        List<String> expected = new ArrayList<>();
        expected.add("Weights N(0, 1) (\"large\"):");
        expected.addAll(lines("experiment", "mnist-large", "--epochs", "2", "--data-dir", "../datasets"));
        expected.add("Weights N(0, 1)/sqrt(n_in) (\"scaled\"):");
        expected.addAll(lines("experiment", "mnist-scaled", "--epochs", "2", "--data-dir", "../datasets"));
        assertEquals(expected, both);
        assertEquals(8, both.size());
    }
}
