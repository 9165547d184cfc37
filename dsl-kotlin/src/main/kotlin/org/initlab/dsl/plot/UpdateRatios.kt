package org.initlab.dsl.plot

import org.initlab.dsl.plot.internal.lineChart
import org.jetbrains.letsPlot.geom.geomHLine
import org.jetbrains.letsPlot.intern.Plot

/**
 * Karpathy's update:data chart: per layer, `log10(std(lr·dW) / std(W))` against the training step, with a solid guide
 * at [guide] (−3: each step moves the weights by about a thousandth of their spread) and dashed lines at the ends of
 * [band] (the DL4J training UI's −4 and −2: below, the layer learns too slowly; above, too fast to be stable).
 *
 * @param series one per layer; `x` is the step, `y` the log10 ratio. Non-finite values are left out.
 * @param title the plot title.
 */
public fun updateRatios(
    series: List<Series>,
    title: String? = "update:data ratio per layer",
    guide: Double = -3.0,
    band: Pair<Double, Double> = -4.0 to -2.0,
    width: Int = 700,
    height: Int = 420,
): Plot = lineChart(
    series = series,
    xLabel = "step",
    yLabel = "log10(std(lr * dW) / std(W))",
    title = title,
    logY = false,
    width = width,
    height = height,
    showPoints = false,
) + geomHLine(yintercept = guide, color = "black", size = 1.0) +
    geomHLine(yintercept = band.first, color = "#777777", linetype = "dashed") +
    geomHLine(yintercept = band.second, color = "#777777", linetype = "dashed")
