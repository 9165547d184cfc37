package org.initlab.init;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The catalogue by name, as the reference {@code init_catalog.py} spells it: {@code NAME} or
 * {@code NAME:key=value,…} with exactly the reference's names and keys. Unknown names and keys, keys given twice and
 * values that do not parse or are out of range are {@link InitSpecException}s naming them.
 */
public final class Catalog {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        add("variance-scaling", List.of("scale", "mode", "distribution"), a -> new VarianceScaling(
                a.number("scale", 1.0), a.fanMode("mode", FanMode.FAN_IN, true),
                a.distribution("distribution", Distribution.TRUNCATED_NORMAL)));
        add("glorot-uniform", List.of(), a -> new GlorotUniform());
        add("glorot-normal", List.of(), a -> new GlorotNormal());
        add("he-uniform", List.of(), a -> new HeUniform());
        add("he-normal", List.of(), a -> new HeNormal());
        add("lecun-uniform", List.of(), a -> new LecunUniform());
        add("lecun-normal", List.of(), a -> new LecunNormal());
        add("xavier-normal", List.of("gain"), a -> new XavierNormal(a.number("gain", 1.0)));
        add("xavier-uniform", List.of("gain"), a -> new XavierUniform(a.number("gain", 1.0)));
        add("kaiming-normal", List.of("mode", "nonlinearity", "a"), a -> new KaimingNormal(
                a.fanMode("mode", FanMode.FAN_IN, false), a.nonlinearity("nonlinearity", Nonlinearity.LEAKY_RELU),
                a.number("a", 0.0)));
        add("kaiming-uniform", List.of("mode", "nonlinearity", "a"), a -> new KaimingUniform(
                a.fanMode("mode", FanMode.FAN_IN, false), a.nonlinearity("nonlinearity", Nonlinearity.LEAKY_RELU),
                a.number("a", 0.0)));
        add("orthogonal", List.of("gain"), a -> new Orthogonal(a.number("gain", 1.0)));
        add("delta-orthogonal", List.of("scale"), a -> new DeltaOrthogonal(a.number("scale", 1.0)));
        add("identity", List.of("gain"), a -> new Identity(a.number("gain", 1.0)));
        add("dirac", List.of("groups"), a -> new Dirac(a.integer("groups", 1)));
        add("sparse", List.of("sparsity", "std"), a -> new Sparse(a.number("sparsity", 0.1), a.number("std", 0.01)));
        add("trunc-normal", List.of("mean", "std", "a", "b"), a -> new TruncNormal(a.number("mean", 0.0),
                a.number("std", 1.0), a.number("a", -2.0), a.number("b", 2.0)));
        add("normal", List.of("mean", "std"), a -> new Normal(a.number("mean", 0.0), a.number("std", 1.0)));
        add("uniform", List.of("a", "b"), a -> new Uniform(a.number("a", 0.0), a.number("b", 1.0)));
        add("constant", List.of("value"), a -> new Constant(a.number("value", 0.0)));
        add("ones", List.of(), a -> new Ones());
        add("zeros", List.of(), a -> new Zeros());
        add("lsuv", List.of("tol", "max-iter", "batch"), a -> new Lsuv(a.number("tol", 0.1),
                a.integer("max-iter", 10), a.integer("batch", 0)));
    }

    private Catalog() {
    }

    private record Entry(String name, List<String> keys, Function<Args, CatalogInit> make) {
    }

    private static void add(String name, List<String> keys, Function<Args, CatalogInit> make) {
        ENTRIES.put(name, new Entry(name, keys, make));
    }

    /** Every name of the catalogue, in the reference's order. */
    public static List<String> names() {
        return List.copyOf(ENTRIES.keySet());
    }

    /** The keys {@code name} takes, in the reference's order. @throws IllegalArgumentException for an unknown name */
    public static List<String> keys(String name) {
        Entry e = ENTRIES.get(name);
        if (e == null) {
            throw new IllegalArgumentException("unknown initializer '" + name + "'");
        }
        return e.keys();
    }

    /** Whether {@code name} is a name of the catalogue. */
    public static boolean contains(String name) {
        return ENTRIES.containsKey(name);
    }

    /**
     * The initializer {@code text} names, at the start of the stream seeded with 0.
     *
     * @throws InitSpecException for an unknown name or key, a malformed or repeated pair, or a bad value
     */
    public static CatalogInit parse(String text) {
        String s = text == null ? "" : text.trim();
        int colon = s.indexOf(':');
        String name = (colon < 0 ? s : s.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
        Entry entry = ENTRIES.get(name);
        if (entry == null) {
            throw new InitSpecException(s, "unknown initializer '" + name + "': expected one of "
                    + String.join(", ", names()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (colon >= 0) {
            String rest = s.substring(colon + 1);
            if (rest.isBlank()) {
                throw new InitSpecException(s, "nothing after ':' (write " + name + " alone, or "
                        + name + ":key=value,…)");
            }
            for (String pair : rest.split(",", -1)) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new InitSpecException(s, "'" + pair.trim() + "' is not key=value");
                }
                String key = pair.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                String value = pair.substring(eq + 1).trim();
                if (!entry.keys().contains(key)) {
                    throw new InitSpecException(s, entry.keys().isEmpty() ? name + " takes no keys (got '" + key + "')"
                            : name + " has no key '" + key + "' (its key" + (entry.keys().size() == 1 ? ": " : "s: ")
                            + String.join(", ", entry.keys()) + ")");
                }
                if (values.put(key, value) != null) {
                    throw new InitSpecException(s, "key '" + key + "' given twice");
                }
            }
        }
        try {
            return entry.make().apply(new Args(s, values));
        } catch (InitSpecException e) {
            throw e.text().equals(s) ? e : new InitSpecException(s, e.problem());
        }
    }

    /** The values given for one initializer, read with their defaults. */
    private record Args(String text, Map<String, String> values) {
        double number(String key, double fallback) {
            String v = values.get(key);
            if (v == null) {
                return fallback;
            }
            if (!NUMBER.matcher(v).matches()) {
                throw new InitSpecException(text, key + " '" + v + "' is not a number");
            }
            return Double.parseDouble(v);
        }

        int integer(String key, int fallback) {
            String v = values.get(key);
            if (v == null) {
                return fallback;
            }
            if (!INTEGER.matcher(v).matches()) {
                throw new InitSpecException(text, key + " '" + v + "' is not a whole number");
            }
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new InitSpecException(text, key + " '" + v + "' is too large");
            }
        }

        FanMode fanMode(String key, FanMode fallback, boolean average) {
            String v = values.get(key);
            if (v == null) {
                return fallback;
            }
            FanMode m = FanMode.byId(v.toLowerCase(Locale.ROOT));
            if (m == null || (m == FanMode.FAN_AVG && !average)) {
                throw new InitSpecException(text, key + " '" + v + "': expected fan_in, fan_out"
                        + (average ? " or fan_avg" : " (or fan_avg with variance-scaling)"));
            }
            return m;
        }

        Distribution distribution(String key, Distribution fallback) {
            String v = values.get(key);
            if (v == null) {
                return fallback;
            }
            Distribution d = Distribution.byId(v.toLowerCase(Locale.ROOT));
            if (d == null) {
                throw new InitSpecException(text, key + " '" + v + "': expected normal, truncated-normal or uniform");
            }
            return d;
        }

        Nonlinearity nonlinearity(String key, Nonlinearity fallback) {
            String v = values.get(key);
            if (v == null) {
                return fallback;
            }
            Nonlinearity n = Nonlinearity.byId(v.toLowerCase(Locale.ROOT));
            if (n == null) {
                throw new InitSpecException(text, key + " '" + v + "': expected one of " + Nonlinearity.ids());
            }
            return n;
        }
    }
}
