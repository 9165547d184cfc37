package org.initlab.data;

import java.util.List;

/**
 * A named data set with its train and test splits, as plain matrices.
 *
 * @param name       the data set's name ({@code circles}, {@code football}, {@code cat}, {@code mnist}, …)
 * @param train      training examples
 * @param test       test (or validation) examples
 * @param classNames names of the label values, index = label
 * @param source     where the data came from (file paths or the generator and its seed), for provenance
 */
public record Dataset(String name, Split train, Split test, List<String> classNames, String source) {
    public Dataset {
        if (train.x().cols() != test.x().cols() || train.y().cols() != test.y().cols()) {
            throw new IllegalArgumentException(name + ": train and test splits differ in shape");
        }
        classNames = List.copyOf(classNames);
    }

    public int features() {
        return train.x().cols();
    }

    public int outputs() {
        return train.y().cols();
    }

    /** The same data set with only the first {@code n} training examples. */
    public Dataset withTrainSize(int n) {
        return new Dataset(name, train.head(n), test, classNames, source + " (first " + n + " training examples)");
    }
}
