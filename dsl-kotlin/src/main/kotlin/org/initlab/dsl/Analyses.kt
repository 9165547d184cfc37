package org.initlab.dsl

import org.initlab.dsl.plot.HistogramPanel
import org.initlab.dsl.plot.PictureFiles
import org.initlab.dsl.plot.layerHistograms
import org.initlab.dsl.plot.writePicture
import org.initlab.experiment.ActivationExperiment
import org.initlab.experiment.ActivationResult
import org.initlab.experiment.ConfigurationStats
import org.initlab.experiment.ZDistributionExperiment
import org.initlab.experiment.ZDistributionResult
import org.initlab.experiment.ZSample
import org.jetbrains.letsPlot.Figure
import org.jetbrains.letsPlot.geom.geomLine
import org.jetbrains.letsPlot.geom.geomRect
import org.jetbrains.letsPlot.gggrid
import org.jetbrains.letsPlot.ggsize
import org.jetbrains.letsPlot.intern.Plot
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.themes.themeBW
import java.nio.file.Path
import java.util.Locale

/**
 * E4, the distribution of every layer's activations at initialization (Saito, after Glorot & Bengio): `randn(1000,
 * 100)` through 5 layers of 100 units without bias, for the course's seven configurations (sigmoid with std 1, 0.01
 * and Xavier; ReLU with 0.01, Xavier and He; tanh with Xavier). The core's [ActivationExperiment].
 */
public fun activationDistributions(seed: Long = ActivationExperiment.DEFAULT_SEED): ActivationResult = ActivationExperiment.run(seed)

/** How a configuration's weights are scaled, for titles: `w ~ N(0, 1)`, `Xavier: w ~ N(0, 1/n)`, `He: w ~ N(0, 2/n)`. */
public val ConfigurationStats.weightsTitle: String
    get() = when (config().gain()) {
        0.0 -> "w ~ randn * ${py(config().std())}"
        1.0 -> "Xavier: w ~ randn * sqrt(1/n)"
        2.0 -> "He: w ~ randn * sqrt(2/n)"
        else -> "w ~ randn * sqrt(${py(config().gain())}/n)"
    }

/** One row of histograms, one panel per layer (`1-layer` … `5-layer`, as Saito titles them), on a common range. */
public fun ConfigurationStats.histogramsPlot(title: String = "${config().activation().id()}, $weightsTitle"): Figure =
    layerHistograms(
        panels = layers().map { HistogramPanel.of("${it.layer()}-layer", it.histogram()) },
        title = title,
        xLimits = lo() to hi(),
    )

/** The file name of a configuration's picture: `sigmoid-std-1`, `relu-he`. */
public val ConfigurationStats.pictureName: String get() = "activations-" + name().replace('/', '-')

/** Writes every configuration's row of histograms into [dir], as SVG and PNG. */
public fun ActivationResult.writePictures(dir: Path): List<PictureFiles> =
    configs().map { writePicture(it.histogramsPlot(), dir, it.pictureName) }

/**
 * E4b, Nielsen's saturated neuron: `z = Σ w_j x_j + b` with 1000 inputs, half of them 1, drawn [draws] times under
 * large (`N(0, 1)`) and scaled (`N(0, 1/n_in)`) weights. The core's [ZDistributionExperiment].
 */
public fun zDistribution(seed: Long = ZDistributionExperiment.DEFAULT_SEED, draws: Int = ZDistributionExperiment.DRAWS): ZDistributionResult =
    ZDistributionExperiment.run(seed, draws)

/** One arm: the empirical density of `z` as bars and the theoretical normal density as a line. */
public fun ZSample.densityPlot(title: String): Plot {
    val h = histogram()
    val edges = h.edges()
    val density = h.density(z().size.toLong())
    val bars = mapOf(
        "xmin" to edges.dropLast(1), "xmax" to edges.drop(1),
        "ymin" to List(density.size) { 0.0 }, "ymax" to density.toList(),
    )
    val lo = edges.first()
    val hi = edges.last()
    val xs = List(401) { lo + (hi - lo) * it / 400 }
    val curve = mapOf("x" to xs, "y" to xs.map { theoreticalDensity(it) })
    return letsPlot() + themeBW() +
        geomRect(data = bars, fill = "#9ecae1", color = "white", size = 0.2) {
            xmin = "xmin"; xmax = "xmax"; ymin = "ymin"; ymax = "ymax"
        } +
        geomLine(data = curve, color = "#d62728", size = 1.2) { x = "x"; y = "y" } +
        labs(title = title, x = "z", y = "density")
}

/**
 * Both arms side by side: the histogram of `z` (density) with the theoretical `N(0, s²)` curve; the titles give the
 * theoretical and empirical standard deviations (√501 ≈ 22.4 against √1.5 ≈ 1.22).
 */
public fun ZDistributionResult.densityPlot(width: Int = 1100, height: Int = 420): Figure {
    fun title(label: String, s: ZSample) = "%s: std %.2f (theory %.2f)".format(Locale.ROOT, label, s.empiricalStd(), s.theoreticalStd())
    return gggrid(listOf(
        large().densityPlot(title("w, b ~ N(0, 1)", large())),
        scaled().densityPlot(title("w ~ N(0, 1/$inputs), b ~ N(0, 1)", scaled())),
    ), ncol = 2) + ggsize(width, height)
}

/** Writes [densityPlot] into [dir] as `z-distribution.svg` and `z-distribution.png`. */
public fun ZDistributionResult.writePictures(dir: Path): List<PictureFiles> =
    listOf(writePicture(densityPlot(), dir, "z-distribution"))
