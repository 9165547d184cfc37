package org.initlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report as a Markdown table (it reads as plain text too, and pastes into the README as it is), followed by a
 * line for each whole-process goal, a line for the chaotic runs that agree with the peer only at first, and a line
 * naming any other experiment whose numbers disagree with the peer's. The {@code agreeing} column counts the printed
 * numbers that agree within the tolerance before the first that does not, out of all InitLab printed.
 */
public final class Table {
    static final List<String> HEADER = List.of("experiment", "numpy training s", "InitLab training s", "ratio",
            "goal", "InitLab whole-process s", "numpy whole-process s", "max rel diff", "agreeing");

    private Table() {
    }

    /** The table and its closing lines. */
    public static String render(List<Row> rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADER);
        for (Row r : rows) {
            cells.add(List.of(r.pairing().name(), seconds(r.numpyTraining()), seconds(r.initlabTraining()),
                    ratio(r.trainingRatio()), goal(r.pairing().trainingGoal(), r.meetsTrainingGoal()),
                    seconds(r.initlabProcess()), seconds(r.numpyProcess()), difference(r.maxRelativeDifference()),
                    r.agreeing() + "/" + r.compared()));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> line : cells) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        StringBuilder s = new StringBuilder();
        line(s, cells.get(0), widths);
        List<String> rule = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            rule.add(c == 0 ? "-".repeat(widths[c]) : "-".repeat(widths[c] - 1) + ":");
        }
        line(s, rule, widths);
        for (List<String> line : cells.subList(1, cells.size())) {
            line(s, line, widths);
        }
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
                    .append(" only on their first numbers: ").append(String.join(", ", chaotic))
                    .append(System.lineSeparator());
        }
        List<String> disagreeing = rows.stream().filter(r -> !r.agrees() && !r.pairing().chaotic())
                .map(r -> r.pairing().name()).toList();
        if (!disagreeing.isEmpty()) {
            s.append("numbers differ from the peer's by more than ").append(tolerance).append(": ")
                    .append(String.join(", ", disagreeing)).append(System.lineSeparator());
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

    static String seconds(double s) {
        return String.format(Locale.ROOT, s < 10 ? "%.3f" : "%.2f", s);
    }

    static String ratio(double r) {
        return String.format(Locale.ROOT, "%.3f", r);
    }

    static String goal(double goal, boolean met) {
        return String.format(Locale.ROOT, "≤ %.1f %s", goal, met ? "met" : "missed");
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
