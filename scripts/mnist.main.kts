// E5 — Nielsen's comparison of weight initializations on MNIST (ch. 3): [784, 30, 10], sigmoid, quadratic cost,
// SGD with lr 3.0 and mini-batches of 10, 30 epochs; weights N(0, 1) ("large") against N(0, 1)/sqrt(n_in)
// ("scaled"), biases N(0, 1) in both. Prints the test accuracy after every epoch, as Nielsen does; writes both runs
// to out/mnist/ and their accuracy per epoch on one chart, with a manifest, to out/mnist/comparison/.
//   Run: ./kotlinw scripts/mnist.main.kts [--epochs N]     (or EPOCHS=N; default 30)
@file:DependsOn("org.initlab:initlab-dsl:0.1.0")

import org.initlab.dsl.*
import org.initlab.dsl.plot.writePicture

val paths = scriptPaths(__FILE__)
checkOptions(args, "epochs")
val epochCount = intOption(args, "epochs", env = "EPOCHS", default = 30)
val digits = mnist(paths.datasets).loaded()

fun arm(name: String): Run {
    val spec = experimentSpec(name, from = name) {
        data = digits
        train(lr = 3.0, epochs = epochCount, batchSize = 10, printEvery = 0)
    }
    CoursePrinter(System.out).armHeading(spec)
    return runExperiment(spec, digits)
}

val large = arm("mnist-large")
val scaled = arm("mnist-scaled")

for (run in listOf(large, scaled)) paths.printSaved(run.save(paths.out.resolve(run.name)))
val chart = listOf(large, scaled).accuracyPlot(
    title = "MNIST [784, 30, 10]: test accuracy per epoch",
    labels = listOf("weights N(0, 1)", "weights N(0, 1)/sqrt(n_in)"),
)
val compared = mapOf("runs" to listOf(large, scaled).associate { it.name to it.spec.describe() })
paths.printSaved(saveResults(paths.out.resolve("comparison"), "script mnist", compared, emptyMap()) { dir ->
    listOf(writePicture(chart, dir, "accuracy"))
})
