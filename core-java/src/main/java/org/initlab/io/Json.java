package org.initlab.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.initlab.numpy.PyFloat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * JSON as InitLab writes it: maps, lists and numbers, pretty-printed; doubles in Python's shortest round-trip form
 * ({@link PyFloat}), and the non-finite ones as the strings {@code "inf"}, {@code "-inf"} and {@code "nan"}.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule("initlab-doubles")
                    .addSerializer(Double.class, new DoubleSerializer())
                    .addSerializer(double.class, new DoubleSerializer()));

    private Json() {
    }

    /** The JSON text of {@code value} (maps, lists, strings, numbers, booleans, null). */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code value} as JSON to {@code file}, atomically. */
    public static Path write(Path file, Object value) {
        return AtomicFiles.writeString(file, write(value));
    }

    /** Reads a JSON file; a missing or malformed file is an {@link InputException} naming it. */
    public static JsonNode read(Path file) {
        try {
            return parse(Files.readAllBytes(file), file);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + AtomicFiles.reason(e) + ")");
        }
    }

    /** Parses the content of {@code file}; malformed JSON is an {@link InputException} naming it. */
    static JsonNode parse(byte[] content, Path file) {
        try {
            JsonNode node = MAPPER.readTree(content);
            if (node == null || node.isMissingNode()) {
                throw new InputException(file + ": not valid JSON (empty)");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(file + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + AtomicFiles.reason(e) + ")");
        }
    }

    /** A double as JSON wants it: the number itself, or {@code "inf"}, {@code "-inf"}, {@code "nan"}. */
    public static Object number(double x) {
        return Double.isFinite(x) ? (Object) x : PyFloat.repr(x);
    }

    private static final class DoubleSerializer extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            if (Double.isFinite(value)) {
                gen.writeNumber(PyFloat.repr(value));
            } else {
                gen.writeString(PyFloat.repr(value));
            }
        }
    }
}
