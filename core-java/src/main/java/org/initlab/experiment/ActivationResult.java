package org.initlab.experiment;

import org.initlab.analysis.LayerStats;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * What E4 found: for every arm, the statistics of each layer's activations.
 *
 * @param seed     the numpy seed of the input and the weights
 * @param examples rows of the input
 * @param units    units per layer (and input features)
 * @param depth    number of layers
 * @param bins     bins per histogram
 * @param configs  the arms, in order
 */
public record ActivationResult(long seed, int examples, int units, int depth, int bins,
                               List<ConfigurationStats> configs) {
    public ActivationResult {
        configs = List.copyOf(configs);
    }

    /** The arm called {@code name}, e.g. {@code relu/he}. */
    public ConfigurationStats config(String name) {
        return configs.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no configuration '" + name + "' in this result"));
    }

    /**
     * {@code {"experiment": "activations", "seed", "examples", "units", "depth", "bins", "configs": [{"name",
     * "activation", "scale", "range", "layers": [{"layer", "activation", "count", "mean", "std", "saturated",
     * "histogram": {"edges", "counts"}}, …]}, …]}}.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("experiment", "activations");
        m.put("seed", seed);
        m.put("examples", examples);
        m.put("units", units);
        m.put("depth", depth);
        m.put("bins", bins);
        m.put("configs", configs.stream().map(ConfigurationStats::toMap).toList());
        return m;
    }

    /** Two compact tables, configuration × layer: the mean of the activations, then their standard deviation. */
    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "E4 activation distributions: input randn(%d, %d), %d layers of %d units without bias, "
                + "seed %d%n", examples, units, depth, units, seed);
        table(out, "mean", LayerStats::mean);
        table(out, "std", LayerStats::std);
        out.flush();
    }

    private void table(PrintStream out, String what, ToDoubleFunction<LayerStats> value) {
        out.println();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-18s", what + " / layer"));
        for (int l = 1; l <= depth; l++) {
            head.append(String.format(Locale.ROOT, "%11d", l));
        }
        out.println(head);
        for (ConfigurationStats c : configs) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-18s", c.name()));
            for (LayerStats s : c.layers()) {
                row.append(String.format(Locale.ROOT, "%11.4g", value.applyAsDouble(s)));
            }
            out.println(row);
        }
    }
}
