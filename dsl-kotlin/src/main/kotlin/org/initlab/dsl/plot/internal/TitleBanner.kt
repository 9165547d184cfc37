package org.initlab.dsl.plot.internal

import org.jetbrains.letsPlot.geom.geomPoint
import org.jetbrains.letsPlot.intern.Plot
import org.jetbrains.letsPlot.label.ggtitle
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.themes.themeVoid

/**
 * A plot that shows only [title]: lets-plot's grids of plots (`gggrid`) take no title of their own, so a
 * titled grid is this banner stacked on top of the grid. (A plot needs a layer; this one is an invisible point.)
 */
internal fun titleBanner(title: String): Plot =
    letsPlot(mapOf("x" to listOf(0), "y" to listOf(0))) +
        geomPoint(alpha = 0.0, showLegend = false) { x = "x"; y = "y" } +
        themeVoid() + ggtitle(title)
