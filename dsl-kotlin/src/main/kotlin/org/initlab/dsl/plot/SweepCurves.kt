package org.initlab.dsl.plot

import org.initlab.numpy.NumpyMoments
import org.initlab.sweep.Configuration
import org.initlab.sweep.RunRecord
import org.initlab.sweep.SweepResult
import org.jetbrains.letsPlot.geom.geomLine
import org.jetbrains.letsPlot.geom.geomRibbon
import org.jetbrains.letsPlot.ggsize
import org.jetbrains.letsPlot.intern.Plot
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.scale.scaleColorManual
import org.jetbrains.letsPlot.scale.scaleFillManual
import org.jetbrains.letsPlot.scale.scaleLinetypeManual
import org.jetbrains.letsPlot.scale.scaleYLog10
import org.jetbrains.letsPlot.themes.themeBW
import org.initlab.dsl.plot.internal.seriesColors
import org.initlab.dsl.plot.internal.seriesLinetypes

/** The band drawn around a configuration's mean curve, across its seeds. */
public enum class Band {
    /** From the lowest to the highest run. */
    MIN_MAX,

    /** The mean ± one (population) standard deviation. */
    STD,
}

/** What a sweep's curves follow: each run's recorded cost, or its test accuracy after each epoch. */
public enum class Curve(internal val label: String) {
    COST("cost"),
    TEST_ACCURACY("test accuracy"),
}

/**
 * Learning curves of a sweep, one per configuration: the mean across its seeds with a [band] (min–max or ± std), the
 * runs as they were at the last rung each configuration reached. [Curve.COST] follows the recorded costs against the
 * iteration (non-finite costs, such as the `inf` of a saturated output, are left out), [Curve.TEST_ACCURACY] the test
 * accuracy after each epoch of mini-batch runs. With [facet] (a table column), one panel per value of that axis
 * ([FacetAxis]), each on its own y range, and a line per value of the others; the legend names each line by its axes'
 * values. Reads the results only.
 */
public fun sweepCurves(
    result: SweepResult,
    band: Band = Band.MIN_MAX,
    curve: Curve = Curve.COST,
    facet: String? = null,
    logScale: Boolean = false,
    title: String? = null,
    width: Int = 700,
    height: Int = 420,
): Plot {
    val facetValues = if (facet == null) null else axisValues(result, facet)
    val panels = FacetAxis.of(result, facet)
    val xs = ArrayList<Double>()
    val mean = ArrayList<Double>()
    val lo = ArrayList<Double>()
    val hi = ArrayList<Double>()
    val line = ArrayList<String>()
    val panel = ArrayList<Any>()
    val names = ArrayList<String>()
    for (c in result.plan().configurations()) {
        val runs = result.finals(c.id())
        val name = label(c, facet)
        if (name !in names) names += name
        val points = points(runs, curve)
        for ((x, ys) in points) {
            val finite = ys.filter { it.isFinite() }
            if (finite.isEmpty() || (logScale && finite.any { it <= 0.0 })) continue
            val values = finite.toDoubleArray()
            val m = NumpyMoments.mean(values)
            val (a, b) = if (band == Band.MIN_MAX) finite.min() to finite.max()
            else NumpyMoments.std(values).let { m - it to m + it }
            xs += x; mean += m; lo += a; hi += b; line += name
            panel += panels?.value(c.axis(panels.column)) ?: ""
        }
    }
    require(xs.isNotEmpty()) { "nothing to draw: no run recorded a finite ${curve.label}" }
    val data = mapOf("x" to xs, "mean" to mean, "lo" to lo, "hi" to hi, "line" to line, "panel" to panel)
    val colors = seriesColors(names.size)
    var p = letsPlot(data) + themeBW() +
        // y too, though a ribbon draws only ymin and ymax: unmapped, lets-plot counts it 0 and the axis starts there
        geomRibbon(alpha = 0.2, size = 0.0, showLegend = false) {
            x = "x"; y = "mean"; ymin = "lo"; ymax = "hi"; fill = "line"
        } +
        geomLine(size = 1.0) { x = "x"; y = "mean"; color = "line"; linetype = "line" } +
        scaleColorManual(values = colors, limits = names, name = "") +
        scaleLinetypeManual(values = seriesLinetypes(names.size), limits = names, name = "") +
        scaleFillManual(values = colors, limits = names, name = "") +
        labs(
            title = title ?: "mean ${curve.label} over seeds, band: ${if (band == Band.MIN_MAX) "min to max" else "± std"}",
            x = if (curve == Curve.COST) "iteration" else "epoch",
            y = curve.label,
        ) + ggsize(width * (facetValues?.size?.coerceAtMost(3) ?: 1), height * (((facetValues?.size ?: 1) + 2) / 3))
    if (logScale) p += scaleYLog10()
    // each panel on its own y range: a diverging configuration's costs would flatten every other panel's curves
    if (panels != null) p += panels.wrap("panel", ncol = 3, scales = "free_y")
    return p
}

/** A line's name: the configuration's axes but [facet], `init=he depth=4`. */
private fun label(c: Configuration, facet: String?): String =
    c.axes().filter { it.field() != facet }.joinToString(" ") { "${it.field()}=${it.value()}" }.ifEmpty { c.id() }

/** Per x, the values of every run that has one there. */
private fun points(runs: List<RunRecord>, curve: Curve): Map<Double, List<Double>> {
    val byX = sortedMapOf<Double, MutableList<Double>>()
    for (r in runs) {
        if (curve == Curve.COST) {
            val t = r.outcome().trace()
            for (i in 0 until t.size()) byX.getOrPut(t.iteration(i).toDouble()) { ArrayList() } += t.cost(i)
        } else {
            r.outcome().epochTestAccuracy().forEachIndexed { e, a -> byX.getOrPut(e.toDouble()) { ArrayList() } += a }
        }
    }
    return byX
}
