package org.initlab.analysis;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.layers.IOutputLayer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.FrozenLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gradient of the loss with respect to every layer's activations, by DL4J's own backward pass: the walk of
 * {@code MultiLayerNetwork.calcBackpropGradients}, layer by layer from the output, each layer's
 * {@code backpropGradient(ε)} followed by its input pre-processor's {@code backprop}, without workspaces, keeping the
 * {@code ε} that DL4J hands from one layer to the one below it ({@code ∂L/∂a} of that layer's output). Like DL4J, the
 * walk stops at a {@link FrozenLayer}.
 *
 * <p>DL4J's {@code ε} is the gradient of the <em>summed</em> loss; the score it reports is the mean over the batch,
 * so each {@code ε} is divided by the batch size {@code m}: {@code ∂J/∂a} of {@code J = (1/m) Σ L}, the gradient
 * Karpathy's {@code layer.out.grad} holds. The network must have been run forward with its layers' inputs kept
 * ({@code feedForward(true, false)}).
 *
 * @param activations per layer (0-based), {@code ∂J/∂a} of its output, or null where none reached it (the output
 *                    layer, layers below a frozen one)
 * @param input       {@code ∂J/∂x} of the network's input, or null where the walk stopped before it
 * @param parameters  DL4J's raw parameter gradients of the walk, keyed as {@code paramTable()} ({@code "0_W"}), of the
 *                    summed loss before the updater (a test compares them with {@code computeGradientAndScore}'s)
 */
record ActivationGradients(INDArray[] activations, INDArray input, Map<String, INDArray> parameters) {

    /** The walk over {@code net}, whose forward pass on {@code m} examples has just run with labels {@code labels}. */
    static ActivationGradients of(MultiLayerNetwork net, INDArray labels, int m) {
        if (net.getFlattenedGradients() == null) {
            net.initGradientsView();
        }
        LayerWorkspaceMgr mgr = LayerWorkspaceMgr.noWorkspaces();
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        Layer[] layers = net.getLayers();
        int n = layers.length;
        INDArray[] eps = new INDArray[n];
        Map<String, INDArray> parameters = new LinkedHashMap<>();
        ((IOutputLayer) layers[n - 1]).setLabels(labels);
        INDArray epsilon = null;
        INDArray input = null;
        for (int i = n - 1; i >= 0; i--) {
            if (layers[i] instanceof FrozenLayer) {
                break;
            }
            Pair<Gradient, INDArray> p = layers[i].backpropGradient(epsilon, mgr);
            for (Map.Entry<String, INDArray> g : p.getFirst().gradientForVariable().entrySet()) {
                parameters.put(i + "_" + g.getKey(), g.getValue().dup());
            }
            epsilon = p.getSecond();
            InputPreProcessor pre = conf.getInputPreProcess(i);
            if (pre != null && epsilon != null) {
                epsilon = pre.backprop(epsilon, net.getInputMiniBatchSize(), mgr);
            }
            if (epsilon == null) {
                break;
            }
            if (i > 0) {
                eps[i - 1] = epsilon.div(m);
            } else {
                input = epsilon.div(m);
            }
        }
        return new ActivationGradients(eps, input, parameters);
    }
}
