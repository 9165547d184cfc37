package org.initlab.dsl

import org.initlab.io.PyFloat
import org.initlab.train.Progress
import java.io.PrintStream

/**
 * Prints a run as the course's notebooks (and `initlab experiment`) print it: `Cost after iteration N: C` while
 * training; `Epoch N: correct / total` after each epoch of mini-batch training; numbers in Python's shortest
 * round-trip form ([PyFloat.repr]), so they read exactly as numpy printed them.
 */
class CoursePrinter(private val out: PrintStream = System.out) : Progress {
    override fun cost(iteration: Long, cost: Double) {
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
