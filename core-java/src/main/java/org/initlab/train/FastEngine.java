package org.initlab.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Split;
import org.initlab.net.CourseNetworks;
import org.initlab.init.InitialValues;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.fast.FastNetwork;
import org.initlab.train.fast.FastTraining;

/**
 * InitLab's own arithmetic for the course's dense networks: the forward pass, cost, backward pass and gradient descent
 * of {@code course_numpy.py} as loops over plain arrays, free of DL4J's per-operation overhead. The network stays a
 * DL4J {@code MultiLayerNetwork}: the engine reads its initial parameters ({@code "i_W"} is the course's
 * {@code W[i+1]ᵀ}, {@code "i_b"} its {@code b[i+1]ᵀ}) and writes the trained ones back into it.
 *
 * <p>Every specification InitLab can express runs exactly: ReLU, sigmoid or tanh hidden layers; sigmoid or softmax
 * output; cross-entropy or quadratic cost; L2; inverted dropout with faithful or fresh masks; full-batch or
 * mini-batch gradient descent; any initializer (the initial values come from the network). See
 * {@link org.initlab.train.fast} for the formulas and their order of evaluation.
 */
public final class FastEngine implements Engine {
    @Override
    public String name() {
        return "fast";
    }

    @Override
    public void train(ExperimentSpec spec, Split train, MultiLayerNetwork net, Progress progress) {
        FastTraining.train(spec, train, net, progress);
    }

    /**
     * For a course initializer, trains from its values drawn without ND4J ({@link InitialValues}), the same numbers
     * as {@link #train} on the network {@link CourseNetworks#build} makes, and builds that network only when the
     * result is asked for it; for a user's own initializer, as {@link Engine#run}.
     */
    @Override
    public Trained run(ExperimentSpec spec, Split train, Progress progress) {
        if (!InitialValues.available(spec)) {
            return Engine.super.run(spec, train, progress);
        }
        long start = System.nanoTime();
        FastNetwork trained = FastTraining.train(spec, train, progress);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Trained(trained, seconds, () -> {
            MultiLayerNetwork net = CourseNetworks.build(spec, train.size());
            trained.writeTo(net);
            return net;
        });
    }
}
