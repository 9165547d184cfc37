package org.initlab.cli;

import org.initlab.numpy.PyFloat;
import org.initlab.train.Progress;
import org.initlab.data.Dataset;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.RunResult;
import org.initlab.train.Trainer;

import java.io.PrintStream;

/**
 * Prints a run the way the course's notebooks print it: {@code Cost after iteration N: C} while training, then
 * {@code On the train set:} / {@code Accuracy: A} and the same for the test set. Numbers are in Python's shortest
 * round-trip form, so they read exactly as numpy printed them. Only the costs of printed iterations
 * ({@link ExperimentSpec#printsAt}) are printed, not those recorded in between ({@code --record-every}).
 */
final class CoursePrinter implements Progress {
    private final PrintStream out;
    /** The run being printed; costs are printed at its {@link ExperimentSpec#printsAt} iterations only. */
    private ExperimentSpec spec;

    CoursePrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void cost(long iteration, double cost) {
        if (spec != null && !spec.printsAt(iteration)) {
            return;
        }
        out.println("Cost after iteration " + iteration + ": " + PyFloat.repr(cost));
        out.flush();
    }

    void accuracies(RunResult r) {
        out.println("On the train set:");
        out.println("Accuracy: " + PyFloat.repr(r.trainAccuracy()));
        out.println("On the test set:");
        out.println("Accuracy: " + PyFloat.repr(r.testAccuracy()));
    }

    @Override
    public void epochAccuracy(int epoch, int correct, int total) {
        out.println("Epoch " + epoch + ": " + correct + " / " + total);
        out.flush();
    }

    void best(RunResult r) {
        int best = r.testCorrectPerEpoch().stream().mapToInt(Integer::intValue).max().orElse(0);
        out.println("best: " + best + " / " + r.dataset().test().size());
    }

    /**
     * Trains {@code spec} (on {@code data}, or on its named data set when {@code null}) with a progress bar named
     * {@code task} on a terminal, printing the course's lines as it goes and the result at the end.
     */
    RunResult train(ExperimentSpec spec, Dataset data, String task) {
        return train(spec, data, task, true);
    }

    /** As {@link #train(ExperimentSpec, Dataset, String)}, with a progress bar only if {@code bar}. */
    RunResult train(ExperimentSpec spec, Dataset data, String task, boolean bar) {
        this.spec = spec;
        Progress progress = bar ? TerminalProgress.wrap(this, task) : this;
        RunResult result;
        try {
            result = data == null ? Trainer.run(spec, progress) : Trainer.run(spec, data, progress);
        } finally {
            TerminalProgress.close(progress);
        }
        result(result);
        return result;
    }

    void result(RunResult r) {
        if (r.spec().usesEpochs()) {
            best(r);
        } else {
            accuracies(r);
        }
        out.flush();
    }
}
