package org.initlab.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Dataset;
import org.initlab.data.Datasets;
import org.initlab.io.InputException;
import org.initlab.net.CourseNetworks;
import org.initlab.net.InitialValues;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.fast.FastNetwork;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs one specification: loads its data (or takes the data given), checks that the layer sizes fit it, builds the
 * network ({@link CourseNetworks}), trains it with the engine {@link Engines#select} picks, and scores it on the
 * train and test splits ({@link Accuracy}). When the fast engine trains from a course initializer, it starts from
 * the same initial values drawn without ND4J ({@link InitialValues}), and the DL4J network is built when the result
 * is first asked for it ({@link RunResult#network()}).
 */
public final class Trainer {
    private Trainer() {
    }

    /** Runs {@code spec} on its named data set. */
    public static RunResult run(ExperimentSpec spec) {
        return run(spec, Progress.NONE);
    }

    /** Runs {@code spec} on its named data set, reporting to {@code progress}. */
    public static RunResult run(ExperimentSpec spec, Progress progress) {
        return run(spec, Datasets.load(spec.dataset(), spec.dataDir()), progress);
    }

    /** Runs {@code spec} on {@code data}. */
    public static RunResult run(ExperimentSpec spec, Dataset data) {
        return run(spec, data, Progress.NONE);
    }

    /**
     * Runs {@code spec} on {@code data} (its first {@code spec.trainSize()} training examples when that is set),
     * reporting to {@code progress}.
     *
     * @throws InputException   when the layer sizes or the training size do not fit the data
     * @throws DivergedException when parameters become NaN or infinite
     */
    public static RunResult run(ExperimentSpec spec, Dataset data, Progress progress) {
        Dataset d = withTrainSize(spec, data);
        checkLayers(spec, d);
        Engine engine = Engines.select(spec);
        TrainingRecorder recorder = new TrainingRecorder(progress, d.test());
        int m = d.train().size();
        if (engine instanceof FastEngine fast && InitialValues.available(spec)) {
            long start = System.nanoTime();
            FastNetwork trained = fast.trainFromInitialValues(spec, d.train(), recorder);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new RunResult(spec, d, engine.name(), recorder.costs, Accuracy.of(trained, d.train()),
                    Accuracy.of(trained, d.test()), recorder.testCorrectPerEpoch, seconds, () -> {
                        MultiLayerNetwork net = CourseNetworks.build(spec, m);
                        trained.writeTo(net);
                        return net;
                    });
        }
        MultiLayerNetwork net = CourseNetworks.build(spec, m);
        long start = System.nanoTime();
        engine.train(spec, d.train(), net, recorder);
        double seconds = (System.nanoTime() - start) / 1e9;
        Model model = NetworkModel.of(net);
        return new RunResult(spec, d, engine.name(), recorder.costs, Accuracy.of(model, d.train()),
                Accuracy.of(model, d.test()), recorder.testCorrectPerEpoch, seconds, net);
    }

    private static Dataset withTrainSize(ExperimentSpec spec, Dataset data) {
        int n = spec.trainSize();
        if (n == 0) {
            return data;
        }
        if (n > data.train().size()) {
            throw new InputException("--train-size " + n + ": " + data.name() + " has only " + data.train().size()
                    + " training examples");
        }
        return data.withTrainSize(n);
    }

    /** @throws InputException when the first layer size is not the data's features or the last not its outputs */
    static void checkLayers(ExperimentSpec spec, Dataset data) {
        List<Integer> n = spec.layers();
        String layers = n.stream().map(String::valueOf).collect(Collectors.joining(","));
        int first = n.get(0);
        int last = n.get(n.size() - 1);
        if (first != data.features()) {
            throw new InputException("--layers " + layers + ": first size " + first + " does not match the "
                    + data.features() + " feature" + (data.features() == 1 ? "" : "s") + " of " + data.name());
        }
        if (last != data.outputs()) {
            throw new InputException("--layers " + layers + ": last size " + last + " does not match the "
                    + data.outputs() + " output" + (data.outputs() == 1 ? "" : "s") + " of " + data.name());
        }
    }
}
