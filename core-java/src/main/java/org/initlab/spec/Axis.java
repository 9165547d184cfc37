package org.initlab.spec;

import org.initlab.io.InputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One axis of a sweep: what it varies and its values, in order. Immutable; each value is checked to be one of its
 * kind's ({@link AxisKind#check}), an axis has at least one value, and no value twice.
 *
 * @param kind   what it varies
 * @param values its values, typed as {@link AxisKind#type()} says
 */
public record Axis(AxisKind kind, List<Object> values) {
    public Axis {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(values, kind.field());
        if (values.isEmpty()) {
            throw InputException.of(kind.field(), null, "an axis needs at least one value");
        }
        List<Object> checked = new ArrayList<>(values.size());
        Set<String> texts = new HashSet<>();
        for (Object v : values) {
            Object c = kind.check(v);
            if (!texts.add(kind.text(c))) {
                throw InputException.of(kind.field(), kind.text(c), "given twice in the axis");
            }
            checked.add(c);
        }
        values = List.copyOf(checked);
    }

    /** An axis of {@code kind} over {@code values}. */
    public static Axis of(AxisKind kind, Object... values) {
        return new Axis(kind, Arrays.asList(values));
    }

    /** An axis of {@code kind} over {@code values}. */
    public static Axis of(AxisKind kind, List<?> values) {
        return new Axis(kind, new ArrayList<>(values));
    }

    public static Axis init(InitSpec... values) {
        return of(AxisKind.INIT, (Object[]) values);
    }

    public static Axis activation(Activation... values) {
        return of(AxisKind.HIDDEN, (Object[]) values);
    }

    public static Axis depth(int... values) {
        return of(AxisKind.DEPTH, Arrays.stream(values).boxed().toList());
    }

    public static Axis hiddenLayers(int... values) {
        return of(AxisKind.HIDDEN_LAYERS, Arrays.stream(values).boxed().toList());
    }

    public static Axis width(int... values) {
        return of(AxisKind.WIDTH, Arrays.stream(values).boxed().toList());
    }

    public static Axis learningRate(double... values) {
        return of(AxisKind.LEARNING_RATE, Arrays.stream(values).boxed().toList());
    }

    public static Axis lambda(double... values) {
        return of(AxisKind.LAMBDA, Arrays.stream(values).boxed().toList());
    }

    public static Axis iterations(int... values) {
        return of(AxisKind.ITERATIONS, Arrays.stream(values).boxed().toList());
    }

    /** The number of values. */
    public int size() {
        return values.size();
    }

    /** The canonical text of value {@code i}. */
    public String text(int i) {
        return kind.text(values.get(i));
    }

    /** The canonical texts of the values, in order. */
    public List<String> texts() {
        List<String> t = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            t.add(text(i));
        }
        return t;
    }
}
