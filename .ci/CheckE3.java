import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CI: checks E3 (the He experiment) against the course's numbers, with nothing but a JDK.
 *
 * <pre>
 *   java .ci/CheckE3.java printed FILE   the printed lines: 15 costs, then the train and test accuracies (lines
 *                                        after those, such as where the files went, may follow)
 *   java .ci/CheckE3.java folder DIR     DIR/result.json and DIR/costs.csv
 * </pre>
 * Costs must agree with the course's to 1e-12 relative (SPEC), the accuracies exactly. Exits 1 naming the first
 * thing that is wrong.
 */
public class CheckE3 {
    /** SPEC E3: the course's costs at iterations 0, 1000, …, 14000 (numpy). */
    static final double[] COSTS = {
            0.8830537463419761, 0.6879825919728063, 0.6751286264523371, 0.6526117768893807,
            0.6082958970572938, 0.5304944491717495, 0.4138645817071794, 0.3117803464844441,
            0.23696215330322562, 0.18597287209206836, 0.1501555628037182, 0.12325079292273548,
            0.09917746546525937, 0.0845705595402428, 0.07357895962677366};
    static final int EVERY = 1000;
    static final double TRAIN_ACCURACY = 298.0 / 300;
    static final double TEST_ACCURACY = 0.96;
    static final double TOLERANCE = 1e-12;

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !(args[0].equals("printed") || args[0].equals("folder"))) {
            fail("usage: java .ci/CheckE3.java printed FILE | folder DIR");
        }
        Path path = Path.of(args[1]);
        if (args[0].equals("printed")) {
            printed(path);
        } else {
            folder(path);
        }
        System.out.println("CheckE3: " + args[0] + " " + path + ": E3's 15 costs within " + TOLERANCE
                + " and its accuracies: OK");
    }

    /** The course's lines: "Cost after iteration N: C" ×15, "On the train set:", "Accuracy: A", the same for test. */
    static void printed(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : read(file).split("\n", -1)) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        int n = COSTS.length;
        if (lines.size() < n + 4) {
            fail(file + ": " + lines.size() + " lines, expected the course's " + (n + 4));
        }
        for (int i = n + 4; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Cost after") || lines.get(i).startsWith("Accuracy") || lines.get(i).startsWith("On the")) {
                fail(file + ": line " + (i + 1) + " '" + lines.get(i) + "' after the course's " + (n + 4) + " lines");
            }
        }
        for (int i = 0; i < n; i++) {
            String prefix = "Cost after iteration " + i * EVERY + ": ";
            String line = lines.get(i);
            if (!line.startsWith(prefix)) {
                fail(file + ": line " + (i + 1) + " is '" + line + "', expected '" + prefix + "…'");
            }
            checkCost(file + ": line " + (i + 1), i, number(line.substring(prefix.length()), file + ": line " + (i + 1)));
        }
        expectLine(file, lines, n, "On the train set:");
        expectAccuracy(file + ": line " + (n + 2), lines.get(n + 1), TRAIN_ACCURACY);
        expectLine(file, lines, n + 2, "On the test set:");
        expectAccuracy(file + ": line " + (n + 4), lines.get(n + 3), TEST_ACCURACY);
    }

    static void folder(Path dir) throws IOException {
        Path resultFile = dir.resolve("result.json");
        Object parsed = new Json(read(resultFile), resultFile.toString()).document();
        Map<?, ?> result = as(Map.class, parsed, resultFile + ": the document");
        List<?> costs = as(List.class, result.get("costs"), resultFile + ": costs");
        if (costs.size() != COSTS.length) {
            fail(resultFile + ": costs has " + costs.size() + " points, expected " + COSTS.length);
        }
        for (int i = 0; i < costs.size(); i++) {
            String what = resultFile + ": costs[" + i + "]";
            List<?> point = as(List.class, costs.get(i), what);
            if (point.size() != 2) {
                fail(what + ": expected [iteration, cost]");
            }
            double iteration = as(Double.class, point.get(0), what + " iteration");
            if (iteration != (double) i * EVERY) {
                fail(what + ": iteration " + point.get(0) + ", expected " + i * EVERY);
            }
            checkCost(what, i, as(Double.class, point.get(1), what + " cost"));
        }
        equal(resultFile + ": train_accuracy", TRAIN_ACCURACY, as(Double.class, result.get("train_accuracy"), resultFile + ": train_accuracy"));
        equal(resultFile + ": test_accuracy", TEST_ACCURACY, as(Double.class, result.get("test_accuracy"), resultFile + ": test_accuracy"));
        Map<?, ?> config = as(Map.class, result.get("config"), resultFile + ": config");
        expectValue(resultFile + ": config.init", "he", config.get("init"));
        expectValue(resultFile + ": config.dataset", "circles", config.get("dataset"));
        expectValue(resultFile + ": config.seed", 3.0, config.get("seed"));
        expectValue(resultFile + ": config.layers", List.of(2.0, 10.0, 5.0, 1.0), config.get("layers"));

        Path csv = dir.resolve("costs.csv");
        String[] rows = read(csv).split("\n", -1);
        int n = COSTS.length;
        if (rows.length != n + 2 || !rows[n + 1].isEmpty()) {
            fail(csv + ": expected " + (n + 1) + " lines, each ending in a newline; found " + (rows.length - 1));
        }
        if (!rows[0].equals("iteration,cost")) {
            fail(csv + ": header '" + rows[0] + "', expected 'iteration,cost'");
        }
        for (int i = 0; i < n; i++) {
            String what = csv + ": line " + (i + 2);
            String[] cells = rows[i + 1].split(",", -1);
            if (cells.length != 2 || !cells[0].equals(String.valueOf(i * EVERY))) {
                fail(what + " is '" + rows[i + 1] + "', expected '" + i * EVERY + ",COST'");
            }
            checkCost(what, i, number(cells[1], what));
        }
    }

    static void checkCost(String what, int i, double cost) {
        double expected = COSTS[i];
        double relative = Math.abs(cost - expected) / expected;
        if (!(relative <= TOLERANCE)) {
            fail(what + ": cost " + cost + " at iteration " + i * EVERY + ", the course's " + expected
                    + " (relative difference " + relative + ")");
        }
    }

    static void expectLine(Path file, List<String> lines, int index, String expected) {
        if (!lines.get(index).equals(expected)) {
            fail(file + ": line " + (index + 1) + " is '" + lines.get(index) + "', expected '" + expected + "'");
        }
    }

    static void expectAccuracy(String what, String line, double expected) {
        String prefix = "Accuracy: ";
        if (!line.startsWith(prefix)) {
            fail(what + " is '" + line + "', expected '" + prefix + expected + "'");
        }
        equal(what, expected, number(line.substring(prefix.length()), what));
    }

    static void equal(String what, double expected, double actual) {
        if (Double.compare(expected, actual) != 0) {
            fail(what + ": " + actual + ", expected " + expected);
        }
    }

    static void expectValue(String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            fail(what + ": " + actual + ", expected " + expected);
        }
    }

    static double number(String text, String what) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            fail(what + ": '" + text + "' is not a number");
            throw new AssertionError();
        }
    }

    static <T> T as(Class<T> type, Object value, String what) {
        if (!type.isInstance(value)) {
            fail(what + ": " + (value == null ? "missing" : "'" + value + "'") + ", expected a "
                    + type.getSimpleName().toLowerCase());
        }
        return type.cast(value);
    }

    static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            fail(file + ": missing");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static void fail(String message) {
        System.err.println("CheckE3: " + message);
        System.exit(1);
    }

    /**
     * A strict JSON reader (RFC 8259, plus the bare NaN and ±Infinity some writers emit) into Map, List, String,
     * Double, Boolean and null.
     */
    static final class Json {
        private final String s;
        private final String name;
        private int at;

        Json(String s, String name) {
            this.s = s;
            this.name = name;
        }

        Object document() {
            Object v = value();
            space();
            if (at != s.length()) {
                error("text after the JSON value");
            }
            return v;
        }

        private Object value() {
            space();
            if (at >= s.length()) {
                error("unexpected end");
            }
            char c = s.charAt(at);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                default:
                    if (literal("true")) {
                        return Boolean.TRUE;
                    }
                    if (literal("false")) {
                        return Boolean.FALSE;
                    }
                    if (literal("null")) {
                        return null;
                    }
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            at++;
            space();
            if (peek('}')) {
                at++;
                return m;
            }
            while (true) {
                space();
                if (!peek('"')) {
                    error("expected a field name");
                }
                String key = string();
                space();
                expect(':');
                if (m.containsKey(key)) {
                    error("field '" + key + "' twice");
                }
                m.put(key, value());
                space();
                if (peek(',')) {
                    at++;
                } else {
                    expect('}');
                    return m;
                }
            }
        }

        private List<Object> array() {
            List<Object> a = new ArrayList<>();
            at++;
            space();
            if (peek(']')) {
                at++;
                return a;
            }
            while (true) {
                a.add(value());
                space();
                if (peek(',')) {
                    at++;
                } else {
                    expect(']');
                    return a;
                }
            }
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            at++;
            while (true) {
                if (at >= s.length()) {
                    error("unterminated string");
                }
                char c = s.charAt(at++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    if (at >= s.length()) {
                        error("unterminated string");
                    }
                    char e = s.charAt(at++);
                    switch (e) {
                        case '"', '\\', '/' -> b.append(e);
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'n' -> b.append('\n');
                        case 'r' -> b.append('\r');
                        case 't' -> b.append('\t');
                        case 'u' -> {
                            if (at + 4 > s.length()) {
                                error("bad \\u escape");
                            }
                            b.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> error("bad escape \\" + e);
                    }
                } else if (c < 0x20) {
                    error("control character in a string");
                } else {
                    b.append(c);
                }
            }
        }

        private Double number() {
            for (String special : new String[]{"NaN", "Infinity", "-Infinity"}) {
                if (literal(special)) {
                    return Double.parseDouble(special);
                }
            }
            int start = at;
            if (peek('-')) {
                at++;
            }
            digits();
            if (peek('.')) {
                at++;
                digits();
            }
            if (peek('e') || peek('E')) {
                at++;
                if (peek('+') || peek('-')) {
                    at++;
                }
                digits();
            }
            return Double.parseDouble(s.substring(start, at));
        }

        private void digits() {
            int start = at;
            while (at < s.length() && Character.isDigit(s.charAt(at))) {
                at++;
            }
            if (at == start) {
                error("expected a digit");
            }
        }

        private boolean literal(String word) {
            if (s.startsWith(word, at)) {
                at += word.length();
                return true;
            }
            return false;
        }

        private boolean peek(char c) {
            return at < s.length() && s.charAt(at) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                error("expected '" + c + "'");
            }
            at++;
        }

        private void space() {
            while (at < s.length() && " \t\r\n".indexOf(s.charAt(at)) >= 0) {
                at++;
            }
        }

        private void error(String what) {
            fail(name + ": not valid JSON at character " + at + ": " + what);
        }
    }
}
