package org.initlab.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Golden values computed with numpy, copied from the project's shared reference into test resources. */
public final class Reference {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Reference() {
    }

    /** The parsed JSON file {@code reference/NAME}. */
    public static JsonNode json(String name) {
        try (InputStream in = stream(name)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw bytes of {@code reference/NAME}. */
    public static byte[] bytes(String name) {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String name) {
        InputStream in = Reference.class.getResourceAsStream("/reference/" + name);
        if (in == null) {
            throw new IllegalStateException("test resource reference/" + name + " missing");
        }
        return in;
    }

    /** A JSON array of numbers (nested arrays flattened in C order). */
    public static double[] doubles(JsonNode node) {
        java.util.List<Double> out = new java.util.ArrayList<>();
        flatten(node, out);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void flatten(JsonNode node, java.util.List<Double> out) {
        if (node.isArray()) {
            node.forEach(child -> flatten(child, out));
        } else {
            out.add(node.asDouble());
        }
    }
}
