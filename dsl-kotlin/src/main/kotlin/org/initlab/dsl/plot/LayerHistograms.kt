package org.initlab.dsl.plot

import org.initlab.dsl.plot.internal.HISTOGRAM_FILL
import org.initlab.dsl.plot.internal.titleBanner
import org.jetbrains.letsPlot.Figure
import org.jetbrains.letsPlot.coord.coordCartesian
import org.jetbrains.letsPlot.geom.geomRect
import org.jetbrains.letsPlot.gggrid
import org.jetbrains.letsPlot.ggsize
import org.jetbrains.letsPlot.intern.Plot
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.scale.scaleYContinuous
import org.jetbrains.letsPlot.themes.elementBlank
import org.jetbrains.letsPlot.themes.theme
import org.jetbrains.letsPlot.themes.themeBW

/**
 * A row of histograms, one panel per layer, left to right in the order given — the picture of the
 * activation-distribution experiment (Saito: five layers, 30 bins each, titled "1-layer" … "5-layer").
 *
 * @param panels one histogram per layer; build them from counts or with [HistogramPanel.fromValues].
 * @param title the picture's title, e.g. `"sigmoid, w ~ N(0, 1)"`, shown above the row.
 * @param xLimits optional common range of the horizontal axes, e.g. `0.0 to 1.0` for sigmoid activations.
 * @param sharedY give all panels the same count axis (by default each panel has its own).
 * @param panelWidth width of one panel in pixels.
 * @param height height of the picture in pixels.
 */
public fun layerHistograms(
    panels: List<HistogramPanel>,
    title: String? = null,
    xLimits: Pair<Double, Double>? = null,
    sharedY: Boolean = false,
    panelWidth: Int = 220,
    height: Int = 280,
): Figure {
    require(panels.isNotEmpty()) { "nothing to plot: no histogram panels" }
    require(panelWidth > 0 && height > 0) { "plot size must be positive" }
    val yMax = panels.maxOf { it.counts.max() }

    val plots = panels.mapIndexed { index, h -> histogramPlot(h, firstInRow = index == 0, xLimits, if (sharedY) yMax else null) }
    val width = panelWidth * panels.size
    val row = gggrid(plots, ncol = panels.size, align = true)
    if (title == null) return row + ggsize(width, height)
    // gggrid has no title of its own: the title is a banner stacked on top of the row. lets-plot 4.1 draws a
    // nested grid's background after its plots, covering them, so the nested row gets no background.
    val bannerHeight = 40
    return gggrid(
        listOf(titleBanner(title), row + theme(plotBackground = elementBlank())),
        ncol = 1,
        heights = listOf(bannerHeight, height - bannerHeight),
    ) + ggsize(width, height)
}

/** One panel: bars from the bin edges, the panel title on top, "count" on the first panel's axis only. */
private fun histogramPlot(h: HistogramPanel, firstInRow: Boolean, xLimits: Pair<Double, Double>?, yMax: Long?): Plot {
    val data = mapOf(
        "xmin" to h.edges.dropLast(1), "xmax" to h.edges.drop(1),
        "ymin" to List(h.counts.size) { 0 }, "ymax" to h.counts,
    )
    var p = letsPlot(data) + themeBW() +
        geomRect(fill = HISTOGRAM_FILL, color = "white", size = 0.2) {
            xmin = "xmin"; xmax = "xmax"; ymin = "ymin"; ymax = "ymax"
        } +
        labs(title = h.title, x = "", y = if (firstInRow) "count" else "")
    if (yMax != null) p += scaleYContinuous(limits = 0 to yMax)
    if (xLimits != null) p += coordCartesian(xlim = xLimits.first to xLimits.second)
    return p
}
