package org.initlab.analysis;

import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * A private copy of a network on which the cost is a deterministic function of θ and DL4J's update is exactly
 * {@code ∂J/∂θ}: same layers, activations, loss, regularization and parameters, but
 * <ul>
 *   <li>no dropout and no weight noise — random masks would make {@code J(θ + ε e_i)} and {@code J(θ − ε e_i)}
 *       differ by the noise of two different masks, not by the gradient (the course's advice: switch dropout off,
 *       check, switch it back on);</li>
 *   <li>plain {@code Sgd(1.0)}, so the update DL4J computes is the gradient itself: summed over the mini-batch,
 *       divided by its size {@code m}, plus the regularization terms' gradients ({@code λ/m · W} for the course's
 *       L2), exactly as the cost {@code score()} is {@code (1/m) Σ loss + regularization};</li>
 *   <li>no gradient normalization or clipping, which changes the step taken, not the derivative.</li>
 * </ul>
 * The original network (parameters, updater state, iteration count) is never touched.
 */
final class CheckableCopy {
    private CheckableCopy() {
    }

    static MultiLayerNetwork of(MultiLayerNetwork net) {
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations().clone();
        for (NeuralNetConfiguration c : conf.getConfs()) {
            Layer layer = c.getLayer();
            layer.setIDropout(null);
            if (layer instanceof BaseLayer base) {
                base.setWeightNoise(null);
                base.setIUpdater(new Sgd(1.0));
                base.setBiasUpdater(new Sgd(1.0));
                base.setGradientNormalization(GradientNormalization.None);
            }
        }
        MultiLayerNetwork copy = new MultiLayerNetwork(conf);
        copy.init(net.params().dup(), false);
        return copy;
    }
}
