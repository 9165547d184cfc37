package org.initlab.analysis;

import org.deeplearning4j.nn.api.layers.IOutputLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The course's gradient check over any DL4J {@link MultiLayerNetwork} in double precision (deeplearning.ai,
 * "Gradient Checking", {@code gradient_check_n}):
 * <ol>
 *   <li>θ = all parameters flattened, in {@code net.params()} order ({@code W1, b1, W2, b2, …}; DL4J's {@code W} is
 *       {@code [n_in, n_out]} in 'f' order, which is the course's {@code W} in C order);</li>
 *   <li>{@code grad} = DL4J's backward pass, {@code ∂J/∂θ} (see {@link CheckableCopy} for how it is made the exact
 *       derivative of the cost DL4J scores);</li>
 *   <li>for each i, {@code gradapprox_i = (J(θ + ε e_i) − J(θ − ε e_i)) / (2ε)}, with {@code J = net.score(data,
 *       training = true)}: the loss averaged over the m examples ({@code (1/m) Σ}, as the course's cost) plus any
 *       regularization;</li>
 *   <li>{@code difference = ‖grad − gradapprox‖₂ / (‖grad‖₂ + ‖gradapprox‖₂)}; at most the threshold
 *       ({@code 2e-7}) passes.</li>
 * </ol>
 * Beyond the course, the same difference is computed for each parameter array ({@code W} and {@code b} of every
 * layer), so a failure names the block that disagrees most. An error in one layer's backward pass also spoils the
 * gradients of the layers before it (it flows towards the input), never those after it.
 *
 * <p>Everything runs on a private copy without dropout; the network given is left exactly as it was. The forward
 * passes are in training mode, as backpropagation's own. The check costs {@code 2·|θ|} forward passes.
 *
 * <p>Kinks: ReLU has no derivative at {@code z = 0}. A pre-activation within ε of 0 makes the central difference
 * straddle the kink and disagree with the one-sided analytic derivative — a failure of the approximation, not of the
 * backward pass. A zero bias puts a unit's {@code z} exactly at 0 on every example where all its inputs are dead
 * ReLUs (common with InitLab's zero-bias initializations and small layers); check such a network with small non-zero
 * biases.
 */
public final class GradientCheck {
    /** The course's step ε. */
    public static final double EPSILON = 1e-7;
    /** The course's threshold: a larger difference means the backward pass is wrong. */
    public static final double THRESHOLD = 2e-7;

    private final double epsilon;
    private final double threshold;

    /** The course's check: ε = 1e-7, threshold 2e-7. */
    public GradientCheck() {
        this(EPSILON, THRESHOLD);
    }

    public GradientCheck(double epsilon, double threshold) {
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("epsilon " + epsilon + ": must be a positive number");
        }
        if (!(threshold > 0) || !Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold " + threshold + ": must be a positive number");
        }
        this.epsilon = epsilon;
        this.threshold = threshold;
    }

    /** Checks {@code net} on {@code features} ({@code [m, n_in]}) and {@code labels} ({@code [m, n_out]}). */
    public GradientCheckResult check(MultiLayerNetwork net, INDArray features, INDArray labels) {
        return check(net, new DataSet(features, labels));
    }

    /** Checks {@code net} on {@code data} (its masks, if any, included). */
    public GradientCheckResult check(MultiLayerNetwork net, DataSet data) {
        requireCheckable(net);
        MultiLayerNetwork copy = CheckableCopy.of(net);
        DataSet ds = new DataSet(data.getFeatures().castTo(DataType.DOUBLE), data.getLabels().castTo(DataType.DOUBLE),
                data.getFeaturesMaskArray(), data.getLabelsMaskArray());
        double[] grad = analyticGradient(copy, ds);
        INDArray params = copy.params();
        double[] theta = params.toDoubleVector();
        double[] approx = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            params.putScalar(i, theta[i] + epsilon);
            double jPlus = copy.score(ds, true);
            params.putScalar(i, theta[i] - epsilon);
            double jMinus = copy.score(ds, true);
            params.putScalar(i, theta[i]);
            approx[i] = (jPlus - jMinus) / (2 * epsilon);
        }
        double cost = copy.score(ds, true);
        List<ParameterBlock> blocks = blocks(copy, grad, approx);
        return new GradientCheckResult(GradientDifference.of(grad, approx), threshold, epsilon, cost, blocks, grad,
                approx);
    }

    private static double[] analyticGradient(MultiLayerNetwork copy, DataSet ds) {
        copy.setInput(ds.getFeatures());
        copy.setLabels(ds.getLabels());
        copy.setLayerMaskArrays(ds.getFeaturesMaskArray(), ds.getLabelsMaskArray());
        copy.computeGradientAndScore();
        Gradient g = copy.gradient();
        copy.getUpdater().update(copy, g, copy.getIterationCount(), copy.getEpochCount(),
                Math.toIntExact(ds.getFeatures().size(0)), LayerWorkspaceMgr.noWorkspaces());
        return g.gradient().dup().toDoubleVector();
    }

    private static List<ParameterBlock> blocks(MultiLayerNetwork copy, double[] grad, double[] approx) {
        List<ParameterBlock> blocks = new ArrayList<>();
        long offset = 0;
        for (Map.Entry<String, INDArray> e : copy.paramTable().entrySet()) {
            String key = e.getKey();
            int cut = key.indexOf('_');
            int layer = Integer.parseInt(key.substring(0, cut)) + 1;
            long count = e.getValue().length();
            double d = GradientDifference.of(grad, approx, Math.toIntExact(offset), Math.toIntExact(offset + count));
            blocks.add(new ParameterBlock(layer, key.substring(cut + 1), key, offset, count, d));
            offset += count;
        }
        if (offset != grad.length) {
            throw new IllegalStateException("paramTable() holds " + offset + " parameters, params() " + grad.length);
        }
        return blocks;
    }

    private static void requireCheckable(MultiLayerNetwork net) {
        INDArray params = net.params();
        if (params == null || params.length() == 0) {
            throw new IllegalArgumentException("the network has no parameters: call net.init() first");
        }
        if (params.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException("gradient checking needs double precision; the network's parameters are "
                    + params.dataType() + " (build it with .dataType(DataType.DOUBLE))");
        }
        if (!(net.getOutputLayer() instanceof IOutputLayer)) {
            throw new IllegalArgumentException("the network's last layer is not an output layer: it has no cost to check");
        }
    }

    public double epsilon() {
        return epsilon;
    }

    public double threshold() {
        return threshold;
    }
}
