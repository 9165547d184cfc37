@file:JvmName("Doctors")

package org.initlab.dsl

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork
import org.initlab.analysis.Doctor
import org.initlab.analysis.DoctorFiles
import org.initlab.analysis.DoctorReport
import org.initlab.analysis.DoctorThresholds
import org.initlab.analysis.LayerDiagnosis
import org.initlab.dsl.internal.Properties
import org.initlab.dsl.plot.HistogramPanel
import org.initlab.dsl.plot.PictureFiles
import org.initlab.dsl.plot.Series
import org.initlab.dsl.plot.layerHistograms
import org.initlab.dsl.plot.updateRatios
import org.initlab.dsl.plot.writePicture
import org.initlab.experiment.DoctorExperiment
import org.initlab.init.LsuvFit
import org.initlab.io.ResultFolder
import org.initlab.experiment.DoctorResult
import org.initlab.net.CourseNetworks
import org.initlab.net.Matrices
import org.jetbrains.letsPlot.Figure
import org.jetbrains.letsPlot.intern.Plot
import org.nd4j.linalg.dataset.DataSet
import java.nio.file.Path
import java.util.Locale

/** File names (without extension) of the doctor's pictures. */
public object DoctorPictureNames {
    public const val ACTIVATIONS: String = "activations"
    public const val GRADIENTS: String = "activation-gradients"
    public const val UPDATE_RATIOS: String = "update-ratios"
}

/**
 * The init doctor on any DL4J network: on the first [batch] examples of [data], the initial loss against chance, per
 * layer the activations and their gradients, and [steps] steps of plain SGD on a copy (at the configuration's
 * learning rate, or [lr]), with one finding per thing wrong ([DoctorReport.findings]). The network is not touched.
 *
 * ```
 * val report = doctor(net, data)
 * report.print(System.out)
 * report.writePictures(dir)
 * ```
 *
 * @param thresholds where the verdicts draw their lines (each with its source in [DoctorThresholds]).
 */
public fun doctor(
    network: MultiLayerNetwork,
    data: DataSet,
    batch: Int = Doctor.Options.BATCH,
    steps: Int = Doctor.Options.STEPS,
    lr: Double? = null,
    thresholds: DoctorThresholds = DoctorThresholds.DEFAULTS,
): DoctorReport = Properties.named {
    Doctor.examine(network, data, options(batch, steps, lr, thresholds))
}

/** The doctor on a network whose examples are the rows of [features], with [labels] as its output wants them. */
public fun doctor(
    network: MultiLayerNetwork,
    features: Matrix,
    labels: Matrix,
    batch: Int = Doctor.Options.BATCH,
    steps: Int = Doctor.Options.STEPS,
    lr: Double? = null,
    thresholds: DoctorThresholds = DoctorThresholds.DEFAULTS,
): DoctorReport = doctor(network, DataSet(Matrices.toNd(features), Matrices.toNd(labels)), batch, steps, lr, thresholds)

/**
 * The doctor on an InitLab experiment before it trains: the network [block] describes (as [experiment] builds it,
 * starting from [from]), initialized, on its training data.
 *
 * ```
 * val report = doctor(from = "zeros")           // E1's network: symmetric
 * val report = doctor { layers(2, 20, 20, 1); init = xavier() }
 * ```
 */
public fun doctor(
    from: String? = null,
    batch: Int = Doctor.Options.BATCH,
    steps: Int = Doctor.Options.STEPS,
    thresholds: DoctorThresholds = DoctorThresholds.DEFAULTS,
    block: ExperimentBuilder.() -> Unit = {},
): DoctorReport {
    val builder = ExperimentBuilder(baseExperiment(from))
    builder.name = from ?: "doctor"
    builder.apply(block)
    val spec = builder.build()
    return Properties.named {
        val train = builder.data.load().let { if (spec.trainSize() > 0) it.withTrainSize(spec.trainSize()) else it }.train()
        val network = CourseNetworks.build(LsuvFit.fitted(spec, train), train.size())
        Doctor.examine(network, org.initlab.analysis.DoctorInputs.of(network, train, spec.dataset()),
            options(batch, steps, null, thresholds))
    }
}

/**
 * A report saved by [save], `initlab doctor --out` (`report.json`) or `--json`, read back to draw its pictures again:
 * `readDoctorReport(path).writePictures(dir)`. Nothing is examined again. A report with a manifest is checked against
 * it first (the whole folder of `report.json`): one that was changed since is refused, naming the file.
 */
public fun readDoctorReport(file: Path): DoctorReport = DoctorFiles.read(file)

/**
 * The course's cases diagnosed: the doctor on E1–E3 (zeros, random ×10, He on the circles) and on E4's seven
 * configurations, each with the verdict the course teaches ([DoctorResult.check] fails when one differs). The core's
 * [DoctorExperiment].
 */
public fun courseDiagnoses(dataDir: Path? = null): DoctorResult = DoctorExperiment.run(dataDir)

/** The file-system name of a case: `relu-std-0.01` for `relu/std-0.01`. */
public val org.initlab.experiment.DoctorCase.folderName: String get() = name().replace('/', '-')

/** Writes every case's pictures into its own folder under [dir] (`dir/zeros`, `dir/relu-he`, …), titled by case. */
public fun DoctorResult.writePictures(dir: Path): List<PictureFiles> =
    cases().flatMap { it.report().writePictures(dir.resolve(it.folderName), title = it.name()) }

private fun options(batch: Int, steps: Int, lr: Double?, thresholds: DoctorThresholds): Doctor.Options =
    Doctor.Options.defaults().withBatch(batch).withSteps(steps).withLearningRate(lr ?: Double.NaN)
        .withThresholds(thresholds)

private fun LayerDiagnosis.panelTitle(figure: String): String = "layer ${layer()}: ${kind()}, ${activation()}\n$figure"

private fun short(x: Double): String = when {
    x.isNaN() -> "nan"
    x == 0.0 -> "0"
    else -> "%.3g".format(Locale.ROOT, x)
}

/** One row of histograms of every examined layer's activations, titled with each layer's std (and saturation). */
public fun DoctorReport.activationsPlot(title: String = "activations at initialization"): Figure =
    layerHistograms(
        panels = layers().map { d ->
            val extra = when {
                !d.saturated().isNaN() -> ", sat %.0f%%".format(Locale.ROOT, 100 * d.saturated())
                !d.dead().isNaN() -> ", dead %.0f%%".format(Locale.ROOT, 100 * d.dead())
                else -> ""
            }
            HistogramPanel.of(d.panelTitle("std ${short(d.std())}$extra"), d.histogram())
        },
        title = title,
        panelWidth = 320,
        height = 300,
    )

/** Whether any layer's activation gradient was measured. */
public val DoctorReport.hasGradients: Boolean get() = layers().any { it.hasGradient() }

/**
 * One row of histograms of the loss gradient with respect to each layer's activations (the layers that have one),
 * titled with its std: a healthy network keeps them about the same from the last layer to the first.
 */
public fun DoctorReport.gradientsPlot(title: String = "activation gradients at initialization"): Figure {
    require(hasGradients) { "no activation gradients: the network has no loss" }
    return layerHistograms(
        panels = layers().filter { it.hasGradient() }
            .map { HistogramPanel.of(it.panelTitle("std ${short(it.gradientStd())}"), it.gradientHistogram()) },
        title = title,
        panelWidth = 320,
        height = 300,
    )
}

/** Whether the steps gave any finite update:data ratio to draw. */
public val DoctorReport.hasUpdateRatios: Boolean get() = layers().any { d -> d.updateData().any { it.isFinite() } }

/** Karpathy's update:data chart: each weight layer's ratio over the doctor's SGD steps, with the −3 guide. */
public fun DoctorReport.updateRatiosPlot(title: String = "update:data ratio per layer over $steps SGD steps"): Plot {
    require(hasUpdateRatios) { "no update:data ratio to draw (no steps, or no finite ratio)" }
    val t = options().thresholds()
    val series = layers().filter { d -> d.updateData().any { it.isFinite() } }.map { d ->
        Series("layer ${d.layer()} (${d.kind()})", d.updateData().indices.map { it + 1.0 }, d.updateData().toList())
    }
    return updateRatios(series, title = title, band = t.minUpdateRatio() to t.maxUpdateRatio())
}

/**
 * Writes the report's pictures into [dir] as SVG and PNG: `activations`, `activation-gradients` (when the network has
 * a loss) and `update-ratios` (when the steps gave a finite ratio), each titled with [title] when given.
 */
public fun DoctorReport.writePictures(dir: Path, title: String? = null): List<PictureFiles> {
    val prefix = if (title == null) "" else "$title: "
    val written = ArrayList<PictureFiles>()
    written += writePicture(activationsPlot("${prefix}activations at initialization"), dir, DoctorPictureNames.ACTIVATIONS)
    if (hasGradients) {
        written += writePicture(gradientsPlot("${prefix}activation gradients at initialization"), dir,
            DoctorPictureNames.GRADIENTS)
    }
    if (hasUpdateRatios) {
        written += writePicture(updateRatiosPlot("${prefix}update:data ratio per layer over ${steps()} SGD steps"),
            dir, DoctorPictureNames.UPDATE_RATIOS)
    }
    return written
}

/**
 * Writes the report into [dir]: `report.json`, with [pictures] the pictures of [writePictures], and `manifest.json`
 * naming each file's SHA-256, through the core's [DoctorFiles]. [subject] says what was examined, for the report and
 * the manifest. The folder appears whole or not at all, one writer at a time ([ResultFolder], as `run.save` does): a
 * save into [dir] replaces the previous report and its pictures, and another program saving there meanwhile is
 * refused (`dir out/doctor: in use by another InitLab run (pid N)`).
 *
 * @return the files written, relative to [dir], the manifest last.
 */
public fun DoctorReport.save(dir: Path, subject: Map<String, Any?> = emptyMap(), pictures: Boolean = true,
                             title: String? = null): List<String> = Properties.named {
    ResultFolder.open(dir, "dir").use { folder ->
        folder.notice(Properties::of).ifPresent { System.err.println("initlab: $it") }
        DoctorFiles.writeFolder(this, subject, folder) { staging ->
            if (!pictures) emptyList()
            else writePictures(staging, title).flatMap { listOf(it.svg.fileName.toString(), it.png.fileName.toString()) }
        }
    }
}
