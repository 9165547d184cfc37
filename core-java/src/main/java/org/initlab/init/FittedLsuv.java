package org.initlab.init;

import org.initlab.io.Json;
import org.initlab.numpy.PyFloat;
import org.initlab.spec.InitSpec;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** One line per layer: {@code Layer 1: Var(Z) 0.08304490901310761 -> 1.0 after 1 division}. */
    public void print(PrintStream out) {
        for (int l = 0; l < layers.size(); l++) {
            LayerFit fit = layers.get(l);
            out.println("Layer " + (l + 1) + ": Var(Z) " + PyFloat.repr(fit.varianceBefore()) + " -> "
                    + PyFloat.repr(fit.varianceAfter()) + " after " + fit.iterations() + " division"
                    + (fit.iterations() == 1 ? "" : "s"));
        }
        out.flush();
    }

    /** The fit per layer as JSON-ready values: {@code iterations}, {@code variance_before}, {@code variance_after}. */
    public List<Map<String, Object>> toMaps() {
        List<Map<String, Object>> fits = new ArrayList<>();
        for (LayerFit fit : layers) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("iterations", fit.iterations());
            m.put("variance_before", Json.number(fit.varianceBefore()));
            m.put("variance_after", Json.number(fit.varianceAfter()));
            fits.add(m);
        }
        return fits;
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
