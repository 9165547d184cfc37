package org.initlab.sweep;

import org.initlab.spec.ExperimentSpec;

import java.util.List;

/**
 * One configuration of a sweep: a point of its grid, run with every seed.
 *
 * @param position  its place among the sweep's configurations (the order they run and are listed in)
 * @param gridIndex its index in the grid ({@link org.initlab.spec.SweepSpec#configuration})
 * @param id        its hash, 12 hex digits of the SHA-256 of its specification's text (seed, name and, with halving,
 *                  the training length left out): the same configuration has the same id in every sweep
 * @param values    its value of each axis, typed
 * @param axes      the same as canonical text, for tables
 * @param spec      its specification at the first rung (the seed is the base's; each run sets its own)
 */
public record Configuration(int position, long gridIndex, String id, List<Object> values, List<Setting> axes,
                            ExperimentSpec spec) {
    public Configuration {
        values = List.copyOf(values);
        axes = List.copyOf(axes);
    }

    /** The canonical text of its value of the axis with column {@code column}, or null. */
    public String axis(String column) {
        for (Setting s : axes) {
            if (s.field().equals(column)) {
                return s.value();
            }
        }
        return null;
    }
}
