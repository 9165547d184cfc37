package org.initlab.dsl

import org.initlab.dsl.internal.Properties
import org.initlab.dsl.internal.SaveWarmup
import org.initlab.experiment.Experiments
import org.initlab.io.InputException
import org.initlab.train.CrossValidation
import org.initlab.train.Progress
import org.initlab.train.Trainer
import java.io.PrintStream

/**
 * Builds an experiment, trains it and returns the [Run]. The course's He experiment (E3) reads:
 *
 * ```
 * val run = experiment("he") {
 *     data = circles()
 *     layers(2, 10, 5, 1)
 *     init = he(seed = 3)
 *     train(lr = 0.01, iterations = 15_000, printEvery = 1_000)
 * }
 * ```
 *
 * While training it prints the course's lines (`Cost after iteration 0: 0.8830537463419761`, …, then
 * `On the train set:` / `Accuracy: …`), unless [quiet].
 *
 * @param name the experiment's name (output folders, manifests); by default [from]'s, else `experiment`.
 * @param from a catalog experiment to start from (`zeros`, `random`, `he`, `noreg`, `l2`, `dropout`, `deep-cat`,
 *   `mnist-large`, `mnist-scaled`); by default the He experiment's values (E3).
 * @param quiet print nothing.
 * @param block what differs from [from].
 * @throws InputException naming the property when a value is bad or does not fit the data.
 */
public fun experiment(
    name: String? = null,
    from: String? = null,
    quiet: Boolean = false,
    block: ExperimentBuilder.() -> Unit = {},
): Run {
    val builder = builder(name, from).apply(block)
    val spec = builder.build()
    return runExperiment(spec, builder.data, if (quiet) null else System.out)
}

/**
 * Builds an experiment's specification without running it, e.g. to inspect it or hand it to the core.
 * Same arguments as [experiment].
 */
public fun experimentSpec(name: String? = null, from: String? = null, block: ExperimentBuilder.() -> Unit = {}): ExperimentSpec =
    builder(name, from).apply(block).build()

/** One of the course's experiments as the catalog defines it (`he`, `l2`, `mnist-scaled`, …). */
public fun courseExperiment(name: String): ExperimentSpec = Experiments.get(name)

/**
 * Trains [spec] on [data] (by default its named data set) and returns the [Run]; prints the course's lines to
 * [out] unless it is `null`.
 */
public fun runExperiment(spec: ExperimentSpec, data: Data = Data.Named(spec.dataset(), spec.dataDir()), out: PrintStream? = System.out): Run {
    val progress: Progress = if (out == null) Progress.NONE else CoursePrinter(out, spec)
    val dataset = Properties.named { data.load() }
    val warmup = SaveWarmup.start(spec, dataset.train().size())
    try {
        val run = Run(Properties.named { Trainer.run(spec, dataset, progress) })
        if (out != null) run.printResult(out)
        return run
    } finally {
        warmup?.await()
    }
}

/**
 * k-fold cross-validation of an experiment on its training set (contiguous folds, as scikit-learn's `KFold`): each
 * fold trains a fresh network on the others and is scored on itself. Prints, unless [quiet], one line per fold and
 * `Mean: m +/- s`, as `initlab train --folds` does.
 *
 * @param folds k (the course suggests 10, or 3).
 */
public fun crossValidate(
    name: String? = null,
    folds: Int = 10,
    from: String? = null,
    quiet: Boolean = false,
    block: ExperimentBuilder.() -> Unit = {},
): CrossValidation.Result {
    val builder = builder(name, from)
    builder.folds = folds
    builder.apply(block)
    val result = Properties.named { CrossValidation.run(builder.build(), builder.data.load(), Progress.NONE) }
    if (!quiet) CoursePrinter(System.out).folds(result)
    return result
}

private fun builder(name: String?, from: String?): ExperimentBuilder =
    ExperimentBuilder(baseExperiment(from)).also { it.name = name ?: from ?: "experiment" }

/**
 * The experiment a block starts from: the catalog's [from], else the He experiment's values (E3).
 *
 * @throws InputException naming `from` when the catalog has no such experiment.
 */
internal fun baseExperiment(from: String?): ExperimentSpec {
    if (from == null) return ExperimentSpec.builder().build()
    return try {
        Experiments.get(from)
    } catch (e: InputException) {
        throw InputException.of("from", from, e.message ?: "unknown experiment", e)
    }
}
