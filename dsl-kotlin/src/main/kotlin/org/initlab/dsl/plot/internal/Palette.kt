package org.initlab.dsl.plot.internal

/** Colour of the line when a chart has a single series. */
internal const val SINGLE_SERIES_COLOR = "#1f77b4"

/** Distinguishable line colours (matplotlib's "tab10"), repeated when there are more series. */
private val SERIES_COLORS = listOf(
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
)

internal fun seriesColors(n: Int): List<String> = List(n) { SERIES_COLORS[it % SERIES_COLORS.size] }

/**
 * Line types (lets-plot's codes: 1 solid, 2 dashed, 3 dotted, 4 dot-dash, 5 long dash, 6 two-dash) that tell apart the
 * series [seriesColors] gives the same colour: the first ten solid, the next ten dashed, and so on.
 */
internal fun seriesLinetypes(n: Int): List<Int> = List(n) { 1 + (it / SERIES_COLORS.size) % 6 }

/**
 * Class colours after matplotlib's "Spectral" map the course uses: label 0 red, label 1 blue, then more.
 * Points use the strong colour, the predicted regions underneath the light one.
 */
private val CLASS_POINT_COLORS = listOf("#c2182b", "#2f4fa2", "#1a9641", "#e08214", "#762a83")
private val CLASS_REGION_COLORS = listOf("#f6b9a6", "#b3c7ea", "#b8e0b0", "#fbd3a0", "#d4bddf")

internal fun classPointColor(classIndex: Int): String = CLASS_POINT_COLORS[classIndex % CLASS_POINT_COLORS.size]
internal fun classRegionColor(classIndex: Int): String = CLASS_REGION_COLORS[classIndex % CLASS_REGION_COLORS.size]

/** Colour of histogram bars. */
internal const val HISTOGRAM_FILL = "#4c72b0"
