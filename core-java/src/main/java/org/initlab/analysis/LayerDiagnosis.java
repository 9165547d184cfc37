package org.initlab.analysis;

import org.initlab.io.Json;
import org.initlab.numpy.Histogram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the {@link Doctor} measured in one layer. Figures that do not apply are NaN: saturation for an unbounded
 * activation, dead units for anything but ReLU, the weights' figures for a layer without weights, the activation
 * gradient for the output layer (its loss gradient is taken with respect to its pre-activation).
 *
 * @param layer             the layer, counted from 1 (DL4J's layer 0 is layer 1)
 * @param kind              {@code dense}, {@code output}, {@code convolution}, {@code pooling}, …
 * @param type              DL4J's class of the layer's configuration, {@code DenseLayer}
 * @param activation        the activation's name ({@code relu}, {@code sigmoid}, {@code identity} …)
 * @param units             units of the layer (channels of a convolution)
 * @param count             activation values measured (examples × units × positions)
 * @param mean              their mean (numpy's {@code a.mean()})
 * @param std               their standard deviation (numpy's {@code a.std()})
 * @param saturated         the share in the flat ends of a bounded activation
 *                          ({@link ActivationProfile#saturatedBeyond})
 * @param dead              the share of ReLU units that are 0 on every example (and at every position)
 * @param histogram         the activations' histogram: over the activation's output range when bounded (sigmoid's
 *                          {@code [0, 1]}), else — hidden layers — over the common {@code [min, max]} of all hidden
 *                          layers with unbounded activations, so that their spreads compare at a glance (Saito's
 *                          pictures); the output layer's over its own range
 * @param gradientStd       the standard deviation of {@code ∂J/∂a}, the gradient of the loss (the mean over the
 *                          batch) with respect to the layer's activations
 * @param gradientHistogram its histogram over {@code [−M, M]}, {@code M} the largest {@code |∂J/∂a|} of all layers:
 *                          a vanishing gradient shows as a spike at 0 (Karpathy's common axis); null when there is
 *                          none
 * @param weightStd         {@code std(W)}
 * @param weightGradientStd {@code std(dW)}, {@code dW = ∂J/∂W} of the cost DL4J minimizes (regularization included)
 * @param gradData          Karpathy's grad:data ratio, {@code std(dW) / std(W)}
 * @param symmetric         the largest share of units with identical incoming weights (and bias); 0 when no two
 *                          units are alike
 * @param learningRate      the learning rate of the doctor's SGD steps for this layer; NaN when none were taken
 * @param updateData        per step, Karpathy's update:data ratio {@code log10(std(ΔW) / std(W))}, with
 *                          {@code ΔW = lr·dW} the step taken; empty without steps or weights
 */
public record LayerDiagnosis(int layer, String kind, String type, String activation, long units, long count,
                             double mean, double std, double saturated, double dead, Histogram histogram,
                             double gradientStd, Histogram gradientHistogram, double weightStd,
                             double weightGradientStd, double gradData, double symmetric, double learningRate,
                             double[] updateData) {
    public LayerDiagnosis {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(histogram, "histogram");
        updateData = updateData.clone();
    }

    @Override
    public double[] updateData() {
        return updateData.clone();
    }

    /** Whether the layer has weights ({@code W}). */
    public boolean hasWeights() {
        return !Double.isNaN(weightStd);
    }

    /** Whether its activation gradient was measured. */
    public boolean hasGradient() {
        return gradientHistogram != null;
    }

    /** {@code layer 2 (dense, relu)}. */
    public String name() {
        return "layer " + layer + " (" + kind + ", " + activation + ")";
    }

    /** The layer as plain values for JSON; NaN figures are {@code "nan"}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layer", layer);
        m.put("kind", kind);
        m.put("type", type);
        m.put("activation", activation);
        m.put("units", units);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("count", count);
        a.put("mean", Json.number(mean));
        a.put("std", Json.number(std));
        a.put("saturated", Json.number(saturated));
        a.put("dead", Json.number(dead));
        a.put("histogram", histogram.toMap());
        m.put("activations", a);
        if (hasGradient()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("std", Json.number(gradientStd));
            g.put("histogram", gradientHistogram.toMap());
            m.put("activation_gradient", g);
        }
        if (hasWeights()) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("std", Json.number(weightStd));
            w.put("gradient_std", Json.number(weightGradientStd));
            w.put("grad_data", Json.number(gradData));
            w.put("symmetric", Json.number(symmetric));
            w.put("learning_rate", Json.number(learningRate));
            List<Object> steps = new ArrayList<>(updateData.length);
            for (double r : updateData) {
                steps.add(Json.number(r));
            }
            w.put("update_data", steps);
            m.put("weights", w);
        }
        return m;
    }
}
