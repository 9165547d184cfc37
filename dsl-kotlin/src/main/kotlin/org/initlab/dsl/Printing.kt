package org.initlab.dsl

import org.initlab.numpy.PyFloat
import java.io.PrintStream

/** A number as Python prints it: `0.96`, `0.9933333333333333`, `inf`, `1.1890913024229996e-07`. */
public fun py(x: Double): String = PyFloat.repr(x)

/**
 * The course's closing lines of a run: `On the train set:` / `Accuracy: A` / `On the test set:` / `Accuracy: A`;
 * for a mini-batch run Nielsen's `best: correct / total` ([CoursePrinter.result]).
 */
public fun Run.printResult(out: PrintStream = System.out) {
    CoursePrinter(out).result(result)
}

/**
 * A row of integers as numpy prints an array of shape `(1, n)` (`str(predictions)`, numpy ≥ 1.14 defaults):
 * `[[0 1 1 … 0]]`, wrapped at 75 characters with a two-space hanging indent, every value padded to the widest, and
 * summarized as `first 3 ... last 3` beyond 1000 values.
 */
public fun numpyRow(values: IntArray): String {
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
