package org.initlab.analysis;

import org.initlab.numpy.Histogram;
import org.initlab.numpy.NumpyMoments;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One layer's activations summarized: numpy's {@code a.mean()} and {@code a.std()} over all its values, the share
 * of values within 0.1 of the activation's flat points ({@link ActivationProfile#saturated}), and a histogram.
 *
 * @param layer      the layer, counted from 1 (the output of the network's first layer is layer 1)
 * @param activation the activation's name
 * @param count      the number of values (examples × units)
 * @param mean       the mean of the values
 * @param std        their population standard deviation ({@code ddof = 0})
 * @param saturated  the share within 0.1 of a flat point; NaN for an activation without flat points
 * @param histogram  the counts of the values in equal-width bins
 */
public record LayerStats(int layer, String activation, long count, double mean, double std, double saturated,
                         Histogram histogram) {
    public LayerStats {
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(histogram, "histogram");
    }

    /** The statistics of one layer's {@code values}, binned as {@code histogram} says. */
    public static LayerStats of(int layer, ActivationProfile profile, double[] values, Histogram histogram) {
        return new LayerStats(layer, profile.name(), values.length, NumpyMoments.mean(values),
                NumpyMoments.std(values), profile.saturated(values), histogram);
    }

    /** {@code {"layer", "activation", "count", "mean", "std", "saturated", "histogram": {"edges", "counts"}}}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layer", layer);
        m.put("activation", activation);
        m.put("count", count);
        m.put("mean", mean);
        m.put("std", std);
        m.put("saturated", saturated);
        m.put("histogram", histogram.toMap());
        return m;
    }
}
