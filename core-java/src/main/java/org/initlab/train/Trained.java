package org.initlab.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.util.function.Supplier;

/**
 * What an engine's run leaves: the trained model to score with, the wall time of training alone, and how to get the
 * trained DL4J network (already built, or built on demand).
 *
 * @param model   the trained network's outputs
 * @param seconds wall time of training, without building the network
 * @param network the trained DL4J network; called at most once (see {@link RunResult#network()})
 */
public record Trained(Predictor model, double seconds, Supplier<MultiLayerNetwork> network) {
}
