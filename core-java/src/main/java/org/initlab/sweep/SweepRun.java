package org.initlab.sweep;

import org.initlab.data.Dataset;
import org.initlab.data.Split;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.CourseCost;
import org.initlab.train.DivergedException;
import org.initlab.train.Predictor;
import org.initlab.train.Progress;
import org.initlab.train.RunResult;
import org.initlab.train.Trainer;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one {@link RunTask}: a pure function of the task, whose numbers ({@link RunOutcome}) depend on nothing else —
 * not on other runs, on their order, on the thread or on the machine — since the run's only randomness is its own
 * seeded numpy stream.
 *
 * <p>The examples: the data set's training examples (its first {@code trainSize} when that is set); when the task
 * holds out a validation share {@code f}, the last {@code n_val = floor(f·m)} of them (at least 1) are held out and the
 * network trains on the first {@code m − n_val}, in their order, with no random draw. The test set is the data set's.
 *
 * <p>A run diverged when its parameters became NaN or infinite (training stops there, {@link RunOutcome#divergedAt}
 * is that iteration) or when they stayed finite but the trained network's outputs are NaN (an overflow inside it;
 * {@code divergedAt} is −1). A diverged run's costs and accuracies are NaN; its trace runs up to where it stopped.
 */
public final class SweepRun {
    private static final String WORKER = ProcessHandle.current().pid() + "@" + host();

    private SweepRun() {
    }

    /** Runs {@code task}, loading its data set. */
    public static RunRecord execute(RunTask task) {
        return execute(task, new SweepData());
    }

    /**
     * Runs {@code task} on its data set from {@code data}. A run whose parameters become NaN or infinite is not a
     * failure: its record says it diverged, and where.
     *
     * @throws org.initlab.io.InputException when the task does not describe a run that can train (its layer sizes do
     *                                       not fit the data, a data file cannot be read, …)
     */
    public static RunRecord execute(RunTask task, SweepData data) {
        long start = System.nanoTime();
        ExperimentSpec spec = task.spec();
        Dataset all = data.get(spec.dataset(), spec.dataDir());
        if (spec.trainSize() > 0) {
            if (spec.trainSize() > all.train().size()) {
                throw org.initlab.io.InputException.of("trainSize", spec.trainSize(), all.name() + " has only "
                        + all.train().size() + " training examples");
            }
            all = all.withTrainSize(spec.trainSize());
        }
        Split train = all.train();
        Split validation = null;
        if (task.validationFraction() > 0) {
            int m = train.size();
            int held = Math.max(1, (int) Math.floor(task.validationFraction() * m));
            if (held >= m) {
                throw org.initlab.io.InputException.of("validationFraction", task.validationFraction(),
                        "leaves no training examples of the " + m);
            }
            validation = new Split(train.x().rows(range(m - held, m)), train.y().rows(range(m - held, m)));
            train = new Split(train.x().head(m - held), train.y().head(m - held));
        }
        Dataset used = new Dataset(all.name(), train, all.test(), all.classNames(), all.source());
        Recorder recorder = new Recorder();
        ExperimentSpec run = spec.toBuilder().trainSize(0).build();
        RunOutcome outcome;
        try {
            RunResult r = Trainer.run(run, used, recorder);
            Predictor model = r.model();
            double finalCost = CourseCost.of(spec.output(), spec.cost(), model, train.x(), train.y());
            double validationCost = validation == null ? Double.NaN
                    : CourseCost.of(spec.output(), spec.cost(), model, validation.x(), validation.y());
            double trainAccuracy = r.trainAccuracy();
            double testAccuracy = r.testAccuracy();
            if (Double.isNaN(finalCost)) {
                outcome = new RunOutcome(Double.NaN, Double.NaN, Double.NaN, Double.NaN, true, -1,
                        recorder.trace(), recorder.epochs(all.test().size()));
            } else {
                outcome = new RunOutcome(finalCost, trainAccuracy, testAccuracy, validationCost, false, -1,
                        recorder.trace(), recorder.epochs(all.test().size()));
            }
        } catch (DivergedException e) {
            outcome = new RunOutcome(Double.NaN, Double.NaN, Double.NaN, Double.NaN, true, e.iteration(),
                    recorder.trace(), recorder.epochs(all.test().size()));
        }
        return new RunRecord(task, outcome, (System.nanoTime() - start) / 1e9, WORKER);
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    private static String host() {
        String h = System.getenv("HOSTNAME");
        if (h != null && !h.isBlank()) {
            return h;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** Keeps the costs and each epoch's test score as the engine reports them. */
    private static final class Recorder implements Progress {
        private final List<Long> iterations = new ArrayList<>();
        private final List<Double> costs = new ArrayList<>();
        private final List<Integer> correct = new ArrayList<>();

        @Override
        public void cost(long iteration, double cost) {
            iterations.add(iteration);
            costs.add(cost);
        }

        @Override
        public void epochAccuracy(int epoch, int correct, int total) {
            this.correct.add(correct);
        }

        CostTrace trace() {
            long[] it = new long[iterations.size()];
            double[] c = new double[costs.size()];
            for (int i = 0; i < it.length; i++) {
                it[i] = iterations.get(i);
                c[i] = costs.get(i);
            }
            return new CostTrace(it, c);
        }

        double[] epochs(int testSize) {
            double[] a = new double[correct.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = (double) correct.get(i) / testSize;
            }
            return a;
        }
    }
}
