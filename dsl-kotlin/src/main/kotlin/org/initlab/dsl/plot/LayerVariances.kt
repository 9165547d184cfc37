package org.initlab.dsl.plot

import org.initlab.dsl.plot.internal.lineChart
import org.jetbrains.letsPlot.intern.Plot

/**
 * The variance of each layer's pre-activations, `Var(Z_l)` against `l`, one line (with a marker per layer) per
 * initializer, on a logarithmic axis: LSUV's flat line at 1 beside the variances that shrink or grow with depth.
 *
 * @param byInit initializer name to `Var(Z_1), Var(Z_2), …`, in the order the legend should show them.
 */
public fun layerVariances(
    byInit: Map<String, DoubleArray>,
    title: String? = null,
    width: Int = 600,
    height: Int = 400,
): Plot = lineChart(
    series = byInit.map { (name, v) -> Series(name, List(v.size) { (it + 1).toDouble() }, v.toList()) },
    xLabel = "layer l",
    yLabel = "Var(Z_l)",
    title = title,
    logY = true,
    width = width,
    height = height,
    showPoints = true,
)
