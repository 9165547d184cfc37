package org.initlab.analysis;

import org.initlab.io.Json;
import org.initlab.numpy.PyFloat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a {@link GradientCheck}: {@code difference = ‖grad − gradapprox‖₂ / (‖grad‖₂ + ‖gradapprox‖₂)} over
 * all parameters, passed when it is at most the threshold, and the same measure per {@link ParameterBlock}, so that a
 * failure names the layer and parameter whose gradient disagrees most.
 *
 * <p>Where the backward pass goes wrong: an error in layer l's backward pass spoils the gradients of layer l and,
 * flowing towards the input, of every layer before it, never those after it. The block that disagrees most is
 * therefore often in an earlier layer than the error (the error is compounded on the way). The layer that goes
 * wrong is the deepest one with a block that clearly disagrees ({@link #origin()}): a difference above the threshold
 * and at least {@link #CLEAR_FRACTION} of the largest block difference. Finite-difference noise stays far below
 * that when a block is really wrong: with ε = 1e-7 it reaches a few 1e-7 per block even on a correct network (up to
 * 3.3e-7 on the course's case, whose b of layer 1 would alone exceed the threshold).
 *
 * @param difference    the difference over the whole parameter vector
 * @param threshold     the largest difference that passes ({@code 2e-7} in the course)
 * @param epsilon       the step ε of the central differences
 * @param cost          the cost {@code J(θ)} at the unperturbed parameters
 * @param blocks        every parameter array, in {@code net.params()} order
 * @param gradient      DL4J's analytic gradient {@code ∂J/∂θ}, flattened as {@code net.params()}
 * @param approximation {@code gradapprox_i = (J(θ + ε e_i) − J(θ − ε e_i)) / (2ε)}
 */
public record GradientCheckResult(double difference, double threshold, double epsilon, double cost,
                                  List<ParameterBlock> blocks, double[] gradient, double[] approximation) {
    /** A block clearly disagrees when its difference is at least this fraction of the largest block difference. */
    public static final double CLEAR_FRACTION = 1e-3;

    private static final Comparator<ParameterBlock> BY_DIFFERENCE = Comparator.comparingDouble(
            b -> Double.isNaN(b.difference()) ? Double.POSITIVE_INFINITY : b.difference());

    public GradientCheckResult {
        blocks = List.copyOf(blocks);
        gradient = gradient.clone();
        approximation = approximation.clone();
    }

    /** Whether the difference is at most the threshold (a NaN difference fails). */
    public boolean passed() {
        return difference <= threshold;
    }

    @Override
    public double[] gradient() {
        return gradient.clone();
    }

    @Override
    public double[] approximation() {
        return approximation.clone();
    }

    /** The block whose own difference is largest (the first such in parameter order; NaN counts as largest). */
    public ParameterBlock worst() {
        return blocks.stream().max(BY_DIFFERENCE).orElseThrow();
    }

    /**
     * The worst block of the deepest layer with a block that clearly disagrees: where the backward pass goes wrong.
     * On a passing check it is merely the worst block of the deepest layer above the noise.
     */
    public ParameterBlock origin() {
        ParameterBlock w = worst();
        double clear = Double.isNaN(w.difference()) ? threshold : Math.max(threshold, CLEAR_FRACTION * w.difference());
        int deepest = w.layer();
        for (ParameterBlock b : blocks) {
            if (!(b.difference() <= clear)) {
                deepest = Math.max(deepest, b.layer());
            }
        }
        int layer = deepest;
        return blocks.stream().filter(b -> b.layer() == layer).max(BY_DIFFERENCE).orElseThrow();
    }

    /**
     * One line naming the block that disagrees most,
     * {@code gradient check failed: difference 0.4 > 2e-07; layer 2 (W) disagrees most: difference 0.44 (15
     * parameters)}, or, when that block only inherits an error made deeper in the network, first the layer where it
     * is made: {@code …; the backward pass goes wrong in layer 2 (W): difference 0.44 (15 parameters); layer 1 (b),
     * before it, inherits the error and disagrees most: difference 0.52}.
     */
    public String failureMessage() {
        ParameterBlock o = origin();
        ParameterBlock w = worst();
        String head = "gradient check failed: difference " + PyFloat.repr(difference) + " > " + PyFloat.repr(threshold);
        if (o.layer() == w.layer()) {
            return head + "; " + w.name() + " disagrees most: difference " + PyFloat.repr(w.difference()) + " ("
                    + count(w) + ")";
        }
        return head + "; the backward pass goes wrong in " + o.name() + ": difference " + PyFloat.repr(o.difference())
                + " (" + count(o) + "); " + w.name() + ", before it, inherits the error and disagrees most: difference "
                + PyFloat.repr(w.difference());
    }

    private static String count(ParameterBlock b) {
        return b.count() + (b.count() == 1 ? " parameter" : " parameters");
    }

    /** The result as plain values for JSON: difference, cost, passed, threshold, epsilon and the blocks. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("difference", Json.number(difference));
        m.put("cost", Json.number(cost));
        m.put("passed", passed());
        m.put("threshold", threshold);
        m.put("epsilon", epsilon);
        List<Map<String, Object>> bs = new ArrayList<>();
        for (ParameterBlock b : blocks) {
            bs.add(describe(b));
        }
        m.put("blocks", bs);
        if (!passed()) {
            m.put("origin", describe(origin()));
            m.put("worst", describe(worst()));
        }
        return m;
    }

    private static Map<String, Object> describe(ParameterBlock b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layer", b.layer());
        m.put("param", b.param());
        m.put("difference", Json.number(b.difference()));
        m.put("count", b.count());
        return m;
    }
}
