package org.initlab.dsl.plot.internal

import org.jetbrains.letsPlot.Figure
import org.jetbrains.letsPlot.awt.plot.PlotSvgExport
import org.jetbrains.letsPlot.intern.toSpec

/** The SVG document lets-plot's `ggsave(figure, "x.svg")` would write, as a string. */
internal fun svgOf(figure: Figure): String =
    PlotSvgExport.buildSvgImageFromRawSpecs(figure.toSpec())

private val SVG_TAG = Regex("<svg\\b[^>]*>")
private fun attribute(tag: String, name: String): Double? =
    Regex("\\s$name\\s*=\\s*\"([0-9.]+)(px)?\"").find(tag)?.groupValues?.get(1)?.toDoubleOrNull()

/** Width and height declared on the root `<svg>` element, in pixels, or null when absent. */
internal fun svgSize(svg: String): Pair<Double, Double>? {
    val tag = SVG_TAG.find(svg)?.value ?: return null
    val w = attribute(tag, "width") ?: return null
    val h = attribute(tag, "height") ?: return null
    return w to h
}
