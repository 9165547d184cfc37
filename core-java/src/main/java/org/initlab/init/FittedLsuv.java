package org.initlab.init;

import org.initlab.spec.InitSpec;

import java.util.List;
import java.util.Objects;

/**
 * {@link Lsuv} fitted to a network and its data ({@link LsuvFit}): per layer, the divisors of its orthogonal start
 * and the variance of its pre-activations before and after. A run's specification carries it in place of the
 * unfitted {@code lsuv} once the run has its training examples, so both engines and the saved network start from the
 * same weights.
 *
 * @param lsuv   the parameters
 * @param layers one fit per weight layer, input side first
 */
public record FittedLsuv(Lsuv lsuv, List<LayerFit> layers) implements InitSpec.Catalog {
    public FittedLsuv {
        Objects.requireNonNull(lsuv, "lsuv");
        layers = List.copyOf(layers);
    }

    /**
     * One layer's fit.
     *
     * @param divisors       the {@code √v} its weights were divided by, in order (as many as iterations)
     * @param varianceBefore {@code Var(Z_l)} with the orthogonal start (and the earlier layers fitted)
     * @param varianceAfter  {@code Var(Z_l)} with the fitted weights
     */
    public record LayerFit(List<Double> divisors, double varianceBefore, double varianceAfter) {
        public LayerFit {
            divisors = List.copyOf(divisors);
        }

        /** The number of divisions. */
        public int iterations() {
            return divisors.size();
        }

        double[] divisorArray() {
            return divisors.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    /** The LSUV initializer of layer {@code layer} (0-based), at {@code position}. */
    public Lsuv layer(int layer, StreamPosition position) {
        return lsuv.withDivisors(layers.get(layer).divisorArray()).at(position);
    }

    /** {@code lsuv}'s description: the fit is data, not configuration. */
    @Override
    public String describe() {
        return lsuv.describe();
    }
}
