package org.initlab.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.net.Matrices;

/** A DL4J network seen as a {@link Predictor}: its inference output ({@code train = false}, so no dropout). */
public final class NetworkPredictor {
    private NetworkPredictor() {
    }

    public static Predictor of(MultiLayerNetwork net) {
        return x -> Matrices.fromNd(net.output(Matrices.toNd(x), false));
    }
}
