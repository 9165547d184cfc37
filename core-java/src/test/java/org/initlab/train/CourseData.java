package org.initlab.train;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.data.Dataset;
import org.initlab.data.Datasets;
import org.initlab.data.Matrix;
import org.initlab.data.Split;
import org.initlab.testing.RealData;
import org.initlab.testing.Reference;

import java.util.List;

/** The course's data sets for engine tests: circles exactly as numpy made it, football from its data file. */
final class CourseData {
    private CourseData() {
    }

    /** The circles train (300) and test (100) sets from {@code reference/circles.json}. */
    static Dataset circles() {
        JsonNode c = Reference.json("circles.json");
        return new Dataset("circles", split(c.get("train_X_2x300"), c.get("train_y")),
                split(c.get("test_X_2x100"), c.get("test_y")), List.of("outer", "inner"), "reference/circles.json");
    }

    private static Split split(JsonNode courseX, JsonNode y) {
        int m = y.size();
        double[] x = new double[2 * m];
        for (int f = 0; f < 2; f++) {
            for (int i = 0; i < m; i++) {
                x[i * 2 + f] = courseX.get(f).get(i).asDouble();
            }
        }
        return new Split(new Matrix(m, 2, x), new Matrix(m, 1, Reference.doubles(y)));
    }

    /** Football 2D from the repository's {@code datasets/data.mat}; a missing file fails the test. */
    static Dataset football() {
        return Datasets.load("football", RealData.DIR);
    }

    /** The same data set with its 0/1 labels as two one-hot columns, for softmax outputs. */
    static Dataset oneHot(Dataset d) {
        return new Dataset(d.name(), oneHot(d.train()), oneHot(d.test()), d.classNames(), d.source() + " (one-hot)");
    }

    private static Split oneHot(Split s) {
        double[] y = new double[s.size() * 2];
        for (int i = 0; i < s.size(); i++) {
            y[2 * i + (int) s.y().get(i, 0)] = 1;
        }
        return new Split(s.x(), new Matrix(s.size(), 2, y));
    }
}
