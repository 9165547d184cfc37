package org.initlab.sweep;

import org.initlab.init.Initializers;
import org.initlab.io.InputException;
import org.initlab.spec.Activation;
import org.initlab.spec.AxisKind;
import org.initlab.spec.Cost;
import org.initlab.spec.DropoutMode;
import org.initlab.spec.EngineKind;
import org.initlab.spec.Output;

import java.util.ArrayList;
import java.util.List;

/**
 * An axis's values from text, as the command line gives them: the same parsers as a single run's
 * ({@link Initializers#parse} for initializers, so every name of the catalogue works; {@code Activation.parse}, …).
 *
 * <p>A list is comma-separated. For initializers, a piece of the form {@code key=value} continues the initializer
 * before it, so {@code he,variance-scaling:scale=2,mode=fan_out} is two initializers; every other piece starts a new
 * one. Layer sizes are themselves a comma list ({@code 2,10,5,1}): one text is one network. Whole numbers may be
 * given as ranges, {@code 2-10} for {@code 2,3,…,10}.
 */
public final class AxisText {
    private AxisText() {
    }

    /**
     * The values in {@code texts} (one text per time the option was given), each text split as above.
     *
     * @throws InputException naming the axis's field when a value is empty or not one of the axis's
     */
    public static List<Object> parse(AxisKind kind, List<String> texts) {
        List<Object> values = new ArrayList<>();
        for (String text : texts) {
            for (String piece : split(kind, text)) {
                values.addAll(values(kind, piece, text));
            }
        }
        return values;
    }

    /**
     * As {@link #parse(AxisKind, List)}, the values as {@code type}, which must be the kind's ({@link AxisKind#type()}):
     * {@code parse(AxisKind.DEPTH, texts, Integer.class)}.
     *
     * @throws InputException as {@link #parse(AxisKind, List)}
     */
    public static <T> List<T> parse(AxisKind kind, List<String> texts, Class<T> type) {
        if (type != kind.type()) {
            throw new IllegalArgumentException(kind + "'s values are " + kind.type().getSimpleName() + ", not "
                    + type.getSimpleName());
        }
        return parse(kind, texts).stream().map(type::cast).toList();
    }

    /** The pieces of one text: the whole of it for layer sizes, else its comma list, initializers kept whole. */
    public static List<String> split(AxisKind kind, String text) {
        if (kind == AxisKind.LAYERS) {
            return List.of(text.trim());
        }
        List<String> pieces = new ArrayList<>();
        for (String p : text.split(",", -1)) {
            String piece = p.trim();
            boolean continues = kind == AxisKind.INIT && !pieces.isEmpty() && piece.contains("=")
                    && !piece.contains(":") && pieces.get(pieces.size() - 1).contains(":");
            if (continues) {
                pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + "," + piece);
            } else {
                pieces.add(piece);
            }
        }
        if (pieces.size() == 1 && pieces.get(0).isEmpty()) {
            return List.of();
        }
        for (String piece : pieces) {
            if (piece.isEmpty()) {
                throw InputException.of(kind.field(), text, "an empty value in the list");
            }
        }
        return pieces;
    }

    private static List<Object> values(AxisKind kind, String piece, String text) {
        if (kind.type() == Integer.class) {
            int dash = piece.indexOf('-', 1);
            if (dash > 0) {
                int from = integer(kind, piece.substring(0, dash), text);
                int to = integer(kind, piece.substring(dash + 1), text);
                if (to < from) {
                    throw InputException.of(kind.field(), piece, "an empty range");
                }
                if ((long) to - from >= org.initlab.spec.SweepSpec.MAX_RUNS) {
                    throw InputException.of(kind.field(), piece, "more values than a sweep may run");
                }
                List<Object> range = new ArrayList<>();
                for (long i = from; i <= to; i++) { // long: a range that ends at Integer.MAX_VALUE ends
                    range.add((int) i);
                }
                return range;
            }
            return List.of(integer(kind, piece, text));
        }
        return List.of(value(kind, piece));
    }

    /** One value of {@code kind} from its text. */
    public static Object value(AxisKind kind, String text) {
        String t = text.trim();
        return switch (kind) {
            case DATASET -> t;
            case LAYERS -> SpecText.layers(new Setting(kind.field(), t));
            case HIDDEN -> Activation.parse(t);
            case OUTPUT -> Output.parse(t);
            case COST -> Cost.parse(t);
            case INIT -> Initializers.parse(t);
            case DROPOUT_MODE -> DropoutMode.parse(t);
            case ENGINE -> EngineKind.parse(t);
            case LEARNING_RATE, LAMBDA, KEEP_PROB -> SpecText.number(new Setting(kind.field(), t));
            case DEPTH, HIDDEN_LAYERS, WIDTH, ITERATIONS, EPOCHS, BATCH_SIZE, TRAIN_SIZE ->
                    SpecText.integer(new Setting(kind.field(), t));
        };
    }

    private static int integer(AxisKind kind, String piece, String text) {
        try {
            return Integer.parseInt(piece.trim());
        } catch (NumberFormatException e) {
            throw InputException.of(kind.field(), text, "'" + piece.trim() + "' is not a whole number");
        }
    }

    /**
     * Seeds from text: a comma list of seeds and ranges ({@code 1-5}, {@code 1,3,7}, {@code 0-2,10}).
     *
     * @throws InputException about {@code seeds} otherwise
     */
    public static List<Long> seeds(List<String> texts) {
        List<Long> seeds = new ArrayList<>();
        for (String text : texts) {
            for (String p : text.split(",", -1)) {
                String piece = p.trim();
                if (piece.isEmpty()) {
                    throw InputException.of("seeds", text, "an empty value in the list");
                }
                int dash = piece.indexOf('-', 1);
                try {
                    if (dash > 0) {
                        long from = Long.parseLong(piece.substring(0, dash).trim());
                        long to = Long.parseLong(piece.substring(dash + 1).trim());
                        if (to < from || to - from >= org.initlab.spec.SweepSpec.MAX_RUNS) {
                            throw InputException.of("seeds", piece, to < from ? "an empty range"
                                    : "more seeds than a sweep may run");
                        }
                        for (long s = from; s <= to; s++) {
                            seeds.add(s);
                        }
                    } else {
                        seeds.add(Long.parseLong(piece));
                    }
                } catch (NumberFormatException e) {
                    throw InputException.of("seeds", text, "'" + piece + "' is not a seed (a whole number, or a "
                            + "range such as 1-5)");
                }
            }
        }
        return seeds;
    }
}
