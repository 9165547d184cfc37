package org.initlab.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.initlab.io.Json;
import org.initlab.io.Manifest;

import org.initlab.io.InputException;
import org.initlab.io.ResultFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link RunResult}: its JSON ({@code costs}, accuracies, training time, configuration), the cost trace as
 * CSV, the trained DL4J network (ModelSerializer zip) and a manifest naming each file's SHA-256. A run's folder is a
 * {@link ResultFolder}: it appears whole or not at all, one writer at a time. Plotting reads these files, it never
 * trains; reading a model from a result folder checks the folder first.
 */
public final class RunFiles {
    public static final String RESULT = "result.json";
    public static final String COSTS = "costs.csv";
    public static final String MODEL = "model.zip";

    private RunFiles() {
    }

    /**
     * Reads a trained network written by {@link #writeFolder} (or any ModelSerializer zip). When the file is in a
     * result folder whose manifest names it, the whole folder is first checked against the manifest
     * ({@link ResultFolder#verifyHolding}).
     *
     * @throws InputException naming the file when it is missing, empty, not a DL4J model, or (with its folder) does not
     *                        match its manifest
     */
    public static MultiLayerNetwork loadModel(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such model file");
        }
        ResultFolder.verifyHolding(file);
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

    /**
     * Writes the result JSON to {@code file}, then its manifest beside it ({@code NAME.manifest.json}) naming the
     * JSON's SHA-256, so that a JSON file and a manifest of different runs are told apart
     * ({@link Manifest#verifyBeside}). For one writer at a time, hold a {@link org.initlab.io.FolderLock} on
     * {@code file} meanwhile.
     */
    public static Path writeJson(RunResult r, Path file) {
        Json.write(file, toMap(r));
        Manifest.writeBeside(file, r.spec().name(), r.spec().describe());
        return file;
    }

    /**
     * Writes the result folder {@code dir}, whole or not at all: {@code result.json}, {@code costs.csv},
     * {@code model.zip} and {@code manifest.json} ({@link ResultFolder}).
     *
     * @throws InputException about the field {@code dir} when the folder cannot be written or another run writes it
     */
    public static Path writeFolder(RunResult r, Path dir) {
        try (ResultFolder folder = ResultFolder.open(dir, "dir")) {
            writeInto(r, folder);
            return folder.commit(r.spec().name(), r.spec().describe());
        }
    }

    /**
     * Writes {@code result.json}, {@code costs.csv} and {@code model.zip} into an open result folder, which the caller
     * commits (after adding files of its own, if it likes).
     */
    public static void writeInto(RunResult r, ResultFolder folder) {
        folder.writeJson(RESULT, toMap(r));
        StringBuilder csv = new StringBuilder("iteration,cost\n");
        for (CostPoint p : r.costs()) {
            csv.append(p.iteration()).append(',').append(org.initlab.numpy.PyFloat.repr(p.cost())).append('\n');
        }
        folder.writeString(COSTS, csv.toString());
        folder.write(MODEL, out -> ModelSerializer.writeModel(r.network(), out, false));
    }
}
