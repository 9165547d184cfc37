package org.initlab.dsl.plot.internal

import org.initlab.dsl.plot.AxisLimits
import org.initlab.dsl.plot.BatchClassifier

/**
 * Predicted labels on an `n × n` grid of cells covering [limits]; `labels[row * n + col]` belongs to the
 * cell whose centre is `(xMin + (col + ½)·dx, yMin + (row + ½)·dy)`.
 */
internal class ClassifiedGrid(val limits: AxisLimits, val n: Int, val labels: IntArray) {
    val dx: Double get() = (limits.xMax - limits.xMin) / n
    val dy: Double get() = (limits.yMax - limits.yMin) / n
}

internal fun classifyGrid(limits: AxisLimits, n: Int, classifier: BatchClassifier): ClassifiedGrid {
    val dx = (limits.xMax - limits.xMin) / n
    val dy = (limits.yMax - limits.yMin) / n
    val xs = DoubleArray(n * n) { limits.xMin + (it % n + 0.5) * dx }
    val ys = DoubleArray(n * n) { limits.yMin + (it / n + 0.5) * dy }
    val labels = classifier.classify(xs, ys)
    require(labels.size == n * n) { "classifier returned ${labels.size} labels for ${n * n} points" }
    require(labels.all { it >= 0 }) { "classifier returned a negative label" }
    return ClassifiedGrid(limits, n, labels)
}

/** An axis-parallel rectangle of the plane predicted as [label]. */
internal data class LabelledRect(val xMin: Double, val xMax: Double, val yMin: Double, val yMax: Double, val label: Int)

/**
 * The grid as few rectangles: runs of equal labels along each row, then identical runs of consecutive rows
 * merged into one taller rectangle. Together they tile the limits exactly, without overlap.
 */
internal fun regionRectangles(grid: ClassifiedGrid): List<LabelledRect> {
    val n = grid.n
    val lim = grid.limits
    data class Run(val from: Int, val to: Int, val label: Int) // columns [from, to)

    fun runsOf(row: Int): List<Run> {
        val out = ArrayList<Run>()
        var start = 0
        for (col in 1..n) {
            if (col == n || grid.labels[row * n + col] != grid.labels[row * n + start]) {
                out += Run(start, col, grid.labels[row * n + start])
                start = col
            }
        }
        return out
    }

    fun x(col: Int) = if (col == n) lim.xMax else lim.xMin + col * grid.dx
    fun y(row: Int) = if (row == n) lim.yMax else lim.yMin + row * grid.dy

    val rects = ArrayList<LabelledRect>()
    var open = HashMap<Run, Int>() // run -> first row it appeared in, continuously
    for (row in 0..n) {
        val current = if (row < n) runsOf(row).toHashSet() else emptySet()
        val next = HashMap<Run, Int>()
        for ((run, firstRow) in open) {
            if (run in current) next[run] = firstRow
            else rects += LabelledRect(x(run.from), x(run.to), y(firstRow), y(row), run.label)
        }
        for (run in current) if (run !in next) next[run] = row
        open = next
    }
    return rects
}
