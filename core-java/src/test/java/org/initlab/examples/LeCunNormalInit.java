package org.initlab.examples;

import org.deeplearning4j.nn.weights.IWeightInit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A user's own weight initializer, as the README shows it: LeCun normal, {@code W ~ N(0, 1/fan_in)}, biases 0.
 *
 * <p>DL4J calls {@link #init} once per layer, in layer order, with the layer's {@code [nIn, nOut]} weight view to
 * fill. The Gaussians come from DL4J's generator, which {@code MultiLayerNetwork.init()} seeds with the
 * configuration's seed (InitLab's experiment seed), so a run is reproducible. The class is a plain bean with
 * {@code equals}/{@code hashCode}, so the network's configuration survives a round trip through JSON (a saved
 * {@code model.zip}).
 */
public final class LeCunNormalInit implements IWeightInit {
    private static final long serialVersionUID = 1L;

    @Override
    public INDArray init(double fanIn, double fanOut, long[] shape, char order, INDArray paramView) {
        Nd4j.randn(paramView).divi(Math.sqrt(fanIn));
        return paramView.reshape(order, shape);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeCunNormalInit;
    }

    @Override
    public int hashCode() {
        return LeCunNormalInit.class.getName().hashCode();
    }
}
