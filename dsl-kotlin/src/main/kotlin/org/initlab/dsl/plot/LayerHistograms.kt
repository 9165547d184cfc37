package org.initlab.dsl.plot

import org.initlab.dsl.plot.internal.HISTOGRAM_FILL
import org.jetbrains.letsPlot.Figure
import org.jetbrains.letsPlot.coord.coordCartesian
import org.jetbrains.letsPlot.facet.facetGrid
import org.jetbrains.letsPlot.geom.geomRect
import org.jetbrains.letsPlot.ggsize
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.themes.themeBW

/**
 * A row of histograms, one panel per layer, left to right in the order given — the picture of the
 * activation-distribution experiment (Saito: five layers, 30 bins each).
 *
 * @param panels one histogram per layer; build them from counts or with [HistogramPanel.fromValues].
 * @param title the picture's title, e.g. `"sigmoid, w ~ N(0, 1)"`.
 * @param xLimits optional common range of the horizontal axes, e.g. `0.0 to 1.0` for sigmoid activations.
 * @param sharedY give all panels the same count axis (by default each panel has its own).
 * @param panelWidth width of one panel in pixels.
 * @param height height of the picture in pixels.
 */
fun layerHistograms(
    panels: List<HistogramPanel>,
    title: String? = null,
    xLimits: Pair<Double, Double>? = null,
    sharedY: Boolean = false,
    panelWidth: Int = 220,
    height: Int = 280,
): Figure {
    require(panels.isNotEmpty()) { "nothing to plot: no histogram panels" }
    require(panelWidth > 0 && height > 0) { "plot size must be positive" }
    val titles = panels.map { it.title }
    require(titles.toSet().size == titles.size) { "panel titles must be distinct: $titles" }

    val xmin = ArrayList<Double>(); val xmax = ArrayList<Double>()
    val ymax = ArrayList<Long>(); val panel = ArrayList<String>()
    for (h in panels) {
        for (i in h.counts.indices) {
            xmin += h.edges[i]; xmax += h.edges[i + 1]; ymax += h.counts[i]; panel += h.title
        }
    }
    val data = mapOf("xmin" to xmin, "xmax" to xmax, "ymin" to List(xmin.size) { 0 }, "ymax" to ymax, "panel" to panel)

    var p = letsPlot(data) + themeBW() + ggsize(panelWidth * panels.size + 60, height) +
        geomRect(fill = HISTOGRAM_FILL, color = "white", size = 0.2) {
            this.xmin = "xmin"; this.xmax = "xmax"; this.ymin = "ymin"; this.ymax = "ymax"
        } +
        // xOrder = 0: panels in the order of the data, i.e. as given (not sorted by title).
        facetGrid(x = "panel", scales = if (sharedY) "fixed" else "free_y", xOrder = 0) +
        labs(title = title, x = "value", y = "count")
    if (xLimits != null) p += coordCartesian(xlim = xLimits.first to xLimits.second)
    return p
}
