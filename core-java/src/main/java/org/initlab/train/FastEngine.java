package org.initlab.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Split;
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

    /** True: every valid specification runs exactly (the initializer is the network's business, not the engine's). */
    @Override
    public boolean supports(ExperimentSpec spec) {
        return true;
    }

    @Override
    public void train(ExperimentSpec spec, Split train, MultiLayerNetwork net, Progress progress) {
        FastTraining.train(spec, train, net, progress);
    }

    /**
     * Trains {@code spec}'s network from its course initializer's values without a DL4J network: the same numbers as
     * {@link #train} on the network {@link org.initlab.net.CourseNetworks#build} makes.
     *
     * @throws IllegalArgumentException for a user's own initializer, which only DL4J can draw
     */
    public FastNetwork trainFromInitialValues(ExperimentSpec spec, Split train, Progress progress) {
        return FastTraining.train(spec, train, progress);
    }
}
