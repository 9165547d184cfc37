package org.initlab.dsl

import org.initlab.dsl.internal.Properties
import org.initlab.io.InputException

/**
 * What an experiment is made of, set inside `experiment { … }`. Every value starts as the base experiment's (the
 * course's He experiment E3 unless `experiment(from = "…")` names another), so a block only says what differs:
 *
 * ```
 * experiment("he") {
 *     data = circles()
 *     layers(2, 10, 5, 1)
 *     init = he(seed = 3)
 *     train(lr = 0.01, iterations = 15_000, printEvery = 1_000)
 * }
 * ```
 *
 * Values are checked by the core when the block ends; a bad one throws [InputException] naming the property
 * (e.g. `lr -1.0: must be a positive number`).
 *
 * Inside the block the builder's own names (`data`, `epochs`, `seed`, `iterations`, …) win over variables of the
 * same name outside it: `train(epochs = epochs)` reads the builder's value. Give outer values other names
 * (`val epochCount = 3; … train(epochs = epochCount)`).
 */
@InitLabDsl
class ExperimentBuilder internal constructor(base: ExperimentSpec) {
    /** The experiment's name, used for output folders (`out/<name>`). */
    var name: String = base.name()

    /** The data: [circles], [football], [cat], [mnist] or your own ([dataset]). */
    var data: Data = Data.Named(base.dataset(), base.dataDir())

    /** Layer sizes `[n0, n1, …, nL]`, input first; set them with [layers]. */
    var layerSizes: List<Int> = base.layers()
        private set

    /** Activation of the hidden layers. */
    var hidden: Activation = base.hidden()

    /** The output layer. */
    var output: Output = base.output()

    /** The cost function. */
    var cost: Cost = base.cost()

    /** The weight initializer; one given a seed (`he(seed = 3)`) also sets [seed]. */
    var init: Initializer = Initializer(base.init())
        set(value) {
            field = value
            value.seed?.let { seed = it }
        }

    /** The seed of the run's numpy stream (`np.random.seed`): initial weights, mini-batch shuffles, fresh dropout masks. */
    var seed: Long = base.seed()

    /** Gradient descent's step size. */
    var learningRate: Double = base.learningRate()

    /** Full-batch iterations (when [epochs] is 0). Setting it switches mini-batch epochs off. */
    var iterations: Int = base.iterations()
        set(value) {
            field = value
            epochs = 0
            batchSize = 0
        }

    /** Passes over the training data in mini-batches; 0 for full-batch [iterations]. */
    var epochs: Int = base.epochs()

    /** Mini-batch size with [epochs]; 0 for the whole training set. */
    var batchSize: Int = base.batchSize()

    /** Print (and record) the cost every this many iterations; 0 for never. */
    var printEvery: Int = base.printEvery()

    /**
     * Also record the cost every this many iterations, without printing it, so that [Run.costs] and the learning
     * curves have more points than the printed lines (`recordEvery = 500` with `printEvery = 10_000`); 0 for the
     * same as [printEvery]. The printed lines stay the same.
     */
    var recordEvery: Int = base.recordEvery()

    /** L2 strength λ (cost `+ λ/(2m) Σ‖W‖²`); 0 for none. */
    var lambda: Double = base.lambda()

    /** Inverted-dropout keep probability on the hidden layers' outputs; 1 for none. */
    var keepProb: Double = base.keepProb()

    /** How dropout masks are drawn. */
    var dropoutMode: DropoutMode = base.dropoutMode()

    /** Train on the first this many training examples only; 0 for all. */
    var trainSize: Int = base.trainSize()

    /** k of k-fold cross-validation (used by [crossValidate]); 0 for none. */
    var folds: Int = base.folds()

    /** Which engine trains. */
    var engine: EngineKind = base.engine()

    /** The layer sizes, input first: `layers(2, 10, 5, 1)`. */
    fun layers(vararg sizes: Int) {
        layerSizes = sizes.toList()
    }

    /** The layer sizes, input first. */
    fun layers(sizes: List<Int>) {
        layerSizes = sizes.toList()
    }

    /**
     * The training schedule in one call: learning rate, and either full-batch [iterations] or mini-batch [epochs] of
     * [batchSize] examples; the cost is printed (and recorded) every [printEvery] iterations, and recorded without
     * being printed every [recordEvery] iterations (0: as [printEvery]). Arguments left out keep their values.
     */
    fun train(
        lr: Double = learningRate,
        iterations: Int? = null,
        epochs: Int? = null,
        batchSize: Int? = null,
        printEvery: Int = this.printEvery,
        recordEvery: Int = this.recordEvery,
    ) {
        if (iterations != null && epochs != null) {
            throw InputException.of("epochs", epochs, "{iterations} $iterations given too; give one of them").named(Properties::of)
        }
        learningRate = lr
        this.printEvery = printEvery
        this.recordEvery = recordEvery
        if (iterations != null) {
            if (batchSize != null) throw InputException.of("batchSize", batchSize, "mini-batches need {epochs}").named(Properties::of)
            this.iterations = iterations
        }
        if (epochs != null) {
            this.epochs = epochs
            this.batchSize = batchSize ?: 0
        } else if (batchSize != null && iterations == null) {
            this.batchSize = batchSize
        }
    }

    /** L2 regularization: cost `+ λ/(2m) Σ‖W‖²`, `dW += (λ/m) W` (E7 uses λ = 0.7). */
    fun l2(lambda: Double) {
        this.lambda = lambda
    }

    /** Inverted dropout on the hidden layers' outputs, keeping each unit with [keepProb] (E7 uses 0.86). */
    fun dropout(keepProb: Double, mode: DropoutMode = DropoutMode.FAITHFUL) {
        this.keepProb = keepProb
        this.dropoutMode = mode
    }

    /** The specification; the core checks every value. */
    internal fun build(): ExperimentSpec = Properties.named { spec() }

    private fun spec(): ExperimentSpec {
        val named = data as? Data.Named
        val b = ExperimentSpec.builder()
            .name(name)
            .dataset(data.name)
            .dataDir(named?.dir)
            .trainSize(trainSize)
            .layers(layerSizes)
            .hidden(hidden)
            .output(output)
            .cost(cost)
            .init(init.spec)
            .seed(seed)
            .learningRate(learningRate)
            .printEvery(printEvery)
            .recordEvery(recordEvery)
            .lambda(lambda)
            .keepProb(keepProb)
            .dropoutMode(dropoutMode)
            .folds(folds)
            .engine(engine)
            .iterations(iterations)
        if (epochs != 0 || batchSize != 0) b.epochs(epochs, batchSize)
        return b.build()
    }
}
