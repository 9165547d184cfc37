package org.initlab.dsl

import org.initlab.analysis.GradientCheck
import org.initlab.analysis.GradientCheckResult
import org.initlab.net.Matrices
import org.jetbrains.letsPlot.geom.geomHLine
import org.jetbrains.letsPlot.geom.geomLine
import org.jetbrains.letsPlot.geom.geomPoint
import org.jetbrains.letsPlot.ggsize
import org.jetbrains.letsPlot.intern.Plot
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.scale.scaleXDiscrete
import org.jetbrains.letsPlot.scale.scaleYLog10
import org.jetbrains.letsPlot.themes.themeBW

/**
 * The course's gradient check (E8) of the run's trained network on its training examples: every parameter nudged by
 * ±ε, `difference = ‖grad − gradapprox‖₂ / (‖grad‖₂ + ‖gradapprox‖₂)`, passed below the threshold (2e-7).
 * Dropout makes the cost random, so check networks without it.
 */
public fun Run.gradientCheck(check: GradientCheck = GradientCheck()): GradientCheckResult {
    require(!spec.usesDropout()) { "$name: a network with dropout has no deterministic cost to check" }
    val train = dataset.train()
    return check.check(network, Matrices.toNd(train.x()), Matrices.toNd(train.y()))
}

/** The course's verdict on a check: `Your backward propagation works perfectly fine! difference = 1.19e-07`. */
public val GradientCheckResult.courseLine: String
    get() = CoursePrinter.verdict(passed(), difference())

/**
 * Each parameter block's own difference (`W1`, `b1`, `W2`, …), one line of points per check, on a
 * logarithmic axis with the threshold dashed: a planted error stands out by orders of magnitude, in its layer and
 * the layers before it.
 *
 * @param checks name to result; the blocks of the first one order the horizontal axis.
 */
public fun gradientCheckPlot(checks: Map<String, GradientCheckResult>, title: String? = "Gradient check per parameter block"): Plot {
    require(checks.isNotEmpty()) { "no gradient checks to draw" }
    val check = ArrayList<String>()
    val block = ArrayList<String>()
    val difference = ArrayList<Double>()
    for ((name, r) in checks) {
        for (b in r.blocks()) {
            // an exact block (difference 0) has no place on a log axis; show it at the smallest double-precision noise
            check += name; block += b.param() + b.layer(); difference += maxOf(b.difference(), 1e-16)
        }
    }
    val threshold = checks.values.first().threshold()
    val data = mapOf("check" to check, "block" to block, "difference" to difference)
    return letsPlot(data) + themeBW() + ggsize(700, 420) +
        geomLine(size = 0.8) { x = "block"; y = "difference"; color = "check"; group = "check" } +
        geomPoint(size = 3.5) { x = "block"; y = "difference"; color = "check" } +
        geomHLine(yintercept = threshold, linetype = "dashed", color = "#555555") +
        scaleXDiscrete(limits = checks.values.first().blocks().map { it.param() + it.layer() }) +
        scaleYLog10() +
        labs(title = title, x = "parameters (the course's W1, b1, W2, …)", y = "difference (threshold dashed)")
}
