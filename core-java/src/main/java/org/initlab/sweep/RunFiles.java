package org.initlab.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.io.InputException;
import org.initlab.io.Json;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's record as JSON, as a sweep's folder keeps it ({@code runs/<id>.json}), and back:
 * <pre>
 * {"id": …, "config": …, "seed": …, "rung": …, "validation_fraction": …, "axes": {column: value, …},
 *  "fields": {field: value, …}, "final_cost": …, "train_accuracy": …, "test_accuracy": …, "validation_cost": …,
 *  "diverged": …, "diverged_at": …, "costs": [[iteration, cost], …], "epoch_test_accuracy": […], "seconds": …,
 *  "worker": "pid@host"}
 * </pre>
 * Numbers in Python's shortest round-trip form, which read back to the same bits; NaN and infinities as
 * {@code "nan"}, {@code "inf"}, {@code "-inf"}.
 */
public final class RunFiles {
    private RunFiles() {
    }

    /** The record as a JSON-ready map. */
    public static Map<String, Object> toMap(RunRecord r) {
        RunTask t = r.task();
        RunOutcome o = r.outcome();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("config", t.configId());
        m.put("seed", t.seed());
        m.put("rung", t.rung());
        m.put("validation_fraction", t.validationFraction());
        m.put("axes", settings(t.axes()));
        m.put("fields", settings(t.fields()));
        m.put("final_cost", Json.number(o.finalCost()));
        m.put("train_accuracy", Json.number(o.trainAccuracy()));
        m.put("test_accuracy", Json.number(o.testAccuracy()));
        m.put("validation_cost", Json.number(o.validationCost()));
        m.put("diverged", o.diverged());
        m.put("diverged_at", o.divergedAt());
        List<List<Object>> costs = new ArrayList<>();
        for (int i = 0; i < o.trace().size(); i++) {
            costs.add(List.of(o.trace().iteration(i), Json.number(o.trace().cost(i))));
        }
        m.put("costs", costs);
        List<Object> epochs = new ArrayList<>();
        for (double a : o.epochTestAccuracy()) {
            epochs.add(Json.number(a));
        }
        m.put("epoch_test_accuracy", epochs);
        m.put("seconds", r.seconds());
        m.put("worker", r.worker());
        return m;
    }

    /**
     * The record in {@code json}, read from {@code file}.
     *
     * @throws InputException naming the file when it is not a run's record
     */
    public static RunRecord fromJson(JsonNode json, Path file) {
        try {
            RunTask task = new RunTask(text(json, "config"), settings(json.get("axes")), settings(json.get("fields")),
                    json.get("seed").asLong(), json.get("rung").asInt(), number(json.get("validation_fraction")));
            if (!task.id().equals(text(json, "id"))) {
                throw new IllegalArgumentException("its id is not its task's");
            }
            JsonNode costs = json.get("costs");
            long[] it = new long[costs.size()];
            double[] c = new double[costs.size()];
            for (int i = 0; i < it.length; i++) {
                it[i] = costs.get(i).get(0).asLong();
                c[i] = number(costs.get(i).get(1));
            }
            JsonNode epochs = json.get("epoch_test_accuracy");
            double[] e = new double[epochs.size()];
            for (int i = 0; i < e.length; i++) {
                e[i] = number(epochs.get(i));
            }
            RunOutcome outcome = new RunOutcome(number(json.get("final_cost")), number(json.get("train_accuracy")),
                    number(json.get("test_accuracy")), number(json.get("validation_cost")),
                    json.get("diverged").asBoolean(), json.get("diverged_at").asLong(), new CostTrace(it, c), e);
            return new RunRecord(task, outcome, number(json.get("seconds")), text(json, "worker"));
        } catch (RuntimeException e) {
            throw new InputException(file + ": not a sweep run's record (" + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        }
    }

    private static Map<String, Object> settings(List<Setting> settings) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Setting s : settings) {
            m.put(s.field(), s.value());
        }
        return m;
    }

    private static List<Setting> settings(JsonNode node) {
        List<Setting> out = new ArrayList<>();
        for (var it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            out.add(new Setting(e.getKey(), e.getValue().asText()));
        }
        return out;
    }

    private static String text(JsonNode json, String key) {
        JsonNode v = json.get(key);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("no " + key);
        }
        return v.asText();
    }

    /** A number as {@link Json} writes it: a JSON number, or {@code "nan"}, {@code "inf"}, {@code "-inf"}. */
    static double number(JsonNode v) {
        if (v == null) {
            throw new IllegalArgumentException("a number is missing");
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        return switch (v.asText()) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> throw new IllegalArgumentException("not a number: " + v);
        };
    }
}
