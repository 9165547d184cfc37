package org.initlab.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Golden values computed with numpy: {@code reference/}, copied from the project's shared reference, and
 * {@code numpy/}, written from the course's numpy code by {@code numpy/generate_references.py}.
 */
public final class Reference {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Reference() {
    }

    /** The parsed JSON file {@code reference/NAME}. */
    public static JsonNode json(String name) {
        try (InputStream in = stream("/reference/" + name)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parsed JSON file {@code numpy/NAME}. */
    public static JsonNode numpy(String name) {
        try (InputStream in = stream("/numpy/" + name)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number of a {@code numpy/} file, where an infinite one is written {@code "inf"}. */
    public static double number(JsonNode node) {
        if (node.isTextual() && node.asText().equals("inf")) {
            return Double.POSITIVE_INFINITY;
        }
        if (!node.isNumber()) {
            throw new IllegalArgumentException("not a number: " + node);
        }
        return node.asDouble();
    }

    /** The raw bytes of {@code reference/NAME}. */
    public static byte[] bytes(String name) {
        try (InputStream in = stream("/reference/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String path) {
        InputStream in = Reference.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("test resource " + path.substring(1) + " missing");
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
