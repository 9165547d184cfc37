package org.initlab.dsl

import org.initlab.dsl.internal.Properties
import org.initlab.dsl.plot.PictureFiles
import org.initlab.dsl.plot.layerVariances
import org.initlab.dsl.plot.writePicture
import org.initlab.experiment.LsuvExperiment
import org.initlab.train.Progress
import org.jetbrains.letsPlot.intern.Plot
import java.io.PrintStream
import java.nio.file.Path

/** One network of [lsuvComparison]: its arms, `Var(Z_l)` per initializer and LSUV's fit (the core's result). */
public typealias LsuvNetworkResult = LsuvExperiment.NetworkResult

/**
 * LSUV on real work, as `initlab experiment lsuv` runs it (the core's [LsuvExperiment]): LSUV beside He and the
 * course's "xavier" on the deep-cat network `[12288, 20, 7, 5, 1]` (E9's data and schedule) and on circles through
 * ten hidden layers of ten units, quietly.
 *
 * @param datasets the folder of the data files, or `null` for `datasets/`.
 * @param iterations full-batch iterations of every arm, or `null` for each network's own (2500 and 15000).
 * @param engine which engine trains.
 */
public fun lsuvComparison(
    datasets: Path? = null,
    iterations: Int? = null,
    engine: EngineKind = EngineKind.AUTO,
): List<LsuvNetworkResult> = Properties.named { LsuvExperiment.run(datasets, iterations, engine) { Progress.NONE } }

/** Every network's table, as `initlab experiment lsuv` prints it ([LsuvExperiment.print]). */
public fun List<LsuvNetworkResult>.print(out: PrintStream = System.out) {
    LsuvExperiment.print(this, out)
}

/** This network's arms as [Run]s, in the order of [LsuvExperiment.INITS] (`lsuv`, `he`, `xavier`). */
public val LsuvNetworkResult.runs: List<Run> get() = arms().map(::Run)

/** The cost traces of this network's arms, one line per initializer, on a logarithmic axis. */
public fun LsuvNetworkResult.costsPlot(): Plot =
    runs.learningCurvesPlot("${network().name()}: cost", labels = LsuvExperiment.INITS, logScale = true)

/** `Var(Z_l)` at initialization against the layer, one line per initializer and the orthogonal start. */
public fun LsuvNetworkResult.variancesPlot(): Plot =
    layerVariances(variances(), title = "${network().name()}: Var(Z_l) at initialization")

/** Both pictures of every network, `NETWORK-costs` and `NETWORK-variances`, each as PNG and SVG in [dir]. */
public fun List<LsuvNetworkResult>.writePictures(dir: Path): List<PictureFiles> = flatMap { r ->
    listOf(
        writePicture(r.costsPlot(), dir, "${r.network().name()}-costs"),
        writePicture(r.variancesPlot(), dir, "${r.network().name()}-variances"),
    )
}
