package org.initlab.init;

import org.initlab.io.InputException;
import org.initlab.spec.InitScheme;
import org.initlab.spec.InitSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every initializer InitLab knows, by the one name syntax of the command line, the DSL and the Java API: the course's
 * schemes ({@code zeros}, {@code random}, {@code he}, {@code xavier}, {@code normal:SIGMA}, {@code nielsen},
 * {@code large}; see {@link InitScheme}) and the catalogue ({@link Catalog}: {@code NAME} or
 * {@code NAME:key=value,…} as the reference spells them). Two names are shared: {@code zeros} is the course's (the
 * catalogue's draws the same zeros), and {@code normal} followed by a bare number is the course's
 * {@code normal:SIGMA} while {@code normal} alone or with keys is the catalogue's {@code normal:mean=M,std=S}.
 */
public final class Initializers {
    private static final List<String> COURSE = List.of("zeros", "random", "he", "xavier", "nielsen", "large");

    private Initializers() {
    }

    /** Every name, the course's first ({@code normal:SIGMA} written so). */
    public static List<String> names() {
        List<String> all = new ArrayList<>(COURSE);
        all.add("normal:SIGMA");
        for (String n : Catalog.names()) {
            if (!COURSE.contains(n)) {
                all.add(n);
            }
        }
        return all;
    }

    /**
     * The initializer {@code text} names.
     *
     * @throws InitSpecException naming what is wrong: an unknown name or key, or a bad value
     */
    public static InitSpec parse(String text) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) {
            throw new InitSpecException(s, "no initializer given: expected one of " + String.join(", ", names()));
        }
        int colon = s.indexOf(':');
        String name = (colon < 0 ? s : s.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? null : s.substring(colon + 1).trim();
        if (name.equals("normal") && rest != null && !rest.isEmpty() && !rest.contains("=")) {
            return courseNormal(s, rest);
        }
        if (COURSE.contains(name)) {
            if (rest != null) {
                throw new InitSpecException(s, name + " takes no keys");
            }
            return InitSpec.of(InitScheme.valueOf(name.toUpperCase(Locale.ROOT)));
        }
        if (!Catalog.contains(name)) {
            throw new InitSpecException(s, "unknown initializer '" + name + "': expected one of "
                    + String.join(", ", names()));
        }
        return Catalog.parse(s);
    }

    private static InitSpec courseNormal(String s, String sigma) {
        double value;
        try {
            value = Double.parseDouble(sigma);
        } catch (NumberFormatException e) {
            throw new InitSpecException(s, "SIGMA '" + sigma + "' is not a number (normal:SIGMA, or "
                    + "normal:mean=M,std=S)");
        }
        try {
            return new InitSpec.Course(InitScheme.NORMAL, value);
        } catch (InputException e) {
            throw new InitSpecException(s, "SIGMA must be a positive number");
        }
    }
}
