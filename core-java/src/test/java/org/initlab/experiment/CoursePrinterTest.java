package org.initlab.experiment;

import org.initlab.spec.ExperimentSpec;
import org.initlab.train.CrossValidation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CoursePrinterTest {
    private static String printed(ExperimentSpec spec, Consumer<CoursePrinter> print) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        print.accept(new CoursePrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), spec));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void costsAndEpochsArePrintedAsTheCoursePrintsThem() {
        assertEquals("Cost after iteration 0: 0.8830537463419761\n", printed(null, p -> p.cost(0, 0.8830537463419761)));
        assertEquals("Cost after iteration 0: inf\n", printed(null, p -> p.cost(0, Double.POSITIVE_INFINITY)));
        assertEquals("Epoch 0: 9123 / 10000\n", printed(null, p -> p.epochAccuracy(0, 9123, 10_000)));
    }

    @Test
    void onlyTheCostsTheSpecificationPrintsArePrinted() {
        ExperimentSpec spec = ExperimentSpec.builder().printEvery(1000).recordEvery(500).build();
        assertEquals("Cost after iteration 1000: 0.5\n", printed(spec, p -> {
            p.cost(500, 0.25);
            p.cost(1000, 0.5);
        }));
    }

    @Test
    void foldsAndTheirMeanArePrintedInPythonsDigits() {
        CrossValidation.Result r = new CrossValidation.Result(ExperimentSpec.builder().build(),
                List.of(new CrossValidation.Fold(0, 100, 0.92), new CrossValidation.Fold(1, 100, 0.9)), 0.91,
                0.010000000000000009);
        assertEquals("Fold 0: validation accuracy 0.92 (100 examples)\nFold 1: validation accuracy 0.9 (100 examples)\n"
                + "Mean: 0.91 +/- 0.010000000000000009\n", printed(null, p -> p.folds(r)));
    }

    @Test
    void theGradientCheckVerdictIsTheNotebooks() {
        assertEquals("Your backward propagation works perfectly fine! difference = 2.919335883291695e-10",
                CoursePrinter.verdict(true, 2.919335883291695e-10));
        assertEquals("There is a mistake in the backward propagation! difference = 0.3",
                CoursePrinter.verdict(false, 0.3));
        assertEquals("1-D check: J(theta) = theta * x, x = 2.0, theta = 4.0, epsilon = 1e-07\n"
                + "Your backward propagation works perfectly fine! difference = 2.919335883291695e-10\n",
                printed(null, p -> p.toyCheck(ToyCheck.course())));
    }
}
