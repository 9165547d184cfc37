package org.initlab.spec;

import org.initlab.io.InputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parsing of enum names as users type them ({@code cross-entropy}, {@code relu}). */
final class Names {
    private Names() {
    }

    /**
     * The constant of {@code type} that {@code s} names.
     *
     * @param what  what the user named, in words ({@code "activation"})
     * @param field the specification's field the name is for ({@code "hidden"}), which the error names
     * @throws InputException about {@code field} when {@code s} names none of them
     */
    static <E extends Enum<E>> E parse(Class<E> type, String s, String what, String field) {
        String key = s == null ? "" : s.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        throw InputException.of(field, s, "unknown " + what + " '" + s + "': expected one of " + choices(type));
    }

    static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
    }
}
