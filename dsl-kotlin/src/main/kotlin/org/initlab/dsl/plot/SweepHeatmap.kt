package org.initlab.dsl.plot

import org.initlab.sweep.RunRecord
import org.initlab.sweep.SweepResult
import org.jetbrains.letsPlot.geom.geomText
import org.jetbrains.letsPlot.geom.geomTile
import org.jetbrains.letsPlot.ggsize
import org.jetbrains.letsPlot.intern.Plot
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.scale.scaleFillGradient
import org.jetbrains.letsPlot.scale.scaleXDiscrete
import org.jetbrains.letsPlot.scale.scaleYDiscrete
import org.jetbrains.letsPlot.themes.themeBW
import java.util.Locale

/** What a sweep's picture shows of each run: its test accuracy, or its final cost. */
public enum class SweepMetric(internal val column: String, internal val label: String) {
    TEST_ACCURACY("test_accuracy", "test accuracy"),
    FINAL_COST("final_cost", "final cost");

    internal fun of(r: RunRecord): Double =
        if (this == TEST_ACCURACY) r.outcome().testAccuracy() else r.outcome().finalCost()

    public companion object {
        /** The metric of a table column: `test_accuracy` or `final_cost`. */
        public fun of(column: String): SweepMetric = entries.firstOrNull { it.column == column }
            ?: throw IllegalArgumentException("unknown metric '$column': expected test_accuracy or final_cost")
    }
}

/**
 * A heatmap of a sweep's [metric] over two of its axes, [x] and [y] (table columns: `depth`, `init`, …), one panel per
 * value of [facet] when given ([FacetAxis]: numbers in ascending order, other values in alphabetical order). Each cell
 * is the mean over the runs in it that did not diverge — over its seeds, and over the values of the axes not drawn —
 * and is labelled with that mean; a cell where every run diverged is left grey and labelled `diverged`. Reads the
 * results only; nothing trains.
 */
public fun sweepHeatmap(
    result: SweepResult,
    x: String,
    y: String,
    facet: String? = null,
    metric: SweepMetric = SweepMetric.TEST_ACCURACY,
    title: String? = null,
    width: Int? = null,
    height: Int? = null,
): Plot {
    val xs = axisValues(result, x)
    val ys = axisValues(result, y)
    val panels = FacetAxis.of(result, facet)
    val facets = if (facet == null) listOf("") else axisValues(result, facet)
    val cx = ArrayList<String>()
    val cy = ArrayList<String>()
    val cf = ArrayList<Any>()
    val value = ArrayList<Double?>()
    val label = ArrayList<String>()
    for (f in facets) for (vy in ys) for (vx in xs) {
        val runs = result.finals().filter {
            it.task().axis(x) == vx && it.task().axis(y) == vy && (facet == null || it.task().axis(facet) == f)
        }
        if (runs.isEmpty()) continue
        val ok = runs.map { metric.of(it) }.filter { !it.isNaN() }
        val mean = if (ok.isEmpty()) null else ok.sum() / ok.size
        cx += vx; cy += vy; cf += panels?.value(f) ?: ""
        value += mean
        label += if (mean == null) "diverged" else String.format(Locale.ROOT, "%.2f", mean)
    }
    val data = mapOf("x" to cx, "y" to cy, "facet" to cf, "value" to value, "label" to label)
    val panelWidth = 60 * xs.size + 120
    var p = letsPlot(data) + themeBW() +
        geomTile(color = "white") { this.x = "x"; this.y = "y"; fill = "value" } +
        geomText(size = 4.5) { this.x = "x"; this.y = "y"; this.label = "label" } +
        scaleFillGradient(low = "#d73027", high = "#1a9850", naValue = "#bdbdbd", name = metric.label) +
        scaleXDiscrete(limits = xs) + scaleYDiscrete(limits = ys) +
        labs(title = title ?: "mean ${metric.label} over seeds", x = x, y = y)
    if (panels != null) p += panels.wrap("facet", ncol = facets.size)
    p += ggsize(width ?: (panelWidth * facets.size + 80).coerceAtMost(1600), height ?: (40 * ys.size + 160))
    return p
}

/** The values of a sweep's axis [column] in the sweep's order, as text. */
internal fun axisValues(result: SweepResult, column: String): List<String> {
    val axis = result.plan().spec().axes().firstOrNull { it.kind().column() == column }
        ?: throw IllegalArgumentException(
            "'$column' is not an axis of this sweep (${result.plan().spec().axes().joinToString { it.kind().column() }})",
        )
    return axis.texts()
}
