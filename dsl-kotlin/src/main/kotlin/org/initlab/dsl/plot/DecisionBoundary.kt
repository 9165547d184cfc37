package org.initlab.dsl.plot

import org.initlab.dsl.plot.internal.classPointColor
import org.initlab.dsl.plot.internal.classRegionColor
import org.initlab.dsl.plot.internal.classifyGrid
import org.initlab.dsl.plot.internal.regionRectangles
import org.jetbrains.letsPlot.coord.coordCartesian
import org.jetbrains.letsPlot.geom.geomPoint
import org.jetbrains.letsPlot.geom.geomRect
import org.jetbrains.letsPlot.ggsize
import org.jetbrains.letsPlot.intern.Plot
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.scale.scaleColorManual
import org.jetbrains.letsPlot.scale.scaleXContinuous
import org.jetbrains.letsPlot.scale.scaleYContinuous
import org.jetbrains.letsPlot.themes.themeBW

/**
 * Classifies a batch of points of the plane: given the coordinates `xs[i], ys[i]` of `n` points, returns
 * the `n` predicted labels (0, 1, … ). Called once per picture with the whole grid, so that a network can
 * predict all points in one forward pass.
 */
public fun interface BatchClassifier {
    /** The labels predicted for the points `(xs[i], ys[i])`; `xs.size == ys.size` and the result has that size too. */
    public fun classify(xs: DoubleArray, ys: DoubleArray): IntArray

    public companion object {
        /** A [BatchClassifier] from a function that predicts one point at a time, `(x, y) -> label`. */
        public fun pointwise(predict: (Double, Double) -> Int): BatchClassifier =
            BatchClassifier { xs, ys -> IntArray(xs.size) { predict(xs[it], ys[it]) } }
    }
}

/**
 * The course's decision-boundary picture: the plane inside [limits] coloured by the label [classifier]
 * predicts on a `resolution × resolution` grid (light colours), with the training points coloured by their
 * true label on top (label 0 red, label 1 blue, as matplotlib's "Spectral" map in the course).
 *
 * Neighbouring grid cells with the same prediction are merged into one rectangle, so the picture stays small
 * however fine the grid is.
 *
 * @param x first coordinate of each training point (row 0 of the course's `X`).
 * @param y second coordinate of each training point (row 1 of `X`).
 * @param labels the true label of each point (the course's `Y`), 0 or 1 for the binary data sets.
 * @param limits the visible rectangle: [AxisLimits.CIRCLES] or [AxisLimits.FOOTBALL] reproduce the course's.
 * @param resolution grid cells per axis.
 * @param title the plot title, e.g. `"Model with He initialization"`.
 * @param width plot width in pixels.
 * @param height plot height in pixels.
 * @param classifier the trained model's prediction (see [BatchClassifier]; [BatchClassifier.pointwise] wraps
 *   a one-point-at-a-time function).
 */
public fun decisionBoundary(
    x: DoubleArray,
    y: DoubleArray,
    labels: IntArray,
    limits: AxisLimits,
    resolution: Int = 300,
    title: String? = null,
    width: Int = 600,
    height: Int = 500,
    classifier: BatchClassifier,
): Plot {
    require(x.size == y.size && x.size == labels.size) {
        "points need as many x, y and labels: ${x.size}, ${y.size}, ${labels.size}"
    }
    require(resolution in 2..4000) { "resolution must be in 2..4000, got $resolution" }
    require(width > 0 && height > 0) { "plot size must be positive, got ${width}x$height" }
    require(labels.all { it >= 0 }) { "labels must be 0, 1, …" }

    val grid = classifyGrid(limits, resolution, classifier)
    val rects = regionRectangles(grid)
    val classes = (labels.asSequence() + grid.labels.asSequence()).distinct().sorted().toList()
    val classNames = classes.map { it.toString() }

    val pointData = mapOf(
        "x1" to x.toList(), "x2" to y.toList(), "label" to labels.map { it.toString() },
    )

    // One layer per predicted class with a constant fill and an outline of the same colour: no fill scale
    // (the colour scale belongs to the points) and no hairline seams between neighbouring rectangles.
    var p = letsPlot() + themeBW() + ggsize(width, height)
    for (label in classes) {
        val mine = rects.filter { it.label == label }
        if (mine.isEmpty()) continue
        val regionData = mapOf(
            "xmin" to mine.map { it.xMin }, "xmax" to mine.map { it.xMax },
            "ymin" to mine.map { it.yMin }, "ymax" to mine.map { it.yMax },
        )
        p += geomRect(data = regionData, fill = classRegionColor(label), color = classRegionColor(label), size = 0.4) {
            xmin = "xmin"; xmax = "xmax"; ymin = "ymin"; ymax = "ymax"
        }
    }
    return p +
        geomPoint(data = pointData, size = 2.0) { this.x = "x1"; this.y = "x2"; color = "label" } +
        scaleColorManual(values = classes.map(::classPointColor), limits = classNames, name = "label") +
        scaleXContinuous(expand = listOf(0, 0)) +
        scaleYContinuous(expand = listOf(0, 0)) +
        coordCartesian(xlim = limits.xMin to limits.xMax, ylim = limits.yMin to limits.yMax) +
        labs(title = title, x = "x1", y = "x2")
}
