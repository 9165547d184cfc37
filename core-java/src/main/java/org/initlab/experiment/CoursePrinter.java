package org.initlab.experiment;

import org.initlab.analysis.GradientCheckResult;
import org.initlab.numpy.PyFloat;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.CrossValidation;
import org.initlab.train.Progress;
import org.initlab.train.RunResult;

import java.io.PrintStream;

/**
 * The course's printed lines, and the only place they are written: the command line, the DSL and the scripts all
 * print through here. While training, {@code Cost after iteration N: C} (full batch) or {@code Epoch E: K / T}
 * (mini-batch); then {@code On the train set:} / {@code Accuracy: A} and the same for the test set, or Nielsen's
 * {@code best: K / T}; for cross-validation {@code Fold i: validation accuracy A (n examples)} and
 * {@code Mean: m +/- s}; for a gradient check the notebook's verdict. Numbers are in Python's shortest round-trip
 * form ({@link PyFloat}), so they read exactly as numpy printed them.
 *
 * <p>Given the run's specification, only the costs of printed iterations ({@link ExperimentSpec#printsAt}) are
 * printed, not those recorded in between ({@code recordEvery}); without one, every cost reported is printed.
 */
public final class CoursePrinter implements Progress {
    private final PrintStream out;
    private final ExperimentSpec spec;

    /** Prints to {@code out} every cost reported to it. */
    public CoursePrinter(PrintStream out) {
        this(out, null);
    }

    /** Prints to {@code out} the costs {@code spec} prints ({@link ExperimentSpec#printsAt}); all when null. */
    public CoursePrinter(PrintStream out, ExperimentSpec spec) {
        this.out = out;
        this.spec = spec;
    }

    /** {@code Cost after iteration 0: 0.8830537463419761}. */
    public static String costLine(long iteration, double cost) {
        return "Cost after iteration " + iteration + ": " + PyFloat.repr(cost);
    }

    /** The gradient check's verdict, {@code Your backward propagation works perfectly fine! difference = 2.9e-10}. */
    public static String verdict(boolean passed, double difference) {
        return (passed ? "Your backward propagation works perfectly fine! difference = "
                : "There is a mistake in the backward propagation! difference = ") + PyFloat.repr(difference);
    }

    @Override
    public void cost(long iteration, double cost) {
        if (spec != null && !spec.printsAt(iteration)) {
            return;
        }
        out.println(costLine(iteration, cost));
        out.flush();
    }

    @Override
    public void epochAccuracy(int epoch, int correct, int total) {
        out.println("Epoch " + epoch + ": " + correct + " / " + total);
        out.flush();
    }

    /** The closing lines of a run: its accuracies, or for a mini-batch run the best epoch's test score. */
    public void result(RunResult r) {
        if (r.spec().usesEpochs()) {
            best(r);
        } else {
            accuracies(r);
        }
        out.flush();
    }

    /** {@code On the train set:} / {@code Accuracy: A} / {@code On the test set:} / {@code Accuracy: A}. */
    public void accuracies(RunResult r) {
        out.println("On the train set:");
        out.println("Accuracy: " + PyFloat.repr(r.trainAccuracy()));
        out.println("On the test set:");
        out.println("Accuracy: " + PyFloat.repr(r.testAccuracy()));
    }

    /** Nielsen's {@code best: K / T}: the most test examples right after any epoch. */
    public void best(RunResult r) {
        int best = r.testCorrectPerEpoch().stream().mapToInt(Integer::intValue).max().orElse(0);
        out.println("best: " + best + " / " + r.dataset().test().size());
    }

    /** One line per fold, {@code Fold 0: validation accuracy 0.92 (100 examples)}, then {@code Mean: m +/- s}. */
    public void folds(CrossValidation.Result r) {
        for (CrossValidation.Fold f : r.folds()) {
            out.println("Fold " + f.fold() + ": validation accuracy " + PyFloat.repr(f.validationAccuracy()) + " ("
                    + f.size() + " examples)");
        }
        out.println("Mean: " + PyFloat.repr(r.mean()) + " +/- " + PyFloat.repr(r.std()));
        out.flush();
    }

    /** The heading of one arm of E5: {@code Weights N(0, 1) ("large"):} or the scaled arm's. */
    public void armHeading(ExperimentSpec arm) {
        out.println(arm.init().describe().equals("large") ? "Weights N(0, 1) (\"large\"):"
                : "Weights N(0, 1)/sqrt(n_in) (\"scaled\"):");
        out.flush();
    }

    /** The course's 1-D check: its case, then its verdict. */
    public void toyCheck(ToyCheck toy) {
        out.println("1-D check: J(theta) = theta * x, x = " + PyFloat.repr(toy.x()) + ", theta = "
                + PyFloat.repr(toy.theta()) + ", epsilon = " + PyFloat.repr(toy.epsilon()));
        out.println(verdict(toy.passed(), toy.difference()));
        out.flush();
    }

    /** The check of the course's {@code [4, 5, 3, 1]} network ({@link CourseCase}): its case, then its verdict. */
    public void courseCheck(GradientCheckResult check) {
        out.println("n-dimensional check: layers " + CourseCase.LAYERS + " relu, relu, sigmoid, m = " + CourseCase.M
                + ", cost = " + PyFloat.repr(check.cost()));
        out.println(verdict(check.passed(), check.difference()));
        out.flush();
    }

    /** The check of the same network with {@link CourseCase#networkWithPlantedError()}: what is wrong, the verdict. */
    public void plantedCheck(GradientCheckResult check) {
        out.println("n-dimensional check with a planted error: layer " + CourseCase.PLANTED_LAYER
                + "'s ReLU derivative ignores the mask A > 0");
        out.println(verdict(check.passed(), check.difference()));
        out.flush();
    }

    /** The verdict on any other check. */
    public void verdict(GradientCheckResult check) {
        out.println(verdict(check.passed(), check.difference()));
        out.flush();
    }
}
