package org.initlab.dsl

import org.initlab.numpy.PyFloat
import org.initlab.train.Progress
import java.io.PrintStream

/**
 * Prints a run as the course's notebooks (and `initlab experiment`) print it: `Cost after iteration N: C` while
 * training; `Epoch N: correct / total` after each epoch of mini-batch training; numbers in Python's shortest
 * round-trip form ([PyFloat.repr]), so they read exactly as numpy printed them.
 *
 * @param printEvery print the costs of the iterations that are multiples of it only (the run's `printEvery`), not
 *   those recorded in between (`recordEvery`); 1, the default, prints every cost reported, 0 none.
 */
class CoursePrinter(private val out: PrintStream = System.out, private val printEvery: Int = 1) : Progress {
    override fun cost(iteration: Long, cost: Double) {
        if (printEvery <= 0 || iteration % printEvery != 0L) return
        out.println("Cost after iteration $iteration: ${PyFloat.repr(cost)}")
        out.flush()
    }

    override fun epochAccuracy(epoch: Int, correct: Int, total: Int) {
        out.println("Epoch $epoch: $correct / $total")
        out.flush()
    }
}

/** A number as Python prints it: `0.96`, `0.9933333333333333`, `inf`, `1.1890913024229996e-07`. */
fun py(x: Double): String = PyFloat.repr(x)

/**
 * The course's closing lines of a run: `On the train set:` / `Accuracy: A` / `On the test set:` / `Accuracy: A`;
 * for a mini-batch run Nielsen's `best: correct / total`.
 */
fun Run.printResult(out: PrintStream = System.out) {
    if (spec.usesEpochs()) {
        out.println("best: ${testCorrectPerEpoch.maxOrNull() ?: 0} / ${dataset.test().size()}")
    } else {
        out.println("On the train set:")
        out.println("Accuracy: ${py(trainAccuracy)}")
        out.println("On the test set:")
        out.println("Accuracy: ${py(testAccuracy)}")
    }
    out.flush()
}

/**
 * A row of integers as numpy prints an array of shape `(1, n)` (`str(predictions)`, numpy ≥ 1.14 defaults):
 * `[[0 1 1 … 0]]`, wrapped at 75 characters with a two-space hanging indent, every value padded to the widest, and
 * summarized as `first 3 ... last 3` beyond 1000 values.
 */
fun numpyRow(values: IntArray): String {
    if (values.isEmpty()) return "[]"
    val width = values.maxOf { it.toString().length }
    val all = values.map { it.toString().padStart(width) }
    val words = if (values.size > 1000) all.take(3) + "..." + all.takeLast(3) else all
    val indent = "  "
    val elemWidth = 75 - 1 - 1 // the outer bracket's share, then room for the closing bracket
    val text = StringBuilder()
    var line = StringBuilder(indent)
    for ((i, word) in words.withIndex()) {
        if (line.length + word.length > elemWidth && line.length > indent.length) {
            text.append(line.toString().trimEnd()).append('\n')
            line = StringBuilder(indent)
        }
        line.append(word)
        if (i < words.size - 1) line.append(' ')
    }
    text.append(line)
    return "[[" + text.substring(indent.length) + "]]"
}
