package org.initlab.cli;

import org.initlab.data.Dataset;
import org.initlab.experiment.CoursePrinter;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.Progress;
import org.initlab.train.RunResult;
import org.initlab.train.Trainer;

import java.io.PrintStream;

/** Trains a specification as the commands do: the course's lines on stdout, a progress bar on a terminal. */
final class Training {
    private Training() {
    }

    /**
     * Trains {@code spec} (on {@code data}, or on its named data set when {@code null}), printing the course's lines
     * to {@code out} as it goes and the result at the end, with a progress bar named {@code task} if {@code bar} and
     * stderr is a terminal.
     */
    static RunResult run(ExperimentSpec spec, Dataset data, String task, boolean bar, PrintStream out) {
        CoursePrinter printer = new CoursePrinter(out, spec);
        Progress progress = bar ? TerminalProgress.wrap(printer, task) : printer;
        RunResult result;
        try {
            result = data == null ? Trainer.run(spec, progress) : Trainer.run(spec, data, progress);
        } finally {
            TerminalProgress.close(progress);
        }
        printer.result(result);
        return result;
    }
}
