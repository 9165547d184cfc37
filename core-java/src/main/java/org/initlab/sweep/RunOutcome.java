package org.initlab.sweep;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * The numbers one run produced, and only those: they depend on nothing but the run's {@link RunTask}, so they are equal
 * bit for bit whoever computed them (one worker or many, a local pool or Spark). Equality compares the bits of every
 * double ({@link Double#compare}), NaN included.
 *
 * @param finalCost          the course's cost of the trained network on the examples it trained on, without
 *                           regularization terms ({@link org.initlab.train.CourseCost}); NaN when it diverged
 * @param trainAccuracy      its accuracy on those examples; NaN when it diverged
 * @param testAccuracy       its accuracy on the test set; NaN when it diverged
 * @param validationCost     its cost on the held-out validation examples ({@link RunTask#validationFraction()});
 *                           NaN when none are held out or it diverged
 * @param diverged           whether parameters became NaN or infinite, or the trained network's outputs are NaN
 * @param divergedAt         the iteration at which parameters became NaN or infinite; -1 when they did not
 * @param trace              the recorded costs, up to the divergence when it diverged
 * @param epochTestAccuracy  the test accuracy after each epoch (mini-batch runs; empty for full-batch ones)
 */
public record RunOutcome(double finalCost, double trainAccuracy, double testAccuracy, double validationCost,
                         boolean diverged, long divergedAt, CostTrace trace, double[] epochTestAccuracy)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public RunOutcome {
        Objects.requireNonNull(trace, "trace");
        epochTestAccuracy = epochTestAccuracy.clone();
    }

    @Override
    public double[] epochTestAccuracy() {
        return epochTestAccuracy.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunOutcome r && Double.compare(finalCost, r.finalCost) == 0
                && Double.compare(trainAccuracy, r.trainAccuracy) == 0 && Double.compare(testAccuracy, r.testAccuracy) == 0
                && Double.compare(validationCost, r.validationCost) == 0 && diverged == r.diverged
                && divergedAt == r.divergedAt && trace.equals(r.trace)
                && Arrays.equals(epochTestAccuracy, r.epochTestAccuracy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(finalCost, trainAccuracy, testAccuracy, validationCost, diverged, divergedAt, trace,
                Arrays.hashCode(epochTestAccuracy));
    }

    @Override
    public String toString() {
        return "RunOutcome[final cost " + finalCost + ", train " + trainAccuracy + ", test " + testAccuracy
                + ", validation cost " + validationCost + (diverged ? ", diverged at " + divergedAt : "") + ", "
                + trace + (epochTestAccuracy.length > 0 ? ", " + epochTestAccuracy.length + " epochs" : "") + "]";
    }
}
