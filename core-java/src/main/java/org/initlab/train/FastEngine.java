package org.initlab.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Split;
import org.initlab.spec.ExperimentSpec;

/** InitLab's fused forward/backward for small dense networks (being written). */
public final class FastEngine implements Engine {
    @Override
    public String name() {
        return "fast";
    }

    @Override
    public boolean supports(ExperimentSpec spec) {
        return false;
    }

    @Override
    public void train(ExperimentSpec spec, Split train, MultiLayerNetwork net, Progress progress) {
        throw new UnsupportedOperationException("TODO: fast engine");
    }
}
