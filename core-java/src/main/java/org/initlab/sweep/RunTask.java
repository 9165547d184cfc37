package org.initlab.sweep;

import org.initlab.spec.ExperimentSpec;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One run of a sweep, completely and as plain text, so that any JVM rebuilds its {@link ExperimentSpec} from it alone
 * ({@link #spec()}) and {@link SweepRun#execute} runs it there: no shared state, no order. Immutable and
 * {@link Serializable}.
 *
 * @param configId           the configuration's hash (12 hex digits), the same for all its seeds and rungs
 * @param axes               the configuration's value of each swept axis, in the sweep's axis order (for tables)
 * @param fields             every field of the run's specification but the seed, as {@link SpecText} writes them;
 *                           its training length ({@code iterations} or {@code epochs}) is this rung's
 * @param seed               the seed of the run's numpy stream
 * @param rung               the rung of successive halving (0-based; 0 without halving)
 * @param validationFraction the share of the training examples held out, the last ones, to score the validation
 *                           cost on (0 for none: the run trains on all of them)
 */
public record RunTask(String configId, List<Setting> axes, List<Setting> fields, long seed, int rung,
                      double validationFraction) implements Serializable {
    private static final long serialVersionUID = 1L;

    public RunTask {
        Objects.requireNonNull(configId, "configId");
        axes = List.copyOf(axes);
        fields = List.copyOf(fields);
        if (rung < 0) {
            throw new IllegalArgumentException("rung " + rung + ": must be 0 or more");
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validationFraction " + validationFraction + ": must be in [0, 1)");
        }
    }

    /** The run's name, unique in its sweep: {@code <configId>-s<seed>-r<rung>}, also its record's file name. */
    public String id() {
        return id(configId, seed, rung);
    }

    /** The name of the run of configuration {@code configId} with {@code seed} at {@code rung}. */
    public static String id(String configId, long seed, int rung) {
        return configId + "-s" + seed + "-r" + rung;
    }

    /** The specification this run trains, rebuilt from {@link #fields} and {@link #seed}. */
    public ExperimentSpec spec() {
        return SpecText.spec(fields, seed);
    }

    /** How long the run trains: its epochs in mini-batch training, else its full-batch iterations. */
    public int trained() {
        String epochs = field("epochs");
        if (epochs != null && Integer.parseInt(epochs) > 0) {
            return Integer.parseInt(epochs);
        }
        String iterations = field("iterations");
        return iterations == null ? 0 : Integer.parseInt(iterations);
    }

    /** Whether the run trains in mini-batch epochs. */
    public boolean usesEpochs() {
        String epochs = field("epochs");
        return epochs != null && Integer.parseInt(epochs) > 0;
    }

    /** The value of the axis with column {@code column} in {@link #axes}, or null. */
    public String axis(String column) {
        for (Setting s : axes) {
            if (s.field().equals(column)) {
                return s.value();
            }
        }
        return null;
    }

    /** The value of {@code field} in {@link #fields}, or null. */
    public String field(String field) {
        for (Setting s : fields) {
            if (s.field().equals(field)) {
                return s.value();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "RunTask[" + id() + " " + axes + "]";
    }
}
