package org.initlab.dsl.plot

import org.initlab.dsl.plot.internal.lineChart
import org.jetbrains.letsPlot.intern.Plot

/**
 * Accuracy after every epoch, one line (with a marker per epoch) per [Series] — Nielsen's comparison of
 * weight initializations on MNIST is the model: x = epoch, y = test accuracy.
 *
 * @param series one per run; `x` is the epoch, `y` the accuracy (a fraction or a percentage, as given).
 * @param title the plot title.
 * @param yLabel the label of the accuracy axis, e.g. `"test accuracy (%)"`.
 * @param yLimits optional fixed range of the accuracy axis, e.g. `0.9 to 1.0`.
 * @param width plot width in pixels.
 * @param height plot height in pixels.
 */
public fun accuracyCurves(
    series: List<Series>,
    title: String? = null,
    yLabel: String = "accuracy",
    yLimits: Pair<Double, Double>? = null,
    width: Int = 600,
    height: Int = 400,
): Plot = lineChart(
    series = series,
    xLabel = "epoch",
    yLabel = yLabel,
    title = title,
    logY = false,
    width = width,
    height = height,
    showPoints = true,
    yLimits = yLimits,
)

/**
 * Accuracy per epoch for several named runs given as plain lists: entry `i` of each list is the accuracy
 * after epoch `firstEpoch + i`.
 *
 * @param byName run name to accuracies, in the order the legend should show them.
 * @param firstEpoch the number of the first epoch (Nielsen prints "Epoch 0" after the first pass).
 */
public fun accuracyCurves(
    byName: Map<String, List<Double>>,
    firstEpoch: Int = 0,
    title: String? = null,
    yLabel: String = "accuracy",
    yLimits: Pair<Double, Double>? = null,
): Plot = accuracyCurves(
    byName.map { (name, values) -> Series.evenlySpaced(name, values, start = firstEpoch.toDouble()) },
    title = title,
    yLabel = yLabel,
    yLimits = yLimits,
)
