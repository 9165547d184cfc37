package org.initlab.dsl

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork
import org.initlab.dsl.internal.RunFolder
import org.initlab.dsl.plot.PictureFiles
import org.initlab.train.CostPoint
import org.initlab.train.NetworkPredictor
import org.initlab.train.Predictions
import org.initlab.train.RunResult
import java.nio.file.Path

/**
 * A trained experiment: its specification, the cost trace, accuracies, predictions and the trained DL4J network —
 * a view of the core's [RunResult] (in [result]).
 *
 * Save everything with [save]; draw it with [learningCurvePlot], [decisionBoundaryPlot], [accuracyPlot], or write
 * all its pictures with [writePictures].
 */
public class Run(public val result: RunResult) {
    /** The specification that ran. */
    public val spec: ExperimentSpec get() = result.spec()

    /** The experiment's name. */
    public val name: String get() = spec.name()

    /** The data it trained on (the first `trainSize` training examples when that was set). */
    public val dataset: Dataset get() = result.dataset()

    /** The engine that trained: `fast` or `dl4j`. */
    public val engine: String get() = result.engine()

    /**
     * The recorded costs with their iteration: one every `printEvery` iterations (those printed) and, when
     * `recordEvery` is set, one every `recordEvery` iterations too, in order.
     */
    public val costTrace: List<CostPoint> get() = result.costs()

    /**
     * The recorded costs (the course's `costs` list when `recordEvery` is not set, else more); the large-random
     * run's first one is `inf`.
     */
    public val costs: List<Double> get() = costTrace.map { it.cost() }

    /**
     * The iteration of each of [costs], as recorded: `0, printEvery, 2·printEvery, …`, with the multiples of
     * `recordEvery` among them when it is set.
     */
    public val costIterations: List<Long> get() = costTrace.map { it.iteration() }

    /**
     * The cost recorded at [iteration] (e.g. a printed one, whatever `recordEvery` added after it).
     *
     * @throws NoSuchElementException when that iteration's cost was not recorded.
     */
    public fun costAt(iteration: Long): Double =
        costTrace.firstOrNull { it.iteration() == iteration }?.cost()
            ?: throw NoSuchElementException("$name: no cost recorded at iteration $iteration (recorded: " +
                "${costIterations.firstOrNull()}…${costIterations.lastOrNull()})")

    /** The fraction of training examples predicted right. */
    public val trainAccuracy: Double get() = result.trainAccuracy()

    /** The fraction of test examples predicted right. */
    public val testAccuracy: Double get() = result.testAccuracy()

    /** Mini-batch runs: the number of test examples predicted right after each epoch (empty for full-batch runs). */
    public val testCorrectPerEpoch: List<Int> get() = result.testCorrectPerEpoch()

    /** Mini-batch runs: the test accuracy after each epoch, a fraction (empty for full-batch runs). */
    public val testAccuracyPerEpoch: List<Double>
        get() = testCorrectPerEpoch.map { it.toDouble() / dataset.test().size() }

    /** Wall time of training alone, in seconds. */
    public val trainingSeconds: Double get() = result.trainingSeconds()

    /** The trained network, an ordinary DL4J network to go on with. */
    public val network: MultiLayerNetwork get() = result.network()

    /** The network's output activations for [x] (one example per row), without dropout. */
    public fun output(x: Matrix): Matrix = NetworkPredictor.of(network).output(x)

    /** The predicted class of each row of [x]: the course's `a > 0.5` for one output, the argmax for several. */
    public fun predict(x: Matrix): IntArray = Predictions.classes(output(x))

    /** The predicted class of one example. */
    public fun predict(vararg features: Double): Int = predict(Matrix(1, features.size, features.copyOf()))[0]

    /** The predicted class of every training example. */
    public val trainPredictions: IntArray by lazy { predict(dataset.train().x()) }

    /** The predicted class of every test example. */
    public val testPredictions: IntArray by lazy { predict(dataset.test().x()) }

    /**
     * Writes everything into the folder [dir]: `result.json` (costs, accuracies, training time, configuration),
     * `costs.csv`, `model.zip` (the DL4J network, readable with `ModelSerializer`), `predictions.csv` (every train and
     * test example's label and prediction), with [pictures] the pictures of [writePictures], and `manifest.json`
     * (configuration, seed, InitLab/DL4J/Java versions, date, every file and its SHA-256).
     *
     * The folder appears whole or not at all: the files go into a hidden folder beside [dir], which then takes the
     * place of [dir] in one step (the core's `ResultFolder`). A previous folder stays as it was until then; files of
     * yours in it are kept. One writer at a time: while another program saves into [dir] this fails with
     * `dir …: in use by another InitLab run (pid N)`. Read it back with [loadRun].
     *
     * @return the folder and the files written.
     * @throws InputException naming [dir] when it cannot be written (a file in the way, a folder that is not
     *   InitLab's, another run writing it), or naming the file that could not be written (a full disk).
     */
    public fun save(dir: Path, pictures: Boolean = true): SavedRun = RunFolder.save(this, dir, pictures) { emptyList() }

    /**
     * As [save], with pictures of the caller's in the same folder: [more] writes them into the folder it is given
     * (the hidden one, until it takes the place of [dir]) and returns them, e.g.
     * `run.save(dir) { listOf(writeMislabelledImages(it)) }`; they are in the manifest with the others.
     */
    public fun save(dir: Path, pictures: Boolean = true, more: (Path) -> List<PictureFiles>): SavedRun =
        RunFolder.save(this, dir, pictures, more)

    override fun toString(): String =
        "Run($name: ${costs.size} costs, train accuracy ${py(trainAccuracy)}, test accuracy ${py(testAccuracy)}, " +
            "engine $engine, ${"%.2f".format(java.util.Locale.ROOT, trainingSeconds)} s)"
}
