package org.initlab.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The numpy references of {@code src/test/resources/stats/}, written by {@code generate_references.py} there
 * (numpy 2.4, legacy {@code RandomState}).
 */
public final class SmallCase {
    private SmallCase() {
    }

    /** The parsed {@code stats/NAME}. */
    public static JsonNode json(String name) {
        try (InputStream in = SmallCase.class.getResourceAsStream("/stats/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource stats/" + name + " missing");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configuration called {@code name} of {@code activations_small.json}. */
    public static JsonNode config(String name) {
        for (JsonNode c : json("activations_small.json").get("configs")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no configuration " + name);
    }

    /** A JSON array of numbers as doubles. */
    public static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    /** A JSON array of integers as longs. */
    public static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }
}
