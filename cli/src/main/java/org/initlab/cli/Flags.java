package org.initlab.cli;

import java.util.Map;

/**
 * The command line's words for the core's fields: an error about the field {@code learningRate} is shown as one about
 * {@code --lr}. A field without a flag of its own is its name in kebab case ({@code batchSize} is
 * {@code --batch-size}).
 */
final class Flags {
    private static final Map<String, String> FLAGS = Map.of(
            "learningRate", "--lr",
            "hidden", "--activation",
            "validationFraction", "--validation");

    private Flags() {
    }

    /** The option of {@code field}. */
    static String of(String field) {
        String flag = FLAGS.get(field);
        if (flag != null) {
            return flag;
        }
        StringBuilder s = new StringBuilder("--");
        for (char c : field.toCharArray()) {
            if (Character.isUpperCase(c)) {
                s.append('-').append(Character.toLowerCase(c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
