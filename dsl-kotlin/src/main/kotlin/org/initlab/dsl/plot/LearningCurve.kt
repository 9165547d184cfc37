package org.initlab.dsl.plot

import org.initlab.dsl.plot.internal.lineChart
import org.jetbrains.letsPlot.intern.Plot

/**
 * The cost against the iteration of one run, as the course draws it after training.
 *
 * @param costs the recorded costs (`Run.costs`); non-finite ones (the `inf` of the large-random run) are left out.
 * @param iterations the iteration of each cost, same length as [costs]; by default `0, 1, 2, …`.
 * @param title the plot title, e.g. `"Learning rate = 0.01"`.
 * @param logScale draw the cost on a logarithmic axis.
 */
public fun learningCurve(
    costs: List<Double>,
    iterations: List<Int> = costs.indices.toList(),
    title: String? = null,
    logScale: Boolean = false,
): Plot = learningCurves(
    listOf(Series("cost", iterations.map { it.toDouble() }, costs)),
    title = title,
    logScale = logScale,
)

/**
 * The costs of several runs against the iteration, one line per [Series], for comparing runs (initializers,
 * regularization, learning rates) in one picture. With more than one series a legend names them.
 *
 * @param series one per run; `x` is the iteration, `y` the cost. Non-finite costs are left out.
 * @param title the plot title.
 * @param logScale draw the cost on a logarithmic axis.
 * @param width plot width in pixels.
 * @param height plot height in pixels.
 */
public fun learningCurves(
    series: List<Series>,
    title: String? = null,
    logScale: Boolean = false,
    width: Int = 600,
    height: Int = 400,
): Plot = lineChart(
    series = series,
    xLabel = "iteration",
    yLabel = "cost",
    title = title,
    logY = logScale,
    width = width,
    height = height,
    showPoints = false,
)
