package org.initlab.dsl

import org.initlab.dsl.plot.AxisLimits
import org.initlab.dsl.plot.BatchClassifier
import org.initlab.dsl.plot.PictureFiles
import org.initlab.dsl.plot.Series
import org.initlab.dsl.plot.accuracyCurves
import org.initlab.dsl.plot.decisionBoundary
import org.initlab.dsl.plot.learningCurve
import org.initlab.dsl.plot.learningCurves
import org.initlab.dsl.plot.writePicture
import org.initlab.spec.InitScheme
import org.initlab.spec.InitSpec
import org.jetbrains.letsPlot.Figure
import org.jetbrains.letsPlot.Stat
import org.jetbrains.letsPlot.geom.geomBar
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.pos.positionDodge
import org.jetbrains.letsPlot.scale.scaleFillManual
import org.jetbrains.letsPlot.scale.scaleYContinuous
import org.jetbrains.letsPlot.themes.themeBW
import org.jetbrains.letsPlot.gggrid
import org.jetbrains.letsPlot.ggsize
import org.jetbrains.letsPlot.intern.Plot
import java.nio.file.Path

/** File names (without extension) of a run's pictures. */
public object PictureNames {
    public const val LEARNING_CURVE: String = "learning-curve"
    public const val DECISION_BOUNDARY: String = "decision-boundary"
    public const val ACCURACY: String = "accuracy"
}

/** The course's title of a run's learning curve: `Learning rate =0.01`. */
public val Run.learningCurveTitle: String get() = "Learning rate =" + py(spec.learningRate())

/**
 * The course's title of a run's decision boundary: `Model with He initialization`, `Model with Zeros
 * initialization`, `Model with large random initialization`; on the football data `Model without regularization`,
 * `Model with L2-regularization`, `Model with dropout`.
 */
public val Run.decisionBoundaryTitle: String
    get() = when {
        spec.lambda() > 0 -> "Model with L2-regularization"
        spec.usesDropout() -> "Model with dropout"
        spec.dataset() == "football" -> "Model without regularization"
        else -> "Model with ${initTitle(spec.init())} initialization"
    }

private fun initTitle(init: InitSpec): String = when (init) {
    is InitSpec.Custom -> init.name()
    is InitSpec.Catalog -> init.describe()
    is InitSpec.Course -> when (init.scheme()) {
        InitScheme.HE -> "He"
        InitScheme.ZEROS -> "Zeros"
        InitScheme.RANDOM -> "large random"
        InitScheme.XAVIER -> "Xavier"
        else -> init.describe()
    }
}

/** Whether the run's data has the two features a decision-boundary picture needs. */
public val Run.hasPlane: Boolean get() = dataset.features() == 2

/** The run's cost trace as a [Series] named [label] (x = iteration). */
public fun Run.costSeries(label: String = name): Series =
    Series(label, costIterations.map { it.toDouble() }, costs)

/** The run's test accuracy after each epoch as a [Series] named [label] (x = epoch, from 0). */
public fun Run.accuracySeries(label: String = name): Series = Series.evenlySpaced(label, testAccuracyPerEpoch)

/** The run's prediction as the plot package's classifier of points of the plane (one forward pass per picture). */
public fun Run.classifier(): BatchClassifier {
    require(hasPlane) { "$name: a decision boundary needs 2 features, ${dataset.name()} has ${dataset.features()}" }
    return BatchClassifier { xs, ys ->
        val grid = DoubleArray(xs.size * 2)
        for (i in xs.indices) {
            grid[2 * i] = xs[i]
            grid[2 * i + 1] = ys[i]
        }
        predict(Matrix(xs.size, 2, grid))
    }
}

/** The cost against the iteration, as the course draws it after training (`inf` costs are left out). */
public fun Run.learningCurvePlot(title: String = learningCurveTitle, logScale: Boolean = false): Plot =
    learningCurve(costs, costIterations.map { it.toInt() }, title = title, logScale = logScale)

/**
 * The course's decision boundary: the plane coloured by the network's prediction, with the training points on top,
 * within the course's [limits] for the data set.
 */
public fun Run.decisionBoundaryPlot(
    title: String = decisionBoundaryTitle,
    limits: AxisLimits = courseLimits(dataset),
    resolution: Int = 300,
): Plot {
    val train = dataset.train()
    val x = train.x()
    return decisionBoundary(
        x = DoubleArray(x.rows()) { x.get(it, 0) },
        y = DoubleArray(x.rows()) { x.get(it, 1) },
        labels = train.labels(),
        limits = limits,
        resolution = resolution,
        title = title,
        classifier = classifier(),
    )
}

/** Mini-batch runs: the test accuracy after each epoch. */
public fun Run.accuracyPlot(title: String = "$name: test accuracy per epoch"): Plot {
    require(testCorrectPerEpoch.isNotEmpty()) { "$name: trained in full-batch iterations, no accuracy per epoch" }
    return accuracyCurves(listOf(accuracySeries()), title = title, yLabel = "test accuracy")
}

/**
 * Writes the run's pictures into [dir] as SVG and PNG: `learning-curve` (when costs were recorded),
 * `decision-boundary` (for data in the plane) and `accuracy` (for mini-batch runs).
 *
 * @return the files written, in that order.
 */
public fun Run.writePictures(dir: Path): List<PictureFiles> {
    val written = ArrayList<PictureFiles>()
    if (costs.any { it.isFinite() }) written += writePicture(learningCurvePlot(), dir, PictureNames.LEARNING_CURVE)
    if (hasPlane) written += writePicture(decisionBoundaryPlot(), dir, PictureNames.DECISION_BOUNDARY)
    if (testCorrectPerEpoch.isNotEmpty()) written += writePicture(accuracyPlot(), dir, PictureNames.ACCURACY)
    return written
}

/** The cost traces of several runs in one picture, one line per run, named by [labels]. */
public fun List<Run>.learningCurvesPlot(
    title: String? = null,
    labels: List<String> = map { it.name },
    logScale: Boolean = false,
): Plot {
    require(labels.size == size) { "${labels.size} labels for $size runs" }
    return learningCurves(mapIndexed { i, r -> r.costSeries(labels[i]) }, title = title, logScale = logScale)
}

/** The test accuracy per epoch of several mini-batch runs in one picture, one line per run. */
public fun List<Run>.accuracyPlot(
    title: String? = null,
    labels: List<String> = map { it.name },
    percent: Boolean = true,
    yLimits: Pair<Double, Double>? = null,
): Plot {
    require(labels.size == size) { "${labels.size} labels for $size runs" }
    val series = mapIndexed { i, r ->
        val s = r.accuracySeries(labels[i])
        if (percent) s.copy(y = s.y.map { it * 100 }) else s
    }
    return accuracyCurves(series, title = title, yLabel = if (percent) "test accuracy (%)" else "test accuracy",
        yLimits = yLimits)
}

/**
 * The decision boundaries of several runs side by side, one panel per run (titled by [titles], by default each
 * run's course title), e.g. the course's three regularization models.
 */
public fun List<Run>.decisionBoundariesPlot(
    titles: List<String> = map { it.decisionBoundaryTitle },
    resolution: Int = 300,
    panelWidth: Int = 500,
    height: Int = 440,
): Figure {
    require(isNotEmpty()) { "no runs to draw" }
    require(titles.size == size) { "${titles.size} titles for $size runs" }
    val panels = mapIndexed { i, r -> r.decisionBoundaryPlot(title = titles[i], resolution = resolution) }
    return gggrid(panels, ncol = size) + ggsize(panelWidth * size, height)
}

/** Train and test accuracy of several runs as pairs of bars, one pair per run. */
public fun List<Run>.accuraciesPlot(
    title: String? = "Accuracy",
    labels: List<String> = map { it.name },
    width: Int = 280 * size + 160,
    height: Int = 400,
): Plot {
    require(isNotEmpty()) { "no runs to draw" }
    require(labels.size == size) { "${labels.size} labels for $size runs" }
    val model = ArrayList<String>()
    val set = ArrayList<String>()
    val accuracy = ArrayList<Double>()
    forEachIndexed { i, r ->
        model += labels[i]; set += "train"; accuracy += r.trainAccuracy
        model += labels[i]; set += "test"; accuracy += r.testAccuracy
    }
    val data = mapOf("model" to model, "set" to set, "accuracy" to accuracy)
    return letsPlot(data) + themeBW() + ggsize(width, height) +
        geomBar(stat = Stat.identity, position = positionDodge(0.8), width = 0.75) { x = "model"; y = "accuracy"; fill = "set" } +
        scaleFillManual(values = listOf("#1f77b4", "#ff7f0e"), limits = listOf("train", "test"), name = "") +
        scaleYContinuous(limits = 0 to 1, breaks = listOf(0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0)) +
        labs(title = title, x = "", y = "accuracy")
}
