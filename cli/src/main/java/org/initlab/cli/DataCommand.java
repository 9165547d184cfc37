package org.initlab.cli;

import org.initlab.data.Dataset;
import org.initlab.data.Datasets;
import org.initlab.data.Split;
import org.initlab.io.AtomicFiles;
import org.initlab.io.InputException;
import org.initlab.io.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code initlab data NAME}: loads a data set, prints its shapes and class balance, and optionally exports it as
 * CSV ({@code split,x0,x1,…,label}; one row per example, train then test; label = class index; values in Java's
 * shortest round-trip decimal form).
 */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Load a data set (circles, football, cat, mnist), print its shapes and class balance, "
                + "and optionally write it to CSV.")
public final class DataCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "circles, football, cat or mnist.")
    String name;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder of the data files (default: datasets).")
    Path dataDir;

    @Option(names = "--out", paramLabel = "FILE.csv",
            description = "Write every example to this CSV file (and a manifest beside it).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return OutputOptions.holdingFile(out, "out", this::export);
    }

    /** Loads the data, prints their summary and writes {@code --out} (when given), then its manifest beside it. */
    private int export() {
        Dataset data;
        try {
            data = Datasets.load(name, dataDir);
        } catch (InputException e) {
            if ("dataset".equals(e.field())) {
                throw new InputException(e.problem(), e); // NAME is this command's argument, not --dataset
            }
            throw e;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(summary(data));
        if (out != null) {
            AtomicFiles.write(out, stream -> writeCsv(data, stream));
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("dataset", data.name());
            config.put("data_dir", (dataDir == null ? Datasets.DEFAULT_DIR : dataDir).toString());
            config.put("train_examples", data.train().size());
            config.put("test_examples", data.test().size());
            Manifest.writeBeside(out, "data", config);
            stdout.println("wrote " + out + " (" + (data.train().size() + data.test().size()) + " examples)");
        }
        stdout.flush();
        return 0;
    }

    /** {@code circles: train 300 x 2 (outer 150, inner 150), test 100 x 2 (outer 50, inner 50)}. */
    static String summary(Dataset data) {
        return data.name() + ": train " + describe(data.train(), data.classNames()) + ", test "
                + describe(data.test(), data.classNames());
    }

    private static String describe(Split split, List<String> classNames) {
        int[] counts = new int[Math.max(classNames.size(), split.y().cols() == 1 ? 2 : split.y().cols())];
        for (int label : split.labels()) {
            counts[label]++;
        }
        StringBuilder s = new StringBuilder();
        s.append(split.size()).append(" x ").append(split.x().cols()).append(" (");
        for (int c = 0; c < counts.length; c++) {
            if (c > 0) {
                s.append(", ");
            }
            s.append(c < classNames.size() ? classNames.get(c) : Integer.toString(c)).append(' ').append(counts[c]);
        }
        return s.append(')').toString();
    }

    private static void writeCsv(Dataset data, java.io.OutputStream stream) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        w.write("split");
        for (int j = 0; j < data.features(); j++) {
            w.write(",x" + j);
        }
        w.write(",label\n");
        writeRows(w, "train", data.train());
        writeRows(w, "test", data.test());
        w.flush();
    }

    private static void writeRows(Writer w, String splitName, Split split) throws IOException {
        int[] labels = split.labels();
        int cols = split.x().cols();
        double[] x = split.x().data();
        for (int i = 0; i < split.size(); i++) {
            w.write(splitName);
            for (int j = 0; j < cols; j++) {
                w.write(',');
                w.write(Double.toString(x[i * cols + j]));
            }
            w.write(',');
            w.write(Integer.toString(labels[i]));
            w.write('\n');
        }
    }
}
