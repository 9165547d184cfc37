package org.initlab.dsl

import org.initlab.dsl.plot.Curve
import org.initlab.dsl.plot.PictureFiles
import org.initlab.dsl.plot.SweepMetric
import org.initlab.experiment.DepthSweep
import org.initlab.sweep.SweepData
import org.initlab.sweep.SweepExecutors
import org.initlab.sweep.SweepPlan
import org.initlab.sweep.SweepResult
import java.nio.file.Path

/**
 * The course's question across depth, as `initlab experiment depth-sweep` runs it (the core's [DepthSweep]): the
 * initializers [inits] (the course's zeros, ×10 random, `normal:0.01`, xavier and He, and He uniform, orthogonal and
 * LSUV) with the hidden [activations] at [depths] (weight layers, hidden layers of 10 units) on circles, each with
 * every one of [seeds], trained as E3 is for [iterations], on a local pool of [workers]. With [out], the runs are
 * written into that folder as they finish, then its tables, its [pictures] as [writeDepthPictures] draws them and the
 * manifest naming them all ([sweepPictures] lists the pictures), and a sweep started again with the same folder skips
 * the runs it holds.
 *
 * @throws InputException naming the parameter when a value is bad.
 */
public fun depthSweep(
    datasets: Path? = null,
    iterations: Int = DepthSweep.Size.full().iterations(),
    depths: IntRange = 2..10,
    seeds: IntRange = 1..5,
    inits: List<String> = DepthSweep.INITS,
    activations: List<Activation> = DepthSweep.ACTIVATIONS,
    engine: EngineKind = EngineKind.AUTO,
    workers: Int = Runtime.getRuntime().availableProcessors(),
    out: Path? = null,
    pictures: Boolean = true,
): SweepResult {
    val data = SweepData()
    val plan = named {
        val size = DepthSweep.Size(inits, activations, depths.toList(), seeds.map { it.toLong() }, iterations)
        SweepPlan.of(DepthSweep.spec(size, datasets, engine), data)
    }
    val draw: ((SweepResult, Path) -> List<PictureFiles>)? = if (pictures) { r, dir -> r.writeDepthPictures(dir) } else null
    return SweepExecutors.local(workers).use { runPlan(plan, it, out, draw) }
}

/** What the numbers of a [depthSweep] say about the course's claims, one line each ([DepthSweep.reading]). */
public fun SweepResult.depthReading(): List<String> = DepthSweep.reading(this)

/**
 * The pictures of a [depthSweep] in [dir], as `initlab experiment depth-sweep` draws them: the heatmap of mean test
 * accuracy, depth against initializer with a panel per activation; the cost curves with a min–max band across seeds,
 * a panel per initializer; and the parallel coordinates.
 */
public fun SweepResult.writeDepthPictures(dir: Path): List<PictureFiles> =
    writePictures(dir, listOf("depth", "init", "activation"), SweepMetric.TEST_ACCURACY, "init", Curve.COST)
