package org.initlab.bench;

import org.initlab.train.CostPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the numpy peer printed: the course's lines ({@link CourseNumbers}) and, last, {@code seconds: T}, its
 * training time alone.
 *
 * @param numbers         the course's lines
 * @param trainingSeconds the {@code seconds:} line's value, when the peer printed one
 */
public record PeerOutput(CourseNumbers numbers, OptionalDouble trainingSeconds) {
    private static final Pattern COST = Pattern.compile("Cost after iteration (\\d+): (\\S+)");
    private static final Pattern ACCURACY = Pattern.compile("Accuracy: (\\S+)");
    private static final Pattern EPOCH = Pattern.compile("Epoch \\d+: (\\d+) / \\d+");
    private static final Pattern SECONDS = Pattern.compile("seconds: (\\S+)");

    /** Reads the peer's standard output; lines it does not know are skipped. */
    public static PeerOutput parse(String text) {
        List<CostPoint> costs = new ArrayList<>();
        List<Double> accuracies = new ArrayList<>();
        List<Integer> epochs = new ArrayList<>();
        OptionalDouble seconds = OptionalDouble.empty();
        for (String line : text.split("\\R")) {
            String s = line.strip();
            Matcher m;
            if ((m = COST.matcher(s)).matches()) {
                costs.add(new CostPoint(Long.parseLong(m.group(1)), number(m.group(2))));
            } else if ((m = ACCURACY.matcher(s)).matches()) {
                accuracies.add(number(m.group(1)));
            } else if ((m = EPOCH.matcher(s)).matches()) {
                epochs.add(Integer.parseInt(m.group(1)));
            } else if ((m = SECONDS.matcher(s)).matches()) {
                seconds = OptionalDouble.of(number(m.group(1)));
            }
        }
        return new PeerOutput(new CourseNumbers(costs, accuracies, epochs), seconds);
    }

    /** A number as Python prints it, {@code inf}, {@code -inf} and {@code nan} included. */
    static double number(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }
}
