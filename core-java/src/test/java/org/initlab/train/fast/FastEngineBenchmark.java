package org.initlab.train.fast;

import com.fasterxml.jackson.databind.JsonNode;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Dataset;
import org.initlab.data.Datasets;
import org.initlab.data.Matrix;
import org.initlab.data.Split;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.spec.Activation;
import org.initlab.spec.Cost;
import org.initlab.spec.DropoutMode;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.initlab.spec.Output;
import org.initlab.testing.Reference;
import org.initlab.train.Predictor;
import org.initlab.train.Progress;

import java.nio.file.Path;

/**
 * Times the fast engine on the course's runs, to set beside {@code python3 shared/bench/numpy_course.py EXPERIMENT}.
 * Not a test: run its {@code main} with the test class path and, optionally, the data folder as argument (default
 * {@code ../datasets}). Prints one line per run: the time of training alone, and what the run ended with.
 */
public final class FastEngineBenchmark {
    private FastEngineBenchmark() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../datasets");
        String only = args.length > 1 ? args[1] : "all";
        JsonNode inits = Reference.json("initializers.json");
        if (only.equals("all") || only.equals("he")) {
            MultiLayerNetwork net = course(new int[]{2, 10, 5, 1}, inits.get("he_2-10-5-1_seed3"));
            time("E3 he [2,10,5,1]x300, 15000 it", ExperimentSpec.builder().build(), TestNets.circles(true), net,
                    Progress.NONE);
            accuracies(net, TestNets.circles(true), TestNets.circles(false));
        }
        ExperimentSpec football = ExperimentSpec.builder().layers(2, 20, 3, 1).init(InitScheme.XAVIER)
                .learningRate(0.3).iterations(30_000).printEvery(10_000).build();
        String[] names = {"noreg", "l2", "dropout"};
        ExperimentSpec[] specs = {football, football.toBuilder().lambda(0.7).build(),
                football.toBuilder().keepProb(0.86).dropoutMode(DropoutMode.FAITHFUL).build()};
        for (int i = 0; i < names.length; i++) {
            if (only.equals("all") || only.equals(names[i])) {
                MultiLayerNetwork net = course(new int[]{2, 20, 3, 1}, inits.get("xavier_2-20-3-1_seed3"));
                time("E6/E7 " + names[i] + " [2,20,3,1]x211, 30000 it", specs[i], TestNets.football(true), net,
                        Progress.NONE);
                accuracies(net, TestNets.football(true), TestNets.football(false));
            }
        }
        if (only.equals("all") || only.equals("cat")) {
            Dataset cat = Datasets.load("cat", data);
            int[] sizes = {12288, 20, 7, 5, 1};
            ExperimentSpec spec = ExperimentSpec.builder().layers(sizes).init(InitScheme.XAVIER).seed(1)
                    .learningRate(0.0075).iterations(2500).printEvery(100).build();
            MultiLayerNetwork net = drawn(sizes, spec);
            time("E9 cat [12288,20,7,5,1]x209, 2500 it", spec, cat.train(), net, Progress.NONE);
            accuracies(net, cat.train(), cat.test());
        }
        for (String arm : new String[]{"mnist-large", "mnist-scaled"}) {
            if (only.equals("all") || only.equals(arm)) {
                Dataset mnist = Datasets.load("mnist", data);
                InitScheme scheme = arm.equals("mnist-large") ? InitScheme.LARGE : InitScheme.NIELSEN;
                int[] sizes = {784, 30, 10};
                ExperimentSpec spec = ExperimentSpec.builder().layers(sizes).hidden(Activation.SIGMOID)
                        .output(Output.SIGMOID).cost(Cost.QUADRATIC).init(scheme).seed(0).learningRate(3.0)
                        .epochs(30, 10).printEvery(0).build();
                Split test = mnist.test();
                Progress accuracy = new Progress() {
                    @Override
                    public void epochEnd(int epoch, Predictor model) {
                        System.out.printf("  epoch %d: %d / %d%n", epoch, correct(model.output(test.x()), test.y()),
                                test.size());
                    }
                };
                time("E5 " + arm + " [784,30,10], 30 epochs x 5000 steps of 10", spec, mnist.train(),
                        drawn(sizes, spec), accuracy);
            }
        }
    }

    private static void accuracies(MultiLayerNetwork net, Split train, Split test) {
        System.out.printf("  accuracy: train %s, test %s%n", TestNets.accuracy(net, train), TestNets.accuracy(net, test));
    }

    private static void time(String what, ExperimentSpec spec, Split train, MultiLayerNetwork net, Progress progress) {
        java.util.List<String> costs = new java.util.ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void cost(long iteration, double cost) {
                costs.add(iteration + ": " + cost);
            }

            @Override
            public void epochEnd(int epoch, Predictor model) {
                progress.epochEnd(epoch, model);
            }
        };
        long start = System.nanoTime();
        FastTraining.train(spec, train, net, recording);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-60s %8.3f s%n", what, seconds);
        if (!costs.isEmpty()) {
            System.out.println("  costs " + String.join(", ", costs));
        }
    }

    private static MultiLayerNetwork course(int[] sizes, JsonNode w) {
        MultiLayerNetwork net = TestNets.dense(sizes, Activation.RELU, Output.SIGMOID);
        for (int l = 1; l < sizes.length; l++) {
            TestNets.setCourse(net, l, TestNets.matrix(w.get("W" + l)), new double[sizes[l]]);
        }
        return net;
    }

    /** The initializer's draws: {@code W = randn(n_out, n_in)·scale}, or for random-bias schemes as the E5 peer. */
    private static MultiLayerNetwork drawn(int[] sizes, ExperimentSpec spec) {
        MultiLayerNetwork net = TestNets.dense(sizes, spec.hidden(), spec.output());
        InitScheme scheme = ((org.initlab.spec.InitSpec.Course) spec.init()).scheme();
        NumpyRandomState s = new NumpyRandomState(spec.seed());
        for (int l = 1; l < sizes.length; l++) {
            int nIn = sizes[l - 1];
            int nOut = sizes[l];
            double[][] w = new double[nOut][nIn];
            double[] b = new double[nOut];
            if (scheme.inputMajor()) {
                for (int k = 0; k < nIn; k++) {
                    for (int j = 0; j < nOut; j++) {
                        w[j][k] = scheme.scale(s.randn(), nIn, 0.0);
                    }
                }
                for (int j = 0; j < nOut; j++) {
                    b[j] = s.randn();
                }
            } else {
                for (int j = 0; j < nOut; j++) {
                    for (int k = 0; k < nIn; k++) {
                        w[j][k] = scheme.scale(s.randn(), nIn, 0.0);
                    }
                }
            }
            TestNets.setCourse(net, l, w, b);
        }
        return net;
    }

    private static int correct(Matrix out, Matrix y) {
        int right = 0;
        for (int i = 0; i < out.rows(); i++) {
            int best = 0;
            int label = 0;
            for (int u = 1; u < out.cols(); u++) {
                if (out.get(i, u) > out.get(i, best)) {
                    best = u;
                }
                if (y.get(i, u) > y.get(i, label)) {
                    label = u;
                }
            }
            if (best == label) {
                right++;
            }
        }
        return right;
    }
}
