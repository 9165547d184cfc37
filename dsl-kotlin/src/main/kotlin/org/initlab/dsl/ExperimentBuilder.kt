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
 * The order of the statements does not matter: what each sets is resolved once, when the block ends. Full-batch
 * [iterations] and mini-batch [epochs] exclude each other (set one; setting both is an error), and a seed given
 * both to the initializer (`he(seed = 3)`) and as [seed] must be the same.
 *
 * Inside the block the builder's own names (`data`, `epochs`, `seed`, `iterations`, …) win over variables of the
 * same name outside it: `train(epochs = epochs)` reads the builder's value. Give outer values other names
 * (`val epochCount = 3; … train(epochs = epochCount)`).
 */
@InitLabDsl
public class ExperimentBuilder internal constructor(private val base: ExperimentSpec) {
    /** The experiment's name, used for output folders (`out/<name>`). */
    public var name: String = base.name()

    /** The data: [circles], [football], [cat], [mnist] or your own ([dataset]). */
    public var data: Data = Data.Named(base.dataset(), base.dataDir())

    /** Layer sizes `[n0, n1, …, nL]`, input first; set them with [layers]. */
    public var layerSizes: List<Int> = base.layers()
        private set

    /** Activation of the hidden layers. */
    public var hidden: Activation = base.hidden()

    /** The output layer. */
    public var output: Output = base.output()

    /** The cost function. */
    public var cost: Cost = base.cost()

    /** The weight initializer; one given a seed (`he(seed = 3)`) gives the experiment its [seed]. */
    public var init: Initializer = Initializer(base.init())

    private var givenSeed: Long? = null

    /**
     * The seed of the run's numpy stream (`np.random.seed`): initial weights, mini-batch shuffles, fresh dropout
     * masks. Unless set, the initializer's seed, else the base experiment's.
     */
    public var seed: Long
        get() = givenSeed ?: init.seed ?: base.seed()
        set(value) {
            givenSeed = value
        }

    /** Gradient descent's step size. */
    public var learningRate: Double = base.learningRate()

    private var givenIterations: Int? = null
    private var givenEpochs: Int? = null
    private var givenBatchSize: Int? = null

    /** Full-batch iterations (when [epochs] is 0). Setting it (and not [epochs]) trains in full batches. */
    public var iterations: Int
        get() = givenIterations ?: base.iterations()
        set(value) {
            givenIterations = value
        }

    /** Passes over the training data in mini-batches; 0 for full-batch [iterations]. */
    public var epochs: Int
        get() = givenEpochs ?: if (givenIterations != null) 0 else base.epochs()
        set(value) {
            givenEpochs = value
        }

    /** Mini-batch size with [epochs]; 0 for the whole training set. */
    public var batchSize: Int
        get() = givenBatchSize ?: if (givenIterations != null && givenEpochs == null) 0 else base.batchSize()
        set(value) {
            givenBatchSize = value
        }

    /** Print (and record) the cost every this many iterations; 0 for never. */
    public var printEvery: Int = base.printEvery()

    /**
     * Also record the cost every this many iterations, without printing it, so that [Run.costs] and the learning
     * curves have more points than the printed lines (`recordEvery = 500` with `printEvery = 10_000`); 0 for the
     * same as [printEvery]. The printed lines stay the same.
     */
    public var recordEvery: Int = base.recordEvery()

    /** L2 strength λ (cost `+ λ/(2m) Σ‖W‖²`); 0 for none. */
    public var lambda: Double = base.lambda()

    /** Inverted-dropout keep probability on the hidden layers' outputs; 1 for none. */
    public var keepProb: Double = base.keepProb()

    /** How dropout masks are drawn. */
    public var dropoutMode: DropoutMode = base.dropoutMode()

    /** Train on the first this many training examples only; 0 for all. */
    public var trainSize: Int = base.trainSize()

    /** k of k-fold cross-validation (used by [crossValidate]); 0 for none. */
    public var folds: Int = base.folds()

    /** Which engine trains. */
    public var engine: EngineKind = base.engine()

    /** The layer sizes, input first: `layers(2, 10, 5, 1)`. */
    public fun layers(vararg sizes: Int) {
        layerSizes = sizes.toList()
    }

    /** The layer sizes, input first. */
    public fun layers(sizes: List<Int>) {
        layerSizes = sizes.toList()
    }

    /**
     * The training schedule in one call: learning rate, and either full-batch [iterations] or mini-batch [epochs] of
     * [batchSize] examples; the cost is printed (and recorded) every [printEvery] iterations, and recorded without
     * being printed every [recordEvery] iterations (0: as [printEvery]). Arguments left out keep their values.
     */
    public fun train(
        lr: Double = learningRate,
        iterations: Int? = null,
        epochs: Int? = null,
        batchSize: Int? = null,
        printEvery: Int = this.printEvery,
        recordEvery: Int = this.recordEvery,
    ) {
        learningRate = lr
        this.printEvery = printEvery
        this.recordEvery = recordEvery
        iterations?.let { this.iterations = it }
        epochs?.let { this.epochs = it }
        batchSize?.let { this.batchSize = it }
    }

    /** L2 regularization: cost `+ λ/(2m) Σ‖W‖²`, `dW += (λ/m) W` (E7 uses λ = 0.7). */
    public fun l2(lambda: Double) {
        this.lambda = lambda
    }

    /** Inverted dropout on the hidden layers' outputs, keeping each unit with [keepProb] (E7 uses 0.86). */
    public fun dropout(keepProb: Double, mode: DropoutMode = DropoutMode.FAITHFUL) {
        this.keepProb = keepProb
        this.dropoutMode = mode
    }

    /** The specification; the core checks every value, and the error names the DSL's property. */
    internal fun build(): ExperimentSpec = Properties.named { spec() }

    private fun spec(): ExperimentSpec {
        val iterationsGiven = givenIterations
        val epochsGiven = givenEpochs
        if (iterationsGiven != null && epochsGiven != null && epochsGiven != 0) {
            throw InputException.of("epochs", epochsGiven, "{iterations} $iterationsGiven given too; give one of them")
        }
        val initSeed = init.seed
        val seedGiven = givenSeed
        if (initSeed != null && seedGiven != null && initSeed != seedGiven) {
            throw InputException.of("seed", seedGiven, "the initializer ${init.name} asks for seed $initSeed; give the seed once")
        }
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
