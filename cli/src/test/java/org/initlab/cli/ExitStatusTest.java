package org.initlab.cli;

import org.initlab.bench.RunFailedException;
import org.initlab.experiment.CheckFailedException;
import org.initlab.io.InitLabException;
import org.initlab.io.InputException;
import org.initlab.spec.ExperimentSpec;
import org.initlab.testing.CliRun;
import org.initlab.train.DivergedException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.lang.reflect.RecordComponent;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the command line maps InitLab's failures to exit statuses and the core's fields to its options. */
class ExitStatusTest {
    @Test
    void badInputExitsWithTwoAndEveryOtherFailureWithOne() {
        List<InitLabException> failures = List.of(new InputException("x"), new CheckFailedException("x"),
                new DivergedException(3, "W of layer 1"), new RunFailedException("x"));
        assertEquals(List.of(2, 1, 1, 1), failures.stream().map(Main::exitCode).toList());
        assertEquals(ExitCodes.FAILED, Main.exitCode(new IllegalStateException("a bug")));
    }

    @Test
    void everyFieldOfASpecificationIsNamedByAnOptionOfTrain() {
        CommandLine train = Main.commandLine(false).getSubcommands().get("train");
        for (RecordComponent field : ExperimentSpec.class.getRecordComponents()) {
            if (field.getName().equals("name")) {
                continue;
            }
            String flag = Flags.of(field.getName());
            assertTrue(train.getCommandSpec().findOption(flag) != null, field.getName() + " -> " + flag);
        }
    }

    @Test
    void anErrorAboutAFieldIsShownWithItsOption() {
        CliRun.Outcome o = CliRun.run("train", "--lr", "-1");
        assertEquals(2, o.status());
        assertEquals("initlab: --lr -1.0: must be a positive number", o.err().strip());
        assertEquals("--activation x: no --lr", InputException.of("hidden", "x", "no {learningRate}").message(Flags::of));
    }
}
