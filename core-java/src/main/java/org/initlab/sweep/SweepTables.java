package org.initlab.sweep;

import org.initlab.numpy.PyFloat;
import org.initlab.spec.Axis;
import org.initlab.spec.SweepSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sweep's tables, as CSV for its folder and as text for a terminal:
 * <ul>
 * <li>{@code runs.csv}: one row per run (configuration and seed) at the last rung it reached: {@code config}, every
 * axis, {@code seed}, {@code rung}, {@code trained} (its iterations, or epochs), {@code final_cost},
 * {@code train_accuracy}, {@code test_accuracy}, {@code validation_cost}, {@code diverged}, {@code diverged_at},
 * {@code seconds}, {@code worker};
 * <li>{@code summary.csv}: one row per configuration: its axes, rung, runs, how many diverged, the mean and std over
 * seeds of each number, and {@code best} ({@code true} for the best, see {@link SweepResult#best()});
 * <li>{@code halving.csv} (with successive halving): per rung and configuration its mean validation cost, rank, and
 * whether it went on.
 * </ul>
 * Numbers are written as Python prints them, NaN as {@code nan}; a value holding a comma or a quote is quoted (RFC 4180).
 */
public final class SweepTables {
    /** The file names. */
    public static final String RUNS = "runs.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String HALVING = "halving.csv";

    private SweepTables() {
    }

    /** Writes the tables into {@code folder}; returns their names. */
    public static List<String> write(SweepResult result, SweepFolder folder) {
        List<String> names = new ArrayList<>();
        names.add(folder.writeString(RUNS, runs(result)));
        names.add(folder.writeString(SUMMARY, summary(result)));
        if (!result.decisions().isEmpty()) {
            names.add(folder.writeString(HALVING, halving(result)));
        }
        return names;
    }

    /** {@code runs.csv}. */
    public static String runs(SweepResult result) {
        StringBuilder s = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("config"));
        header.addAll(columns(result.plan().spec()));
        header.addAll(List.of("seed", "rung", "trained", "final_cost", "train_accuracy", "test_accuracy",
                "validation_cost", "diverged", "diverged_at", "seconds", "worker"));
        row(s, header);
        for (RunRecord r : result.finals()) {
            RunTask t = r.task();
            RunOutcome o = r.outcome();
            List<String> cells = new ArrayList<>(List.of(t.configId()));
            t.axes().forEach(a -> cells.add(a.value()));
            cells.addAll(List.of(String.valueOf(t.seed()), String.valueOf(t.rung()), String.valueOf(t.trained()),
                    num(o.finalCost()), num(o.trainAccuracy()), num(o.testAccuracy()), num(o.validationCost()),
                    String.valueOf(o.diverged()), String.valueOf(o.divergedAt()), num(r.seconds()), r.worker()));
            row(s, cells);
        }
        return s.toString();
    }

    /** {@code summary.csv}. */
    public static String summary(SweepResult result) {
        StringBuilder s = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("config"));
        header.addAll(columns(result.plan().spec()));
        header.addAll(List.of("rung", "trained", "runs", "diverged"));
        for (String q : List.of("final_cost", "train_accuracy", "test_accuracy", "validation_cost")) {
            header.add(q + "_mean");
            header.add(q + "_std");
        }
        header.add("best");
        row(s, header);
        for (ConfigSummary c : result.summaries()) {
            List<String> cells = new ArrayList<>(List.of(c.configuration().id()));
            c.configuration().axes().forEach(a -> cells.add(a.value()));
            cells.addAll(List.of(String.valueOf(c.rung()), String.valueOf(c.trained()), String.valueOf(c.runs()),
                    String.valueOf(c.diverged())));
            for (Stat st : List.of(c.finalCost(), c.trainAccuracy(), c.testAccuracy(), c.validationCost())) {
                cells.add(num(st.mean()));
                cells.add(num(st.std()));
            }
            cells.add(String.valueOf(c.best()));
            row(s, cells);
        }
        return s.toString();
    }

    /** {@code halving.csv}. */
    public static String halving(SweepResult result) {
        StringBuilder s = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("rung", "trained", "config"));
        header.addAll(columns(result.plan().spec()));
        header.addAll(List.of("mean_validation_cost", "rank", "continued"));
        row(s, header);
        for (List<RungDecision> rung : result.decisions()) {
            for (RungDecision d : rung) {
                List<String> cells = new ArrayList<>(List.of(String.valueOf(d.rung()), String.valueOf(d.trained()),
                        d.configuration().id()));
                d.configuration().axes().forEach(a -> cells.add(a.value()));
                cells.addAll(List.of(num(d.meanValidationCost()), String.valueOf(d.rank()),
                        String.valueOf(d.continued())));
                row(s, cells);
            }
        }
        return s.toString();
    }

    /**
     * The summary as text: a line per configuration with its axes, test accuracy and final cost as mean ± std over
     * seeds (validation cost too when held out), how many runs diverged, and {@code best}; after halving, the rung
     * each configuration stopped at.
     */
    public static List<String> lines(SweepResult result) {
        SweepSpec spec = result.plan().spec();
        boolean validation = spec.validationFraction() > 0;
        boolean halving = spec.halving() != null;
        List<String> header = new ArrayList<>(List.of("config"));
        header.addAll(columns(spec));
        if (halving) {
            header.add("stopped at");
        }
        header.addAll(List.of("test accuracy", "final cost"));
        if (validation) {
            header.add("validation cost");
        }
        header.add("diverged");
        header.add("");
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (ConfigSummary c : result.summaries()) {
            List<String> cells = new ArrayList<>(List.of(c.configuration().id()));
            c.configuration().axes().forEach(a -> cells.add(a.value()));
            if (halving) {
                cells.add("rung " + (c.rung() + 1) + " (" + c.trained() + ")");
            }
            cells.add(pm(c.testAccuracy()));
            cells.add(pm(c.finalCost()));
            if (validation) {
                cells.add(pm(c.validationCost()));
            }
            cells.add(c.diverged() + "/" + c.runs());
            cells.add(c.best() ? "best" : "");
            rows.add(cells);
        }
        return aligned(rows);
    }

    /** {@code 0.9533 ± 0.0125}, or {@code -} when every run diverged (no finite value to average). */
    static String pm(Stat s) {
        if (s.n() == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.4f ± %.4f", s.mean(), s.std());
    }

    private static List<String> columns(SweepSpec spec) {
        return spec.axes().stream().map(Axis::kind).map(k -> k.column()).toList();
    }

    private static List<String> aligned(List<List<String>> rows) {
        int cols = rows.get(0).size();
        int[] width = new int[cols];
        for (List<String> r : rows) {
            for (int i = 0; i < cols; i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> r : rows) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                s.append(i == 0 ? "" : "  ").append(r.get(i)).append(" ".repeat(width[i] - r.get(i).length()));
            }
            out.add(s.toString().stripTrailing());
        }
        return out;
    }

    static String num(double x) {
        return PyFloat.repr(x);
    }

    private static void row(StringBuilder s, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n")) {
                s.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                s.append(c);
            }
        }
        s.append('\n');
    }
}
