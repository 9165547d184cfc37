package org.initlab.dsl.plot.internal

import org.initlab.dsl.plot.Series
import org.jetbrains.letsPlot.coord.coordCartesian
import org.jetbrains.letsPlot.geom.geomLine
import org.jetbrains.letsPlot.geom.geomPoint
import org.jetbrains.letsPlot.ggsize
import org.jetbrains.letsPlot.intern.Plot
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.scale.scaleColorManual
import org.jetbrains.letsPlot.scale.scaleYLog10
import org.jetbrains.letsPlot.themes.themeBW

/** Column names of the long table a line chart is drawn from. */
private const val X = "x"
private const val Y = "y"
private const val SERIES = "series"

/**
 * One line per series in a long table (`x`, `y`, `series`); non-finite points (and, on a log axis,
 * non-positive ones) are dropped. A legend appears only with more than one series.
 */
internal fun lineChart(
    series: List<Series>,
    xLabel: String,
    yLabel: String,
    title: String?,
    logY: Boolean,
    width: Int,
    height: Int,
    showPoints: Boolean,
    yLimits: Pair<Double, Double>? = null,
): Plot {
    require(series.isNotEmpty()) { "nothing to plot: no series" }
    require(width > 0 && height > 0) { "plot size must be positive, got ${width}x$height" }
    val names = series.map { it.name }
    require(names.toSet().size == names.size) { "series names must be distinct: $names" }

    val xs = ArrayList<Double>()
    val ys = ArrayList<Double>()
    val keys = ArrayList<String>()
    for (s in series) {
        for (i in s.x.indices) {
            val x = s.x[i]
            val y = s.y[i]
            if (!x.isFinite() || !y.isFinite() || (logY && y <= 0.0)) continue
            xs += x; ys += y; keys += s.name
        }
    }
    val data = mapOf(X to xs, Y to ys, SERIES to keys)
    val legend = series.size > 1

    var p = letsPlot(data) + themeBW() + ggsize(width, height)
    p += if (legend) geomLine(size = 1.0) { x = X; y = Y; color = SERIES }
    else geomLine(size = 1.0, color = SINGLE_SERIES_COLOR) { x = X; y = Y }
    if (showPoints) {
        p += if (legend) geomPoint(size = 2.5) { x = X; y = Y; color = SERIES }
        else geomPoint(size = 2.5, color = SINGLE_SERIES_COLOR) { x = X; y = Y }
    }
    if (legend) p += scaleColorManual(values = seriesColors(series.size), limits = names, name = "")
    if (logY) p += scaleYLog10()
    if (yLimits != null) p += coordCartesian(ylim = yLimits.first to yLimits.second)
    p += labs(title = title, x = xLabel, y = yLabel)
    return p
}
