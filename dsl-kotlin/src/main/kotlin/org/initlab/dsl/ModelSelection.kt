package org.initlab.dsl

import org.initlab.dsl.internal.Properties
import org.initlab.spec.ExperimentSpec
import org.initlab.train.CrossValidation
import org.initlab.train.Progress

/** One candidate configuration and its k-fold cross-validation. */
public class Candidate(public val spec: ExperimentSpec, public val result: CrossValidation.Result) {
    /** Mean validation accuracy over the folds. */
    public val mean: Double get() = result.mean()

    /** Standard deviation of the validation accuracy over the folds (numpy's `std`, ddof 0). */
    public val std: Double get() = result.std()
}

/**
 * The candidates of a [chooseBest], in the order given, and the one with the highest mean validation accuracy
 * (the first of equals). [table] prints them as `name  mean ± std`, the best marked.
 */
public class Selection(public val candidates: List<Candidate>) {
    public val best: Candidate = candidates.maxByOrNull { it.mean }
        ?: throw IllegalArgumentException("chooseBest needs at least one candidate")

    /** One line per candidate: its name, mean ± std of the validation accuracy, and `<- best` on the best. */
    public fun table(): String {
        val width = maxOf(9, candidates.maxOf { it.spec.name().length })
        val lines = mutableListOf("%-${width}s  %s".format("candidate", "validation accuracy (mean ± std)"))
        for (c in candidates) {
            val mark = if (c === best) "  <- best" else ""
            lines += "%-${width}s  %s ± %s%s".format(c.spec.name(), py(c.mean), py(c.std), mark)
        }
        return lines.joinToString("\n")
    }
}

/**
 * Chooses among candidate configurations by k-fold cross-validation on the training set (seed 003: "k = 10, or 3"):
 * every candidate is cross-validated with the same [folds] on its own data set, and the one with the highest mean
 * validation accuracy wins. Prints the table unless [quiet].
 *
 * ```
 * val choice = chooseBest(
 *     experimentSpec("he") { init = he(seed = 3) },
 *     experimentSpec("xavier") { init = xavier(seed = 3) },
 *     folds = 3,
 * )
 * ```
 *
 * @param candidates the configurations, in the order the table lists them.
 * @param folds k (the course suggests 10, or 3).
 */
public fun chooseBest(vararg candidates: ExperimentSpec, folds: Int = 10, quiet: Boolean = false): Selection {
    val data = HashMap<Pair<String, java.nio.file.Path?>, org.initlab.data.Dataset>()
    val scored = candidates.map { spec ->
        val d = data.getOrPut(spec.dataset() to spec.dataDir()) { Data.Named(spec.dataset(), spec.dataDir()).load() }
        Candidate(spec, Properties.named { CrossValidation.run(spec.toBuilder().folds(folds).build(), d, Progress.NONE) })
    }
    val selection = Selection(scored)
    if (!quiet) println(selection.table())
    return selection
}
