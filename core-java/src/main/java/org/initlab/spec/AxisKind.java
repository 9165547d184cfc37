package org.initlab.spec;

import org.initlab.io.InputException;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a sweep can vary: every field of an {@link ExperimentSpec} but the seed (a sweep's seeds are its own axis, see
 * {@link SweepSpec#seeds()}), the print and record intervals and cross-validation, plus the network's shape told
 * in three easier ways: {@link #DEPTH} (weight layers), {@link #HIDDEN_LAYERS} and {@link #WIDTH}.
 *
 * <p>Each kind has its specification field ({@link #field()}, the name errors use), the column it has in a sweep's
 * tables ({@link #column()}), the type of its values and their canonical text ({@link #text}), from which
 * configurations are hashed.
 */
public enum AxisKind {
    DATASET("dataset", "dataset", String.class),
    LAYERS("layers", "layers", List.class),
    /** The number of weight layers L ({@link ExperimentSpec#depth()}): L − 1 hidden layers of {@link #WIDTH}. */
    DEPTH("depth", "depth", Integer.class),
    /** The number of hidden layers, each of {@link #WIDTH} units. */
    HIDDEN_LAYERS("hiddenLayers", "hidden_layers", Integer.class),
    /** The units of every hidden layer. */
    WIDTH("width", "width", Integer.class),
    HIDDEN("hidden", "activation", Activation.class),
    OUTPUT("output", "output", Output.class),
    COST("cost", "cost", Cost.class),
    INIT("init", "init", InitSpec.class),
    LEARNING_RATE("learningRate", "learning_rate", Double.class),
    ITERATIONS("iterations", "iterations", Integer.class),
    EPOCHS("epochs", "epochs", Integer.class),
    BATCH_SIZE("batchSize", "batch_size", Integer.class),
    LAMBDA("lambda", "lambda", Double.class),
    KEEP_PROB("keepProb", "keep_prob", Double.class),
    DROPOUT_MODE("dropoutMode", "dropout_mode", DropoutMode.class),
    TRAIN_SIZE("trainSize", "train_size", Integer.class),
    ENGINE("engine", "engine", EngineKind.class);

    private final String field;
    private final String column;
    private final Class<?> type;

    AxisKind(String field, String column, Class<?> type) {
        this.field = field;
        this.column = column;
        this.type = type;
    }

    /** The specification field it sets, as errors name it ({@code learningRate}). */
    public String field() {
        return field;
    }

    /** Its column in a sweep's tables ({@code learning_rate}). */
    public String column() {
        return column;
    }

    /** The type of its values: {@code Integer}, {@code Double}, {@code String}, {@code List<Integer>} or an enum. */
    public Class<?> type() {
        return type;
    }

    /** Whether it sets the network's shape from the data's sizes ({@link #DEPTH}, {@link #HIDDEN_LAYERS}, {@link #WIDTH}). */
    public boolean shapes() {
        return this == DEPTH || this == HIDDEN_LAYERS || this == WIDTH;
    }

    /** The kind whose field or column is {@code name}. @throws InputException naming {@code axis} otherwise */
    public static AxisKind of(String name) {
        for (AxisKind k : values()) {
            if (k.field.equals(name) || k.column.equals(name)) {
                return k;
            }
        }
        throw InputException.of("axis", name, "not something a sweep can vary; expected one of " + names());
    }

    /** The fields a sweep can vary, comma-separated. */
    public static String names() {
        return java.util.Arrays.stream(values()).map(AxisKind::field).collect(Collectors.joining(", "));
    }

    /**
     * {@code value} checked to be one of this kind's: the right type, and for counts a positive number.
     *
     * @throws InputException naming the field otherwise
     */
    public Object check(Object value) {
        if (value == null) {
            throw InputException.of(field, null, "a value of the axis is missing (null)");
        }
        Object v = value;
        if (type == Integer.class && value instanceof Long l && l == l.intValue()) {
            v = l.intValue();
        }
        if (type == Double.class && value instanceof Number n && !(value instanceof Double)) {
            v = n.doubleValue();
        }
        if (!type.isInstance(v)) {
            throw InputException.of(field, value, "not a value of this axis (expected " + typeName() + ", got "
                    + value.getClass().getSimpleName() + ")");
        }
        if (v instanceof List<?> list) {
            if (list.isEmpty() || !list.stream().allMatch(x -> x instanceof Integer)) {
                throw InputException.of(field, value, "expected layer sizes, whole numbers (e.g. [2, 10, 5, 1])");
            }
            v = List.copyOf(list);
        }
        if (shapes() && (Integer) v < (this == HIDDEN_LAYERS ? 0 : 1)) {
            throw InputException.of(field, v, this == HIDDEN_LAYERS ? "must be 0 or more" : "must be positive");
        }
        if (v instanceof InitSpec.Custom c) {
            throw InputException.of(field, c.name(), "a user's own DL4J initializer cannot be swept: a sweep's runs "
                    + "are rebuilt from text on any machine; use an initializer of the catalogue");
        }
        return v;
    }

    /** The canonical text of a value: numbers as Python prints them, layers as {@code 2,10,5,1}, enums by id. */
    public String text(Object value) {
        Object v = check(value);
        if (v instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        if (v instanceof InitSpec i) {
            return i.describe();
        }
        return Identified.text(v);
    }

    /** Whether it sets the training schedule ({@link #ITERATIONS}, {@link #EPOCHS}, {@link #BATCH_SIZE}). */
    public boolean schedules() {
        return this == ITERATIONS || this == EPOCHS || this == BATCH_SIZE;
    }

    /**
     * Sets this kind's field to {@code value} in {@code b}; not for the kinds that shape the network or set its
     * schedule, which {@link SweepSpec#spec} resolves together.
     */
    @SuppressWarnings("unchecked")
    void apply(ExperimentSpec.Builder b, Object value) {
        Object v = check(value);
        switch (this) {
            case DATASET -> b.dataset((String) v);
            case LAYERS -> b.layers((List<Integer>) v);
            case HIDDEN -> b.hidden((Activation) v);
            case OUTPUT -> b.output((Output) v);
            case COST -> b.cost((Cost) v);
            case INIT -> b.init((InitSpec) v);
            case LEARNING_RATE -> b.learningRate((Double) v);
            case LAMBDA -> b.lambda((Double) v);
            case KEEP_PROB -> b.keepProb((Double) v);
            case DROPOUT_MODE -> b.dropoutMode((DropoutMode) v);
            case TRAIN_SIZE -> b.trainSize((Integer) v);
            case ENGINE -> b.engine((EngineKind) v);
            case DEPTH, HIDDEN_LAYERS, WIDTH, ITERATIONS, EPOCHS, BATCH_SIZE ->
                    throw new IllegalStateException(this + " is resolved with the others of its kind");
        }
    }

    private String typeName() {
        if (type == List.class) {
            return "layer sizes";
        }
        if (type == InitSpec.class) {
            return "an initializer";
        }
        return type.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
