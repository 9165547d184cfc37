package org.initlab.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.initlab.io.AtomicFiles;
import org.initlab.io.Json;
import org.initlab.io.Manifest;

import org.initlab.io.InputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link RunResult}: its JSON ({@code costs}, accuracies, training time, configuration), the cost trace as
 * CSV, the trained DL4J network (ModelSerializer zip) and a manifest. Every file is written atomically; plotting
 * reads these files, it never trains.
 */
public final class RunFiles {
    public static final String RESULT = "result.json";
    public static final String COSTS = "costs.csv";
    public static final String MODEL = "model.zip";

    private RunFiles() {
    }

    /**
     * Reads a trained network written by {@link #writeFolder} (or any ModelSerializer zip).
     *
     * @throws InputException naming the file when it is missing, empty or not a DL4J model
     */
    public static MultiLayerNetwork loadModel(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such model file");
        }
        try {
            if (Files.size(file) == 0) {
                throw new InputException(file + ": empty file, not a DL4J model");
            }
            return ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false);
        } catch (InputException e) {
            throw e;
        } catch (Exception | Error e) {
            if (e instanceof VirtualMachineError vme && !(e instanceof OutOfMemoryError)) {
                throw vme;
            }
            throw new InputException(file + ": not a readable DL4J model (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")");
        }
    }

    /** The result as JSON-ready values: {@code {"costs": [[i, c], …], "train_accuracy": …, …, "config": {…}}}. */
    public static Map<String, Object> toMap(RunResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<List<Object>> costs = new ArrayList<>();
        for (CostPoint p : r.costs()) {
            costs.add(List.of(p.iteration(), Json.number(p.cost())));
        }
        m.put("costs", costs);
        m.put("train_accuracy", r.trainAccuracy());
        m.put("test_accuracy", r.testAccuracy());
        if (!r.testCorrectPerEpoch().isEmpty()) {
            m.put("test_correct_per_epoch", r.testCorrectPerEpoch());
            m.put("test_size", r.dataset().test().size());
        }
        m.put("training_seconds", r.trainingSeconds());
        m.put("engine", r.engine());
        m.put("config", r.spec().describe());
        return m;
    }

    /** Writes the result JSON to {@code file} and a manifest beside it ({@code NAME.manifest.json}). */
    public static Path writeJson(RunResult r, Path file) {
        Json.write(file, toMap(r));
        Json.write(Manifest.besides(file), Manifest.of(r.spec().name(), r.spec().describe(),
                List.of(file.getFileName().toString())));
        return file;
    }

    /** Writes {@code result.json}, {@code costs.csv}, {@code model.zip} and {@code manifest.json} into {@code dir}. */
    public static Path writeFolder(RunResult r, Path dir) {
        AtomicFiles.ensureFolder(dir);
        Json.write(dir.resolve(RESULT), toMap(r));
        StringBuilder csv = new StringBuilder("iteration,cost\n");
        for (CostPoint p : r.costs()) {
            csv.append(p.iteration()).append(',').append(org.initlab.numpy.PyFloat.repr(p.cost())).append('\n');
        }
        AtomicFiles.writeString(dir.resolve(COSTS), csv.toString());
        AtomicFiles.write(dir.resolve(MODEL), out -> ModelSerializer.writeModel(r.network(), out, false));
        Manifest.write(dir, r.spec().name(), r.spec().describe(), List.of(RESULT, COSTS, MODEL));
        return dir;
    }
}
