package org.initlab.dsl.plot

import org.initlab.dsl.plot.internal.HISTOGRAM_FILL
import org.initlab.dsl.plot.internal.titleBanner
import org.initlab.numpy.Histogram
import org.jetbrains.letsPlot.Figure
import org.jetbrains.letsPlot.geom.geomLine
import org.jetbrains.letsPlot.geom.geomRect
import org.jetbrains.letsPlot.gggrid
import org.jetbrains.letsPlot.ggsize
import org.jetbrains.letsPlot.intern.Plot
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.themes.elementBlank
import org.jetbrains.letsPlot.themes.theme
import org.jetbrains.letsPlot.themes.themeBW

/**
 * One panel of [densityHistograms]: samples binned as a density (each bar's height is its share of the samples
 * divided by the bin width), with a theoretical density drawn over it.
 *
 * @property title the panel's title, e.g. `"he-uniform"`.
 * @property values the samples, e.g. a layer's weights.
 * @property density the theoretical probability density, or null to draw none.
 * @property densityLabel what the curve is, shown under the title, e.g. `"U(±√(6/n_in))"`.
 * @property bins the number of equal-width bins over the values' range.
 */
public class DensityPanel(
    public val title: String,
    public val values: DoubleArray,
    public val density: ((Double) -> Double)?,
    public val densityLabel: String = "",
    public val bins: Int = 50,
) {
    init {
        require(values.any { it.isFinite() }) { "panel \"$title\" has no finite values" }
        require(bins >= 1) { "panel \"$title\": bins must be at least 1" }
    }
}

/**
 * Histograms of several samples, each beside its theoretical density (a line), in a grid of [columns] panels per row:
 * the picture of the initializer audit, where a wrong initializer's bars leave its intended density.
 *
 * @param panels the samples and their densities.
 * @param title the picture's title, shown above the grid.
 * @param columns panels per row.
 * @param panelWidth width of one panel in pixels.
 * @param panelHeight height of one panel in pixels.
 */
public fun densityHistograms(
    panels: List<DensityPanel>,
    title: String? = null,
    columns: Int = 4,
    panelWidth: Int = 280,
    panelHeight: Int = 230,
): Figure {
    require(panels.isNotEmpty()) { "nothing to plot: no panels" }
    require(columns >= 1 && panelWidth > 0 && panelHeight > 0) { "columns and sizes must be positive" }
    val cols = minOf(columns, panels.size)
    val rows = (panels.size + cols - 1) / cols
    val grid = gggrid(panels.map { densityPlot(it) }, ncol = cols, align = true)
    val width = panelWidth * cols
    val height = panelHeight * rows
    if (title == null) return grid + ggsize(width, height)
    val banner = 40
    return gggrid(listOf(titleBanner(title), grid + theme(plotBackground = elementBlank())), ncol = 1,
        heights = listOf(banner, height)) + ggsize(width, height + banner)
}

private fun densityPlot(panel: DensityPanel): Plot {
    val h = Histogram.of(panel.values, panel.bins)
    val edges = h.edges().toList()
    val counts = h.counts()
    val total = counts.sum().toDouble()
    val heights = counts.mapIndexed { i, c -> c / total / (edges[i + 1] - edges[i]) }
    val bars = mapOf(
        "xmin" to edges.dropLast(1), "xmax" to edges.drop(1),
        "ymin" to List(counts.size) { 0.0 }, "ymax" to heights,
    )
    var p = letsPlot() + themeBW() +
        geomRect(data = bars, fill = HISTOGRAM_FILL, color = "white", size = 0.2) {
            xmin = "xmin"; xmax = "xmax"; ymin = "ymin"; ymax = "ymax"
        }
    val density = panel.density
    if (density != null) {
        val lo = edges.first()
        val hi = edges.last()
        val margin = (hi - lo) * 0.05
        val xs = List(401) { lo - margin + (hi - lo + 2 * margin) * it / 400 }
        p += geomLine(data = mapOf("x" to xs, "y" to xs.map(density)), color = "#d62728", size = 1.0) { x = "x"; y = "y" }
    }
    val subtitle = panel.densityLabel.ifBlank { null }
    return p + labs(title = panel.title, subtitle = subtitle, x = "", y = "density")
}
