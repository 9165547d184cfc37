package org.initlab.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Split;
import org.initlab.net.CourseNetworks;
import org.initlab.spec.ExperimentSpec;

/**
 * Runs the arithmetic of training. An engine takes the DL4J network built and initialized from the specification,
 * trains it on {@code train} as the specification says, and leaves the trained parameters in that network
 * ({@link #train}); {@link #run} is the whole run from the specification, which an engine may do without building
 * the network first. Engines are interchangeable: for the same specification they give the same numbers (to 1e-12
 * relative).
 */
public interface Engine {
    /** The engine's name, as {@link org.initlab.spec.EngineKind} calls it ({@code fast}, {@code dl4j}). */
    String name();

    /**
     * Trains {@code net} in place.
     *
     * @throws DivergedException when parameters become NaN or infinite
     */
    void train(ExperimentSpec spec, Split train, MultiLayerNetwork net, Progress progress);

    /**
     * Trains {@code spec}'s network on {@code train} from its initializer. By default: builds the network
     * ({@link CourseNetworks#build}) and trains it in place with {@link #train}, timing the training alone.
     *
     * @throws DivergedException when parameters become NaN or infinite
     */
    default Trained run(ExperimentSpec spec, Split train, Progress progress) {
        MultiLayerNetwork net = CourseNetworks.build(spec, train.size());
        long start = System.nanoTime();
        train(spec, train, net, progress);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Trained(NetworkPredictor.of(net), seconds, () -> net);
    }
}
