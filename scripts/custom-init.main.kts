// A user-defined initializer against He on the course's network (circles, [2, 10, 5, 1], lr 0.01, 15 000 iterations).
// LeCun normal, W ~ N(0, 1/n_in), is written here as an ordinary DL4J IWeightInit and plugged in with custom(...).
// Prints both runs as the course does and a comparison; writes each run's folder (results, learning curve,
// decision boundary) to out/custom-init/ and both learning curves in one picture, with a manifest, to
// out/custom-init/comparison/.
//   Run: ./kotlinw scripts/custom-init.main.kts
@file:DependsOn("org.initlab:initlab-dsl:0.1.0")

import org.deeplearning4j.nn.weights.IWeightInit
import org.initlab.dsl.*
import org.initlab.dsl.plot.writePicture
import org.nd4j.linalg.api.ndarray.INDArray
import org.nd4j.linalg.factory.Nd4j
import kotlin.math.sqrt

/**
 * LeCun normal: W ~ N(0, 1/n_in), biases 0. DL4J calls init once per layer with its [nIn, nOut] weight view;
 * Nd4j's generator is seeded with the experiment's seed when the network is built, so runs are reproducible.
 */
class LeCunNormal : IWeightInit {
    override fun init(fanIn: Double, fanOut: Double, shape: LongArray, order: Char, paramView: INDArray): INDArray {
        Nd4j.randn(paramView).divi(sqrt(fanIn))
        return paramView.reshape(order, *shape)
    }

    override fun equals(other: Any?) = other is LeCunNormal
    override fun hashCode() = LeCunNormal::class.java.name.hashCode()
}

checkOptions(args)
val paths = scriptPaths(__FILE__)

fun onCircles(name: String, initializer: Initializer): Run = experiment(name) {
    data = circles()
    layers(2, 10, 5, 1)
    init = initializer
    train(lr = 0.01, iterations = 15_000, printEvery = 1_000)
}

println("He initialization, W = randn * sqrt(2 / n_in):")
val he = onCircles("he", he(seed = 3))
println()
println("LeCun normal (user-defined), W ~ N(0, 1 / n_in):")
val lecun = onCircles("lecun", custom(LeCunNormal(), name = "LeCun normal", seed = 3))

println()
val lastRecorded = listOf(he, lecun).map { it.costIterations.last() }.distinct().joinToString("/")
println("%-14s %-21s %-20s %s".format("initializer", "cost at $lastRecorded", "train accuracy", "test accuracy"))
for (run in listOf(he, lecun)) {
    println("%-14s %-21s %-20s %s".format(run.spec.init().describe(), py(run.costs.last()), py(run.trainAccuracy),
        py(run.testAccuracy)))
}

for (run in listOf(he, lecun)) paths.printSaved(run.save(paths.out.resolve(run.name)))
val compared = mapOf("runs" to listOf(he, lecun).associate { it.name to it.spec.describe() })
paths.printSaved(saveResults(paths.out.resolve("comparison"), "script custom-init", compared, emptyMap()) { dir ->
    listOf(writePicture(listOf(he, lecun).learningCurvesPlot("He against LeCun normal", labels = listOf("He", "LeCun normal")),
        dir, "learning-curves"))
})
