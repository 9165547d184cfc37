package org.initlab.dsl.plot

import org.initlab.sweep.SweepResult
import org.jetbrains.letsPlot.geom.geomPath
import org.jetbrains.letsPlot.geom.geomText
import org.jetbrains.letsPlot.ggsize
import org.jetbrains.letsPlot.intern.Plot
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.scale.scaleColorGradient
import org.jetbrains.letsPlot.scale.scaleXDiscrete
import org.jetbrains.letsPlot.themes.elementBlank
import org.jetbrains.letsPlot.themes.theme
import org.jetbrains.letsPlot.themes.themeBW
import java.util.Locale

/**
 * A parallel-coordinates chart of a sweep: one vertical axis per swept axis, in the sweep's order, then the outcome
 * ([metric], each configuration's mean over its seeds that did not diverge); each configuration is a line through its
 * values, coloured by its outcome. An axis's values are spaced evenly in their order and labelled; the outcome is
 * scaled from its lowest (bottom) to its highest (top), both labelled. Configurations whose runs all diverged are left
 * out. Reads the results only.
 */
public fun parallelCoordinates(
    result: SweepResult,
    metric: SweepMetric = SweepMetric.TEST_ACCURACY,
    title: String? = null,
    width: Int? = null,
    height: Int = 450,
): Plot {
    val axes = result.plan().spec().axes().map { it.kind().column() }
    val outcome = metric.label
    val order = axes + outcome
    val means = result.summaries().associate { s ->
        s.configuration().id() to (if (metric == SweepMetric.TEST_ACCURACY) s.testAccuracy() else s.finalCost()).mean()
    }.filterValues { !it.isNaN() }
    require(means.isNotEmpty()) { "nothing to draw: every run diverged" }
    val low = means.values.min()
    val high = means.values.max()
    fun scaled(v: Double) = if (high > low) (v - low) / (high - low) else 0.5
    val px = ArrayList<String>()
    val py = ArrayList<Double>()
    val group = ArrayList<String>()
    val colour = ArrayList<Double>()
    for (c in result.plan().configurations()) {
        val m = means[c.id()] ?: continue
        for (a in axes) {
            val values = axisValues(result, a)
            px += a; py += position(values.indexOf(c.axis(a)), values.size); group += c.id(); colour += m
        }
        px += outcome; py += scaled(m); group += c.id(); colour += m
    }
    val tx = ArrayList<String>()
    val ty = ArrayList<Double>()
    val text = ArrayList<String>()
    for (a in axes) {
        val values = axisValues(result, a)
        values.forEachIndexed { i, v -> tx += a; ty += position(i, values.size); text += v }
    }
    tx += outcome; ty += 0.0; text += String.format(Locale.ROOT, "%.3f", low)
    tx += outcome; ty += 1.0; text += String.format(Locale.ROOT, "%.3f", high)
    val lines = mapOf("axis" to px, "position" to py, "config" to group, "outcome" to colour)
    val labels = mapOf("axis" to tx, "position" to ty, "text" to text)
    return letsPlot() + themeBW() +
        geomPath(data = lines, size = 1.0, alpha = 0.8) { x = "axis"; y = "position"; this.group = "config"; color = "outcome" } +
        geomText(data = labels, size = 3.5, hjust = 0.0, nudgeX = 0.05) { x = "axis"; y = "position"; label = "text" } +
        scaleColorGradient(low = "#d73027", high = "#1a9850", name = outcome) +
        scaleXDiscrete(limits = order) +
        labs(title = title ?: "configurations against mean $outcome", x = "", y = "") +
        theme(axisTextY = elementBlank(), axisTicksY = elementBlank()) +
        ggsize(width ?: (150 * order.size + 150), height)
}

private fun position(index: Int, count: Int): Double = if (count <= 1) 0.5 else index.toDouble() / (count - 1)
