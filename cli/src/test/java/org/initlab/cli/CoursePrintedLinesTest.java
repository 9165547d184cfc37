package org.initlab.cli;

import org.initlab.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the commands print, against the lines InitLab printed before its code was reorganized
 * ({@code src/test/resources/golden/NAME.txt}, each the whole standard output of one command). Runs whose arithmetic is
 * InitLab's own (the fast engine, numpy's stream, the data sets, E4b) must print every character the same. Runs whose
 * numbers come from ND4J's kernels, whose order of summation depends on the processor, must print the same text and
 * numbers within a relative tolerance: the gradient check's difference of finite differences as its own test allows
 * (1e-2), DL4J's training (1e-9), E4's four-digit table (1e-3).
 */
class CoursePrintedLinesTest {
    private static final String DATA = "../datasets";
    private static final Pattern NUMBER = Pattern.compile("-?(?:\\d+\\.?\\d*(?:e[-+]?\\d+)?|inf|nan)");

    /** One command, its golden output, its exit status, and the relative tolerance of its numbers (0: exact). */
    record Case(String golden, int status, double tolerance, List<String> args) {
        @Override
        public String toString() {
            return golden + ": initlab " + String.join(" ", args);
        }
    }

    private static Case exact(String golden, String... args) {
        return new Case(golden, 0, 0.0, List.of(args));
    }

    static Stream<Case> commands() {
        return Stream.of(
                exact("experiment-he", "experiment", "he"),
                exact("experiment-zeros", "experiment", "zeros"),
                exact("experiment-random", "experiment", "random"),
                exact("experiment-noreg", "experiment", "noreg", "--data-dir", DATA),
                exact("experiment-l2", "experiment", "l2", "--data-dir", DATA),
                exact("experiment-dropout", "experiment", "dropout", "--data-dir", DATA),
                exact("experiment-deep-cat", "experiment", "deep-cat", "--data-dir", DATA),
                exact("experiment-mnist-epochs-1", "experiment", "mnist", "--epochs", "1", "--data-dir", DATA),
                exact("experiment-he-iterations-3000", "experiment", "he", "--iterations", "3000", "--record-every", "500"),
                exact("experiment-z-distribution", "experiment", "z-distribution"),
                new Case("experiment-activations", 0, 1e-3, List.of("experiment", "activations")),
                new Case("gradcheck-planted-error", 1, 1e-2, List.of("gradcheck", "--planted-error")),
                exact("train-folds-3", "train", "--folds", "3"),
                exact("train-football-folds-3", "train", "--dataset", "football", "--data-dir", DATA, "--layers",
                        "2,20,3,1", "--init", "xavier", "--lr", "0.3", "--iterations", "3000", "--print-every", "1000",
                        "--folds", "3"),
                new Case("train-engine-dl4j", 0, 1e-9, List.of("train", "--engine", "dl4j", "--iterations", "2000")),
                new Case("train-engine-dl4j-dropout", 0, 1e-9, List.of("train", "--dataset", "football", "--data-dir",
                        DATA, "--layers", "2,20,3,1", "--init", "xavier", "--lr", "0.3", "--iterations", "2000",
                        "--keep-prob", "0.86", "--engine", "dl4j")),
                exact("train-tanh-quadratic", "train", "--activation", "tanh", "--init", "normal:0.5", "--iterations",
                        "3000", "--cost", "quadratic"),
                exact("train-mnist-softmax", "train", "--dataset", "mnist", "--data-dir", DATA, "--layers", "784,30,10",
                        "--output", "softmax", "--init", "nielsen", "--activation", "sigmoid", "--epochs", "1",
                        "--batch-size", "100", "--lr", "0.5", "--train-size", "5000"),
                exact("data-circles", "data", "circles"),
                exact("data-football", "data", "football", "--data-dir", DATA),
                exact("data-cat", "data", "cat", "--data-dir", DATA),
                exact("data-mnist", "data", "mnist", "--data-dir", DATA));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyLineIsPrintedAsBefore(Case c) throws IOException {
        CliRun.Outcome o = CliRun.run(c.args().toArray(String[]::new));
        assertEquals(c.status(), o.status(), o.err());
        String golden = golden(c.golden());
        if (c.tolerance() == 0) {
            assertEquals(golden, o.out());
        } else {
            assertClose(golden, o.out(), c.tolerance());
        }
    }

    @Test
    void theTolerantComparisonStillFailsOnADifferentNumberOrWord() {
        assertClose("difference = 1.19e-07\n", "difference = 1.1901e-07\n", 1e-2);
        assertThrows(AssertionError.class,
                () -> assertClose("difference = 1.19e-07\n", "difference = 1.3e-07\n", 1e-2));
        assertThrows(AssertionError.class,
                () -> assertClose("Your backward propagation works perfectly fine! difference = 1.19e-07\n",
                        "There is a mistake in the backward propagation! difference = 1.19e-07\n", 1e-2));
    }

    /** The same text around the numbers, and each number within {@code tolerance} of the golden one. */
    static void assertClose(String golden, String printed, double tolerance) {
        List<String> expected = golden.lines().toList();
        List<String> actual = printed.lines().toList();
        assertEquals(expected.size(), actual.size(), printed);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(NUMBER.matcher(expected.get(i)).replaceAll("#"), NUMBER.matcher(actual.get(i)).replaceAll("#"),
                    "line " + (i + 1));
            List<String> a = numbers(expected.get(i));
            List<String> b = numbers(actual.get(i));
            for (int k = 0; k < a.size(); k++) {
                double x = Double.parseDouble(a.get(k).replace("inf", "Infinity").replace("nan", "NaN"));
                double y = Double.parseDouble(b.get(k).replace("inf", "Infinity").replace("nan", "NaN"));
                boolean same = Double.compare(x, y) == 0 || Math.abs(x - y) <= tolerance * Math.abs(x);
                assertTrue(same, "line " + (i + 1) + ": " + b.get(k) + " is not " + a.get(k) + " within " + tolerance);
            }
        }
    }

    private static List<String> numbers(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(line);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = CoursePrintedLinesTest.class.getResourceAsStream("/golden/" + name + ".txt")) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
