package org.initlab.cli;

import org.initlab.io.AtomicFiles;
import org.initlab.train.RunFiles;
import org.initlab.train.RunResult;
import picocli.CommandLine.Option;

import org.initlab.io.Json;
import org.initlab.io.Manifest;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;

/** Where a training command writes its results: {@code --json FILE} and {@code --out DIR}. */
final class OutputOptions {
    @Option(names = "--json", paramLabel = "FILE",
            description = "Write the costs, accuracies, training time and configuration as JSON (and a manifest beside it).")
    Path json;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write result.json, costs.csv, the trained DL4J model (model.zip) and manifest.json into DIR.")
    Path out;

    /** Fails before training when an output place cannot be written. */
    void check() {
        if (json != null) {
            Path parent = json.toAbsolutePath().getParent();
            AtomicFiles.checkWritableFolder(parent, "json");
        }
        if (out != null) {
            AtomicFiles.checkWritableFolder(out, "out");
        }
    }

    /** Writes a result that is not a single run (cross-validation) as JSON, to --json and/or DIR/result.json. */
    void writeMap(String run, Map<String, Object> config, Map<String, Object> result, PrintStream err) {
        if (json != null) {
            Json.write(json, result);
            Json.write(Manifest.besides(json), Manifest.of(run, config, List.of(json.getFileName().toString())));
        }
        if (out != null) {
            Json.write(out.resolve(RunFiles.RESULT), result);
            Manifest.write(out, run, config, List.of(RunFiles.RESULT));
            err.println("Results written to " + out);
        }
    }

    void write(RunResult result, PrintStream err) {
        if (json != null) {
            RunFiles.writeJson(result, json);
        }
        if (out != null) {
            RunFiles.writeFolder(result, out);
            err.println("Results written to " + out);
        }
    }
}
