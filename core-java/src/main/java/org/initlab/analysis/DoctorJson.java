package org.initlab.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.io.InputException;
import org.initlab.numpy.Histogram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link DoctorReport} read back from the JSON that {@link DoctorReport#toMap()} writes, so that pictures can be
 * drawn from a saved report without examining anything again. Non-finite numbers are the strings {@code "nan"},
 * {@code "inf"} and {@code "-inf"}, as InitLab writes them.
 */
final class DoctorJson {
    private DoctorJson() {
    }

    static DoctorReport report(JsonNode r, String source) {
        try {
            JsonNode o = need(r, "options");
            JsonNode t = need(o, "thresholds");
            DoctorThresholds thresholds = new DoctorThresholds(value(t, "max_symmetric"), value(t, "saturation_level"),
                    value(t, "max_saturated"), value(t, "max_dead"), value(t, "gradient_factor"),
                    value(t, "loss_factor"), value(t, "min_update_ratio"), value(t, "max_update_ratio"));
            JsonNode lr = need(o, "learning_rate");
            Doctor.Options options = new Doctor.Options(need(o, "batch").asInt(), need(o, "steps").asInt(),
                    lr.isNumber() ? lr.asDouble() : Double.NaN, need(o, "bins").asInt(), thresholds);
            LossCheck loss = null;
            if (r.has("loss")) {
                JsonNode l = r.get("loss");
                loss = new LossCheck(text(l, "function"), number(l, "score"), number(l, "regularization"),
                        number(l, "chance"), text(l, "chance_name"));
            }
            List<LayerDiagnosis> layers = new ArrayList<>();
            for (JsonNode d : need(r, "layers")) {
                layers.add(layer(d));
            }
            List<SkippedLayer> skipped = new ArrayList<>();
            for (JsonNode s : need(r, "skipped")) {
                skipped.add(new SkippedLayer(need(s, "layer").asInt(), text(s, "type"), text(s, "reason")));
            }
            JsonNode steps = need(r, "steps");
            List<Finding> findings = new ArrayList<>();
            for (JsonNode f : need(r, "findings")) {
                findings.add(new Finding(kind(text(f, "kind")), need(f, "layer").asInt(), number(f, "value"),
                        number(f, "threshold"), text(f, "message")));
            }
            List<String> notes = new ArrayList<>();
            for (JsonNode n : need(r, "notes")) {
                notes.add(n.asText());
            }
            return new DoctorReport(text(r, "network"), need(r, "examples").asInt(), options, loss, layers, skipped,
                    need(steps, "count").asInt(), numbers(need(steps, "loss")), findings, notes);
        } catch (InputException e) {
            throw new InputException(source + ": not a doctor's report (" + e.getMessage() + ")", e);
        }
    }

    private static LayerDiagnosis layer(JsonNode d) {
        JsonNode a = need(d, "activations");
        JsonNode g = d.get("activation_gradient");
        JsonNode w = d.get("weights");
        return new LayerDiagnosis(need(d, "layer").asInt(), text(d, "kind"), text(d, "type"), text(d, "activation"),
                need(d, "units").asLong(), need(a, "count").asLong(), number(a, "mean"), number(a, "std"),
                number(a, "saturated"), number(a, "dead"), histogram(need(a, "histogram")),
                g == null ? Double.NaN : number(g, "std"), g == null ? null : histogram(need(g, "histogram")),
                w == null ? Double.NaN : number(w, "std"), w == null ? Double.NaN : number(w, "gradient_std"),
                w == null ? Double.NaN : number(w, "grad_data"), w == null ? Double.NaN : number(w, "symmetric"),
                w == null ? Double.NaN : number(w, "learning_rate"),
                w == null ? new double[0] : numbers(need(w, "update_data")));
    }

    private static Histogram histogram(JsonNode h) {
        double[] edges = numbers(need(h, "edges"));
        JsonNode c = need(h, "counts");
        long[] counts = new long[c.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = c.get(i).asLong();
        }
        return new Histogram(edges, counts);
    }

    private static Finding.Kind kind(String id) {
        return Arrays.stream(Finding.Kind.values()).filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new InputException("unknown finding '" + id + "'"));
    }

    private static JsonNode need(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            throw new InputException("no \"" + field + "\"");
        }
        return v;
    }

    private static String text(JsonNode node, String field) {
        return need(node, field).asText();
    }

    private static double value(JsonNode thresholds, String field) {
        return number(need(thresholds, field), "value");
    }

    private static double number(JsonNode node, String field) {
        return number(need(node, field));
    }

    private static double number(JsonNode v) {
        if (v.isNumber()) {
            return v.asDouble();
        }
        return switch (v.asText()) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> throw new InputException("'" + v.asText() + "' is not a number");
        };
    }

    private static double[] numbers(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(array.get(i));
        }
        return out;
    }
}
