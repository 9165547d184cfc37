package org.initlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The report as three Markdown tables (they read as plain text too, and paste into the docs as they are): training
 * times against each peer, whole processes with the agreement of the printed numbers, and the distance to the
 * machine's peak. Then a line for each whole-process goal, a line for the chaotic runs that agree with numpy only at
 * first, a line naming any other experiment whose numbers disagree, and notes on the peers. A time that was not
 * measured is "—". The {@code agreeing} column counts the printed numbers that agree within the tolerance before the
 * first that does not, out of all InitLab printed.
 */
public final class Table {
    static final String MISSING = "—";

    static final List<String> TRAINING = List.of("experiment", "numpy s", "PyTorch s", "DL4J fit s", "InitLab s",
            "÷ numpy", "goal", "÷ PyTorch", "÷ DL4J fit", "InitLab warm JVM s");
    static final List<String> PROCESS = List.of("experiment", "InitLab process s", "numpy process s", "ratio",
            "PyTorch process s", "max rel diff", "agreeing");
    static final List<String> LIMIT = List.of("experiment", "model GFLOP", "floor s", "InitLab s", "GFLOP/s",
            "of peak", "× floor");

    private Table() {
    }

    /** The three tables and the closing lines, without notes on the peers. */
    public static String render(List<Row> rows) {
        return render(rows, List.of());
    }

    /** The three tables, the closing lines and {@code notes}, one a line. */
    public static String render(List<Row> rows, List<String> notes) {
        StringBuilder s = new StringBuilder();
        String nl = System.lineSeparator();
        s.append("Training, each side in a fresh process (median of the repeats):").append(nl).append(nl);
        s.append(grid(TRAINING, rows.stream().map(Table::trainingCells).toList())).append(nl);
        s.append("Whole processes, and InitLab's printed numbers against numpy's:").append(nl).append(nl);
        s.append(grid(PROCESS, rows.stream().map(Table::processCells).toList()));
        if (rows.stream().anyMatch(r -> r.work() != null)) {
            s.append(nl).append("Distance to the limit: the model's operations (dense products) at the measured peak, "
                    + "and InitLab's effective rate:").append(nl).append(nl);
            s.append(grid(LIMIT, rows.stream().filter(r -> r.work() != null).map(Table::limitCells).toList()));
        }
        s.append(nl);
        for (Row r : rows) {
            r.pairing().processGoal().ifPresent(g -> s.append(String.format(Locale.ROOT,
                    "%s whole process: InitLab %s s / numpy %s s = %s (goal %s)%n", r.pairing().name(),
                    seconds(r.initlabProcess()), seconds(r.numpyProcess()), ratio(r.processRatio()),
                    goal(g, r.meetsProcessGoal()))));
        }
        String tolerance = String.format(Locale.ROOT, "%.0e", Row.AGREEMENT_TOLERANCE);
        List<String> chaotic = rows.stream().filter(r -> !r.agrees() && r.pairing().chaotic())
                .map(r -> r.pairing().name() + " " + r.agreeing() + "/" + r.compared()).toList();
        if (!chaotic.isEmpty()) {
            s.append("chaotic runs, where rounding differences grow, agree within ").append(tolerance)
                    .append(" only on their first numbers: ").append(String.join(", ", chaotic)).append(nl);
        }
        List<String> disagreeing = rows.stream().filter(r -> !r.agrees() && !r.pairing().chaotic())
                .map(r -> r.pairing().name()).toList();
        if (!disagreeing.isEmpty()) {
            s.append("numbers differ from the peer's by more than ").append(tolerance).append(": ")
                    .append(String.join(", ", disagreeing)).append(nl);
        }
        notes.forEach(n -> s.append(n).append(nl));
        return s.toString();
    }

    private static List<String> trainingCells(Row r) {
        return List.of(r.pairing().name(), seconds(r.training(Side.NUMPY)), seconds(r.training(Side.TORCH)),
                seconds(r.training(Side.DL4J)), seconds(r.training(Side.INITLAB)), ratio(r.trainingRatio()),
                goal(r.pairing().trainingGoal(), r.meetsTrainingGoal()), ratio(r.ratio(Side.TORCH)),
                ratio(r.ratio(Side.DL4J)), seconds(r.initlabWarm()));
    }

    private static List<String> processCells(Row r) {
        return List.of(r.pairing().name(), seconds(r.process(Side.INITLAB)), seconds(r.process(Side.NUMPY)),
                ratio(r.processRatio()), seconds(r.process(Side.TORCH)), difference(r.maxRelativeDifference()),
                r.agreeing() + "/" + r.compared());
    }

    private static List<String> limitCells(Row r) {
        Work w = r.work();
        double t = r.initlabTraining();
        return List.of(r.pairing().name(), String.format(Locale.ROOT, "%.1f", w.flops() / 1e9),
                seconds(w.floorSeconds()), seconds(t), String.format(Locale.ROOT, "%.1f", w.gflops(t)),
                String.format(Locale.ROOT, "%.1f %%", 100 * w.fractionOfPeak(t)),
                String.format(Locale.ROOT, "%.1f", w.timesFloor(t)));
    }

    /** A Markdown table: the header, the rule (right-aligned but for the first column) and the lines. */
    static String grid(List<String> header, List<List<String>> lines) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(header);
        cells.addAll(lines);
        int[] widths = new int[header.size()];
        for (List<String> line : cells) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        StringBuilder s = new StringBuilder();
        line(s, header, widths);
        List<String> rule = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            rule.add(c == 0 ? "-".repeat(widths[c]) : "-".repeat(widths[c] - 1) + ":");
        }
        line(s, rule, widths);
        for (List<String> line : lines) {
            line(s, line, widths);
        }
        return s.toString();
    }

    private static void line(StringBuilder s, List<String> cells, int[] widths) {
        s.append('|');
        for (int c = 0; c < widths.length; c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            s.append(' ').append(c == 0 ? cell + pad : pad + cell).append(" |");
        }
        s.append(System.lineSeparator());
    }

    static String seconds(OptionalDouble s) {
        return s.isPresent() ? seconds(s.getAsDouble()) : MISSING;
    }

    static String seconds(double s) {
        if (Double.isNaN(s)) {
            return MISSING;
        }
        return String.format(Locale.ROOT, s < 10 ? "%.3f" : "%.2f", s);
    }

    static String ratio(OptionalDouble r) {
        return r.isPresent() ? ratio(r.getAsDouble()) : MISSING;
    }

    static String ratio(double r) {
        return Double.isNaN(r) ? MISSING : String.format(Locale.ROOT, "%.3f", r);
    }

    static String goal(double goal, boolean met) {
        return String.format(Locale.ROOT, "≤ %s %s", goal == Math.rint(goal * 10) / 10
                ? String.format(Locale.ROOT, "%.1f", goal) : String.format(Locale.ROOT, "%.2f", goal),
                met ? "met" : "missed");
    }

    static String difference(double d) {
        if (d == 0) {
            return "0";
        }
        if (Double.isInfinite(d)) {
            return "mismatch";
        }
        return String.format(Locale.ROOT, "%.1e", d);
    }
}
