package org.initlab.data;

import org.initlab.io.InputException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Labelled examples from a CSV file, one example per line: its features, then its label, a class index
 * ({@code 0, 1, …}). A first line that is not all numbers is a header. A first column headed {@code split}, as
 * {@code initlab data NAME --out FILE.csv} writes it ({@code split,x0,x1,…,label}), names each row's split: only the
 * {@code train} rows are read, and the column is dropped. Blank lines are skipped.
 *
 * @param file     the file read
 * @param features one row per example
 * @param labels   each example's class index
 * @param lines    each example's line number in the file (from 1), for messages
 */
public record CsvExamples(Path file, Matrix features, int[] labels, int[] lines) {
    public CsvExamples {
        if (features.rows() != labels.length || labels.length != lines.length) {
            throw new IllegalArgumentException(features.rows() + " examples, " + labels.length + " labels");
        }
        labels = labels.clone();
        lines = lines.clone();
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public int[] lines() {
        return lines.clone();
    }

    /**
     * Reads {@code file}.
     *
     * @throws InputException naming the file (and the line) when it is missing, empty, ragged, or holds something
     *                        other than numbers and class indices
     */
    public static CsvExamples read(Path file) {
        String text = new String(DataFiles.readAll(file), StandardCharsets.UTF_8);
        String[] rows = text.split("\r?\n", -1);
        int width = -1;
        boolean splitColumn = false;
        boolean first = true;
        List<double[]> values = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            String row = rows[r].strip();
            if (row.isEmpty()) {
                continue;
            }
            String[] cells = row.split(",", -1);
            if (first) {
                first = false;
                if (!allNumbers(cells, 0)) {
                    splitColumn = cells[0].strip().equalsIgnoreCase("split");
                    width = cells.length;
                    continue;
                }
            }
            if (width < 0) {
                width = cells.length;
            }
            int line = r + 1;
            if (cells.length != width) {
                throw new InputException(file + ": line " + line + " has " + cells.length + " values, the lines "
                        + "before it " + width);
            }
            int from = 0;
            if (splitColumn) {
                if (!cells[0].strip().equals("train")) {
                    continue;
                }
                from = 1;
            }
            if (cells.length - from < 2) {
                throw new InputException(file + ": line " + line + ": need the features and a label, found "
                        + (cells.length - from) + " value" + (cells.length - from == 1 ? "" : "s"));
            }
            double[] x = new double[cells.length - from - 1];
            for (int c = from; c < cells.length - 1; c++) {
                x[c - from] = number(file, line, cells[c]);
            }
            values.add(x);
            labels.add(label(file, line, cells[cells.length - 1]));
            lineNumbers.add(line);
        }
        if (values.isEmpty()) {
            throw new InputException(file + ": no examples" + (splitColumn ? " of the split 'train'" : ""));
        }
        int cols = values.get(0).length;
        double[] data = new double[Math.multiplyExact(values.size(), cols)];
        for (int i = 0; i < values.size(); i++) {
            System.arraycopy(values.get(i), 0, data, i * cols, cols);
        }
        return new CsvExamples(file, new Matrix(values.size(), cols, data),
                labels.stream().mapToInt(Integer::intValue).toArray(),
                lineNumbers.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Number of examples. */
    public int size() {
        return labels.length;
    }

    /** Number of feature columns. */
    public int width() {
        return features.cols();
    }

    /**
     * The examples with their labels as a network of {@code outputs} output units wants them: one 0/1 column for a
     * single output, one-hot columns otherwise.
     *
     * @throws InputException naming the file and line of a label that does not fit
     */
    public Split split(int outputs) {
        int cols = outputs == 1 ? 1 : outputs;
        double[] y = new double[Math.multiplyExact(labels.length, cols)];
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i];
            int classes = outputs == 1 ? 2 : outputs;
            if (label >= classes) {
                throw new InputException(file + ": line " + lines[i] + ": label " + label + " does not fit the "
                        + "network's " + outputs + " output" + (outputs == 1 ? " (labels 0 or 1)" : "s (labels 0 to "
                        + (outputs - 1) + ")"));
            }
            if (outputs == 1) {
                y[i] = label;
            } else {
                y[i * cols + label] = 1.0;
            }
        }
        return new Split(features, new Matrix(labels.length, cols, y));
    }

    private static boolean allNumbers(String[] cells, int from) {
        for (int c = from; c < cells.length; c++) {
            try {
                Double.parseDouble(cells[c].strip());
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    private static double number(Path file, int line, String cell) {
        String s = cell.strip();
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(file + ": line " + line + ": '" + s + "' is not a finite number");
    }

    private static int label(Path file, int line, String cell) {
        String s = cell.strip();
        try {
            double v = Double.parseDouble(s);
            if (v >= 0 && v == Math.rint(v) && v <= Integer.MAX_VALUE) {
                return (int) v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(file + ": line " + line + ": the label '" + s + "' is not a class index (0, 1, …)");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CsvExamples c && c.file.equals(file) && c.features.equals(features)
                && Arrays.equals(c.labels, labels) && Arrays.equals(c.lines, lines);
    }

    @Override
    public int hashCode() {
        return 31 * features.hashCode() + Arrays.hashCode(labels);
    }
}
