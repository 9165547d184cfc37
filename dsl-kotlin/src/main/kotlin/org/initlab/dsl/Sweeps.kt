package org.initlab.dsl

import org.initlab.dsl.plot.Band
import org.initlab.dsl.plot.Curve
import org.initlab.dsl.plot.PictureFiles
import org.initlab.dsl.plot.SweepMetric
import org.initlab.dsl.plot.parallelCoordinates
import org.initlab.dsl.plot.sweepCurves
import org.initlab.dsl.plot.sweepHeatmap
import org.initlab.dsl.plot.writePicture
import org.initlab.io.InputException
import org.initlab.io.Json
import org.initlab.io.Manifest
import org.initlab.spec.Axis
import org.initlab.spec.AxisKind
import org.initlab.spec.Halving
import org.initlab.spec.SweepSpec
import org.initlab.sweep.SweepData
import org.initlab.sweep.SweepExecutor
import org.initlab.sweep.SweepExecutors
import org.initlab.sweep.SweepFolder
import org.initlab.sweep.SweepListener
import org.initlab.sweep.SweepPlan
import org.initlab.sweep.SweepResult
import org.initlab.sweep.SweepTables
import org.initlab.sweep.Sweeps
import org.jetbrains.letsPlot.intern.Plot
import java.io.PrintStream
import java.nio.file.Path

/**
 * Runs a sweep and returns its [SweepResult]: every configuration of the axes' grid (or a [SweepBuilder.sample] of
 * it), each with every seed, on a local pool of [SweepBuilder.workers] (or on Spark), with successive halving if asked:
 *
 * ```
 * val result = sweep("depth") {
 *     base { train(lr = 0.01, iterations = 2_000) }
 *     init(he(), xavier(), lsuv())
 *     activation(Activation.RELU, Activation.TANH)
 *     depth(2..10)
 *     seeds(1..5)
 * }
 * result.print()
 * result.writePictures(dir)
 * ```
 *
 * With [out], the runs are written into that folder as they finish (`runs/`, then `runs.csv`, `summary.csv`, the
 * sweep's [pictures] as [writePictures] draws them, and the manifest, which lists them all, last), and a sweep started
 * again with the same folder skips the runs it holds; [sweepPictures] names the pictures drawn there. Prints the
 * summary unless [quiet].
 *
 * @throws InputException naming the builder's property when a value is bad.
 */
public fun sweep(
    name: String = "sweep",
    out: Path? = null,
    quiet: Boolean = false,
    pictures: Boolean = true,
    block: SweepBuilder.() -> Unit,
): SweepResult {
    val builder = named { SweepBuilder(name).apply(block) }
    val data = SweepData()
    val spec = builder.build(data)
    val plan = named { SweepPlan.of(spec, data) }
    val draw: ((SweepResult, Path) -> List<PictureFiles>)? = if (pictures) { r, dir -> r.writePictures(dir) } else null
    val result = builder.executor().use { executor -> runPlan(plan, executor, out, draw) }
    if (!quiet) result.print()
    return result
}

/**
 * Runs [plan] on [executor], into the resumable folder [out] unless null: at the end its tables, then the pictures
 * [draw] writes into it (when not null), then the manifest naming them all.
 */
internal fun runPlan(
    plan: SweepPlan,
    executor: SweepExecutor,
    out: Path?,
    draw: ((SweepResult, Path) -> List<PictureFiles>)? = null,
): SweepResult =
    if (out == null) {
        Sweeps.run(plan, executor, null, SweepListener.NONE)
    } else {
        named {
            SweepFolder.open(out, "out", plan).use { folder ->
                Sweeps.run(plan, executor, folder, SweepListener.NONE).also { result ->
                    val files = ArrayList(SweepTables.write(result, folder))
                    val dir = folder.dir().toAbsolutePath().normalize()
                    draw?.invoke(result, dir)?.forEach { picture ->
                        files += dir.relativize(picture.svg.toAbsolutePath().normalize()).toString()
                        files += dir.relativize(picture.png.toAbsolutePath().normalize()).toString()
                    }
                    folder.commit(plan, files)
                }
            }
        }
    }

/**
 * The pictures the manifest of the sweep folder [dir] names (each as its SVG and PNG), as [sweep] and [depthSweep]
 * drew them there before writing it; none when it names none.
 *
 * @throws InputException naming the manifest when it cannot be read
 */
public fun sweepPictures(dir: Path): List<PictureFiles> {
    val manifest = dir.resolve(Manifest.FILE_NAME)
    val files = Json.read(manifest).path("files").map { it.asText() }.toSet()
    return files.filter { it.endsWith(".png") && it.removeSuffix(".png") + ".svg" in files }
        .map { PictureFiles(dir.resolve(it.removeSuffix(".png") + ".svg"), dir.resolve(it)) }
}

/** The results of the complete sweep saved in [dir] (by [sweep] with `out`, or `initlab sweep --out`): nothing trains. */
public fun loadSweep(dir: Path): SweepResult = SweepFolder.load(dir)

/** Prints the summary: per configuration, test accuracy and final cost as mean ± std over seeds, the best marked. */
public fun SweepResult.print(out: PrintStream = System.out) {
    SweepTables.lines(this).forEach(out::println)
    out.flush()
}

/** The heatmap of [metric] over axes [x] and [y] (table columns, `depth`, `init`), faceted by [facet]. */
public fun SweepResult.heatmapPlot(x: String, y: String, facet: String? = null, metric: SweepMetric = SweepMetric.TEST_ACCURACY): Plot =
    sweepHeatmap(this, x, y, facet, metric)

/** Learning curves per configuration, mean with a [band] across seeds. */
public fun SweepResult.curvesPlot(band: Band = Band.MIN_MAX, curve: Curve = Curve.COST, facet: String? = null): Plot =
    sweepCurves(this, band, curve, facet)

/** The parallel-coordinates chart of the axes against [metric]. */
public fun SweepResult.parallelCoordinatesPlot(metric: SweepMetric = SweepMetric.TEST_ACCURACY): Plot =
    parallelCoordinates(this, metric)

/**
 * Writes the sweep's pictures into [dir], each as SVG and PNG: `heatmap` of [metric] over the first two axes of
 * [heatmap], faceted by the third (by default the sweep's first axes; none for fewer than two); the curves of [curve]
 * with a min–max band across seeds, faceted by [curvesFacet] (by default the first axis when there are more than
 * eight configurations), as `learning-curves` for costs and `accuracy-bands` for test accuracy per epoch; and
 * `parallel-coordinates` (with at least two axes).
 */
public fun SweepResult.writePictures(
    dir: Path,
    heatmap: List<String> = plan().spec().axes().take(3).map { it.kind().column() },
    metric: SweepMetric = SweepMetric.TEST_ACCURACY,
    curvesFacet: String? = defaultFacet(this),
    curve: Curve = Curve.COST,
): List<PictureFiles> {
    val files = ArrayList<PictureFiles>()
    if (heatmap.size >= 2) {
        files += writePicture(sweepHeatmap(this, heatmap[0], heatmap[1], heatmap.getOrNull(2), metric), dir, "heatmap")
    }
    val curves = if (curve == Curve.COST) "learning-curves" else "accuracy-bands"
    files += writePicture(sweepCurves(this, curve = curve, facet = curvesFacet), dir, curves)
    if (plan().spec().axes().size >= 2) files += writePicture(parallelCoordinates(this, metric), dir, "parallel-coordinates")
    return files
}

/** The first axis, when a sweep has more than eight configurations and more than one axis; else none. */
public fun defaultFacet(result: SweepResult): String? {
    val axes = result.plan().spec().axes()
    return if (result.plan().configurations().size > 8 && axes.size > 1) axes[0].kind().column() else null
}

/**
 * What a sweep varies, set inside `sweep { … }`: the [base] experiment every run starts from, typed axes (each call
 * adds one, in order; the grid is their product, the last varying fastest), the [seeds], a [sample] of the grid,
 * successive [halving], and where it runs ([workers], [spark]).
 */
@InitLabDsl
public class SweepBuilder internal constructor(private val name: String) {
    private var base = ExperimentBuilder(org.initlab.spec.ExperimentSpec.builder().name(name).build())
    private val axes = ArrayList<Axis>()
    private var seedList: List<Long> = listOf(org.initlab.spec.ExperimentSpec.DEFAULT_SEED)
    private var sampleSize = 0
    private var sampleSeed = 0L
    private var halvingRule: Halving? = null

    /** Runs at once on this machine; by default one per core. */
    public var workers: Int = Runtime.getRuntime().availableProcessors()

    /** A Spark master (`local[2]`, `spark://HOST:PORT`) to run on instead, with the optional spark module; or null. */
    public var spark: String? = null

    /** The share of the training examples held out (the last ones) for the validation cost; 0.2 with halving. */
    public var validationFraction: Double = 0.0

    /** What every run starts from, as in `experiment { … }` (the He experiment's values unless changed). */
    public fun base(block: ExperimentBuilder.() -> Unit) {
        base = ExperimentBuilder(org.initlab.spec.ExperimentSpec.builder().name(name).build()).apply(block)
    }

    /** An axis of initializers; a seed given to one (`he(seed = 3)`) is refused: the runs' seeds are [seeds]. */
    public fun init(vararg values: Initializer) {
        values.firstOrNull { it.seed != null }?.let {
            throw InputException.of("init", it.toString(), "a sweep's runs take their seeds from seeds(…)")
        }
        axes += Axis.of(AxisKind.INIT, values.map { it.spec })
    }

    /** An axis of hidden activations. */
    public fun activation(vararg values: Activation) {
        axes += Axis.of(AxisKind.HIDDEN, values.toList())
    }

    /** An axis of depths: L weight layers, L − 1 hidden layers of [width] units. */
    public fun depth(vararg values: Int) {
        axes += Axis.of(AxisKind.DEPTH, values.toList())
    }

    /** An axis of depths over a range, `depth(2..10)`. */
    public fun depth(values: IntRange) {
        axes += Axis.of(AxisKind.DEPTH, values.toList())
    }

    /** An axis of the number of hidden layers. */
    public fun hiddenLayers(vararg values: Int) {
        axes += Axis.of(AxisKind.HIDDEN_LAYERS, values.toList())
    }

    /** An axis of hidden-layer widths. */
    public fun width(vararg values: Int) {
        axes += Axis.of(AxisKind.WIDTH, values.toList())
    }

    /** An axis of whole networks, each its layer sizes, input first. */
    public fun layers(vararg values: List<Int>) {
        axes += Axis.of(AxisKind.LAYERS, values.toList())
    }

    /** An axis of learning rates. */
    public fun lr(vararg values: Double) {
        axes += Axis.of(AxisKind.LEARNING_RATE, values.toList())
    }

    /** An axis of L2 strengths. */
    public fun lambda(vararg values: Double) {
        axes += Axis.of(AxisKind.LAMBDA, values.toList())
    }

    /** An axis of full-batch iterations. */
    public fun iterations(vararg values: Int) {
        axes += Axis.of(AxisKind.ITERATIONS, values.toList())
    }

    /** An axis of epochs of mini-batch training. */
    public fun epochs(vararg values: Int) {
        axes += Axis.of(AxisKind.EPOCHS, values.toList())
    }

    /** An axis of data sets by name (`circles`, `football`, …). */
    public fun data(vararg values: Data) {
        axes += Axis.of(AxisKind.DATASET, values.map { it.name })
    }

    /** An axis of any of [AxisKind]'s kinds, with values of its type. */
    public fun axis(kind: AxisKind, vararg values: Any) {
        axes += Axis.of(kind, values.toList())
    }

    /** The seeds every configuration runs with. */
    public fun seeds(vararg values: Long) {
        seedList = values.toList()
    }

    /** The seeds every configuration runs with, `seeds(1..5)`. */
    public fun seeds(values: IntRange) {
        seedList = values.map { it.toLong() }
    }

    /** Draw [n] configurations of the grid with numpy's `RandomState(seed).choice(G, n, replace=False)`. */
    public fun sample(n: Int, seed: Long = 0) {
        sampleSize = n
        sampleSeed = seed
    }

    /** Successive halving: after each of [rungs] (iterations, or epochs), the best 1/[eta] go on. */
    public fun halving(eta: Double, rungs: List<Int>) {
        halvingRule = named { Halving(eta, rungs) }
    }

    internal fun build(data: SweepData): SweepSpec = named {
        val b = base.build()
        if (base.data !is Data.Named) {
            throw InputException.of("data", base.data.name, "a sweep's runs load their data by name on any " +
                "machine; use circles(), football(), cat() or mnist()")
        }
        SweepSpec(name, SweepPlan.fix(b, listOf(), data), axes, seedList, sampleSize, sampleSeed, halvingRule,
            validationFraction)
    }

    internal fun executor(): SweepExecutor {
        val master = spark ?: return SweepExecutors.local(workers)
        return SweepExecutors.provider("spark").orElseThrow {
            InputException.of("spark", master, "needs InitLab's optional spark module on the class path")
        }.open(master)
    }
}

/** The DSL's names of the core's fields in a sweep: `lr` for `learningRate`, `activation` for `hidden`. */
internal fun sweepProperty(field: String): String = when (field) {
    "learningRate" -> "lr"
    "hidden" -> "activation"
    "dataset" -> "data"
    else -> field
}

internal inline fun <T> named(block: () -> T): T =
    try {
        block()
    } catch (e: InputException) {
        throw e.named(::sweepProperty)
    }
