package org.initlab.train.fast;

import com.fasterxml.jackson.databind.JsonNode;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Split;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.spec.Activation;
import org.initlab.spec.Cost;
import org.initlab.spec.DropoutMode;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.initlab.spec.Output;

import java.util.ArrayList;
import java.util.List;

/**
 * One run of {@code fast/numpy_cases.json}, written by {@code fast/generate_references.py}: its specification, data,
 * initial network, and what numpy computed (costs, final parameters, output sums after each epoch).
 */
record NumpyCase(String name, ExperimentSpec spec, Split data, JsonNode json) {
    /** Every case of the resource. */
    static List<NumpyCase> all() {
        List<NumpyCase> cases = new ArrayList<>();
        for (JsonNode c : TestNets.resource("numpy_cases.json").get("cases")) {
            cases.add(of(c));
        }
        return cases;
    }

    static NumpyCase named(String name) {
        return all().stream().filter(c -> c.name.equals(name)).findFirst().orElseThrow();
    }

    private static NumpyCase of(JsonNode c) {
        ExperimentSpec.Builder b = ExperimentSpec.builder()
                .name(c.get("name").asText())
                .layers(sizes(c))
                .hidden(Activation.parse(c.get("hidden").asText()))
                .output(Output.parse(c.get("output").asText()))
                .cost(Cost.parse(c.get("cost").asText()))
                .init(InitScheme.parse(c.get("init").asText()))
                .seed(c.get("seed").asLong())
                .learningRate(c.get("lr").asDouble())
                .printEvery(c.get("print_every").asInt())
                .lambda(c.get("lambda").asDouble())
                .keepProb(c.get("keep_prob").asDouble())
                .dropoutMode(DropoutMode.parse(c.get("dropout_mode").asText()));
        if (c.has("epochs")) {
            b.epochs(c.get("epochs").asInt(), c.get("batch").asInt());
        } else {
            b.iterations(c.get("iterations").asInt());
        }
        return new NumpyCase(c.get("name").asText(), b.build(), data(c.get("data").asText()), c);
    }

    private static int[] sizes(JsonNode c) {
        int[] n = new int[c.get("layers").size()];
        for (int i = 0; i < n.length; i++) {
            n[i] = c.get("layers").get(i).asInt();
        }
        return n;
    }

    int[] sizes() {
        return sizes(json);
    }

    /** {@code circles}, {@code circles_onehot}, or the generated {@code synthetic_12288x40} or {@code sparse_30x60}. */
    private static Split data(String name) {
        Split circles = TestNets.circles(true);
        return switch (name) {
            case "circles" -> circles;
            case "circles_onehot" -> {
                int m = circles.size();
                double[] y = new double[2 * m];
                for (int i = 0; i < m; i++) {
                    y[2 * i] = 1 - circles.y().get(i, 0);
                    y[2 * i + 1] = circles.y().get(i, 0);
                }
                yield new Split(circles.x(), new org.initlab.data.Matrix(m, 2, y));
            }
            case "synthetic_12288x40" -> synthetic(12288, 40);
            case "sparse_30x60" -> sparse(30, 60);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** {@code X[k, i] = ((7k + 13i) mod 256) / 255}, {@code y_i = (5i mod 7) < 3}, as the generator writes them. */
    static Split synthetic(int n0, int m) {
        double[] x = new double[n0 * m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < n0; k++) {
                x[i * n0 + k] = ((k * 7 + i * 13) % 256) / 255.0;
            }
            y[i] = (i * 5) % 7 < 3 ? 1.0 : 0.0;
        }
        return new Split(new org.initlab.data.Matrix(m, n0, x), new org.initlab.data.Matrix(m, 1, y));
    }

    /**
     * Mostly blank inputs: {@code X[k, i] = ((k + i) mod 11) / 10} where {@code (3k + 5i) mod 7 = 0}, else 0; labels
     * one-hot of {@code i mod 3 = 0}.
     */
    static Split sparse(int n0, int m) {
        double[] x = new double[n0 * m];
        double[] y = new double[2 * m];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < n0; k++) {
                x[i * n0 + k] = (3 * k + 5 * i) % 7 == 0 ? ((k + i) % 11) / 10.0 : 0.0;
            }
            y[2 * i + 1] = i % 3 == 0 ? 1.0 : 0.0;
            y[2 * i] = 1.0 - y[2 * i + 1];
        }
        return new Split(new org.initlab.data.Matrix(m, n0, x), new org.initlab.data.Matrix(m, 2, y));
    }

    /** A DL4J network holding the case's initial parameters. */
    MultiLayerNetwork network() {
        int[] n = sizes();
        MultiLayerNetwork net = TestNets.dense(n, spec.hidden(), spec.output());
        if (json.has("initial")) {
            JsonNode init = json.get("initial");
            for (int l = 1; l < n.length; l++) {
                TestNets.setCourse(net, l, TestNets.matrix(init.get("W").get(l - 1)),
                        TestNets.doubles(init.get("b").get(l - 1)));
            }
        } else {
            NumpyRandomState s = new NumpyRandomState(spec.seed());
            for (int l = 1; l < n.length; l++) {
                double[][] w = new double[n[l]][n[l - 1]];
                for (double[] row : w) {
                    for (int k = 0; k < row.length; k++) {
                        row[k] = spec.init() instanceof org.initlab.spec.InitSpec.Course c
                                ? c.scheme().scale(s.randn(), n[l - 1], c.sigma()) : 0.0;
                    }
                }
                TestNets.setCourse(net, l, w, new double[n[l]]);
            }
        }
        return net;
    }

    @Override
    public String toString() {
        return name;
    }
}
