package org.initlab.experiment;

import org.initlab.analysis.LayerStats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The activation statistics of one E4 arm, layer by layer; all its histograms share one range so that the layers
 * can be compared.
 *
 * @param config the arm
 * @param scale  the weights' standard deviation it resolved to
 * @param lo     the histograms' lower edge
 * @param hi     the histograms' upper edge
 * @param layers the statistics of layers 1 … depth
 */
public record ConfigurationStats(ActivationConfig config, double scale, double lo, double hi,
                                 List<LayerStats> layers) {
    public ConfigurationStats {
        layers = List.copyOf(layers);
    }

    public String name() {
        return config.name();
    }

    /** The statistics of {@code layer}, counted from 1. */
    public LayerStats layer(int layer) {
        return layers.get(layer - 1);
    }

    /** {@code {"name", "activation", "scale", "range": [lo, hi], "layers": […]}}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", config.name());
        m.put("activation", config.activation().id());
        m.put("scale", scale);
        m.put("range", List.of(lo, hi));
        m.put("layers", layers.stream().map(LayerStats::toMap).toList());
        return m;
    }
}
