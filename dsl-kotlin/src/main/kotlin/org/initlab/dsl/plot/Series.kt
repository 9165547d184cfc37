package org.initlab.dsl.plot

/**
 * A named sequence of points `(x[i], y[i])`, for example the cost trace of one run (x = iteration)
 * or its test accuracy per epoch (x = epoch).
 *
 * @property name shown in the legend when a plot has several series.
 * @property x the abscissae, same length as [y].
 * @property y the values; non-finite values (the course's `inf` cost at iteration 0, `NaN`) are left out
 *   of the plot.
 */
public data class Series(val name: String, val x: List<Double>, val y: List<Double>) {
    init {
        require(x.size == y.size) { "series \"$name\": ${x.size} x values but ${y.size} y values" }
    }

    public companion object {
        /**
         * A series of [values] taken at `x = start, start + step, start + 2·step, …` — for example costs
         * printed every 1000 iterations (`step = 1000`) or accuracies after epochs 0, 1, 2, ….
         */
        public fun evenlySpaced(name: String, values: List<Double>, start: Double = 0.0, step: Double = 1.0): Series =
            Series(name, List(values.size) { start + it * step }, values)
    }
}
