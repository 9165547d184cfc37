package org.initlab.train;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Split;
import org.initlab.net.CourseNetworks;
import org.initlab.init.DrawPlan;
import org.initlab.net.Matrices;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.spec.ExperimentSpec;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.Map;

/**
 * Trains with DL4J's own {@code MultiLayerNetwork.fit(INDArray, INDArray)}, one call per gradient step; runs every
 * specification. The cost of an iteration is {@code net.score()} after its {@code fit}: the score of that step's
 * forward pass, before its update, as the course prints it; it is reported at the iterations the specification
 * records ({@link ExperimentSpec#recordsAt}).
 *
 * <p>Full batch: {@code iterations} steps on all of {@code train}. Mini-batch: per epoch a permutation from the run's
 * stream ({@link DrawPlan#runStream}, which FRESH dropout masks continue), batches {@code perm[s·b, (s+1)·b)}
 * with a last partial one, and {@link Progress#epochEnd} after each epoch. Parameters are checked for NaN and
 * infinity every {@code printEvery} iterations (1000 when nothing is printed), whenever the cost is NaN, after each
 * epoch and at the end.
 */
public final class Dl4jEngine implements Engine {
    private static final int DEFAULT_CHECK_EVERY = 1000;

    @Override
    public String name() {
        return "dl4j";
    }

    @Override
    public void train(ExperimentSpec spec, Split train, MultiLayerNetwork net, Progress progress) {
        NumpyRandomState stream = DrawPlan.runStream(spec);
        CourseNetworks.attachStream(net, stream);
        if (spec.usesEpochs()) {
            epochs(spec, train, net, progress, stream);
        } else {
            fullBatch(spec, train, net, progress);
        }
    }

    private static void fullBatch(ExperimentSpec spec, Split train, MultiLayerNetwork net, Progress progress) {
        INDArray x = Matrices.toNd(train.x());
        INDArray y = Matrices.toNd(train.y());
        long total = spec.iterations();
        for (long it = 0; it < total; it++) {
            step(spec, net, x, y, it, progress);
            progress.step(it + 1, total);
        }
        checkParameters(net, total - 1);
    }

    private static void epochs(ExperimentSpec spec, Split train, MultiLayerNetwork net, Progress progress,
                               NumpyRandomState stream) {
        int m = train.size();
        int b = spec.batchSize() == 0 ? m : spec.batchSize();
        int steps = (m + b - 1) / b;
        long total = (long) spec.epochs() * steps;
        long it = 0;
        for (int epoch = 0; epoch < spec.epochs(); epoch++) {
            int[] perm = stream.permutation(m);
            for (int s = 0; s < steps; s++) {
                Split batch = train.rows(Arrays.copyOfRange(perm, s * b, Math.min((s + 1) * b, m)));
                step(spec, net, Matrices.toNd(batch.x()), Matrices.toNd(batch.y()), it, progress);
                it++;
                progress.step(it, total);
            }
            checkParameters(net, it - 1);
            progress.epochEnd(epoch, NetworkPredictor.of(net));
        }
    }

    private static void step(ExperimentSpec spec, MultiLayerNetwork net, INDArray x, INDArray y, long it,
                             Progress progress) {
        net.fit(x, y);
        double cost = net.score();
        if (spec.recordsAt(it)) {
            progress.cost(it, cost);
        }
        int every = spec.printEvery();
        if (Double.isNaN(cost) || it % (every > 0 ? every : DEFAULT_CHECK_EVERY) == 0) {
            checkParameters(net, it);
        }
    }

    /** @throws DivergedException naming the first parameter of {@code net} that is NaN or infinite */
    static void checkParameters(MultiLayerNetwork net, long iteration) {
        Layer[] layers = net.getLayers();
        for (int l = 0; l < layers.length; l++) {
            for (Map.Entry<String, INDArray> p : layers[l].paramTable().entrySet()) {
                double[] v = p.getValue().dup().data().asDouble();
                for (double d : v) {
                    if (!Double.isFinite(d)) {
                        throw new DivergedException(iteration, p.getKey() + " of layer " + (l + 1));
                    }
                }
            }
        }
    }
}
