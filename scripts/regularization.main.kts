// E6–E7 — regularization on the course's football data ([2, 20, 3, 1], 1/sqrt(n_in) weights with seed 3, lr 0.3,
// 30 000 iterations): no regularization, L2 with lambda = 0.7, inverted dropout with keep_prob = 0.86 (the course's
// masks). Prints each model's costs and accuracies as the course does, then the three side by side; writes each
// run's folder to out/regularization/ and the comparison pictures (costs, accuracies, three decision boundaries) with
// a manifest to out/regularization/comparison/. The costs are
// printed every 10 000 iterations, as the course does, and recorded every 500 for the learning curves (60 points).
//   Run: ./kotlinw scripts/regularization.main.kts
@file:DependsOn("org.initlab:initlab-dsl:0.1.0")

import org.initlab.dsl.*
import org.initlab.dsl.plot.writePicture

checkOptions(args)
val paths = scriptPaths(__FILE__)
val football = football(paths.datasets).loaded()

fun footballModel(name: String, regularization: ExperimentBuilder.() -> Unit): Run = experiment(name) {
    data = football
    layers(2, 20, 3, 1)
    init = xavier(seed = 3)
    train(lr = 0.3, iterations = 30_000, printEvery = 10_000, recordEvery = 500)
    regularization()
}

println("Without regularization:")
val noreg = footballModel("noreg") {}
println()
println("With L2-regularization, lambda = 0.7:")
val l2 = footballModel("l2") { l2(lambda = 0.7) }
println()
println("With dropout, keep_prob = 0.86:")
val dropout = footballModel("dropout") { dropout(keepProb = 0.86, mode = DropoutMode.FAITHFUL) }

val runs = listOf(noreg, l2, dropout)
println()
println("%-30s %-22s %-20s %s".format("model", "cost at 20000", "train accuracy", "test accuracy"))
for (run in runs) {
    println("%-30s %-22s %-20s %s".format(run.decisionBoundaryTitle, py(run.costAt(20_000)), py(run.trainAccuracy),
        py(run.testAccuracy)))
}

for (run in runs) paths.printSaved(run.save(paths.out.resolve(run.name)))
val labels = listOf("no regularization", "L2, lambda = 0.7", "dropout, keep_prob = 0.86")
val compared = mapOf("runs" to runs.associate { it.name to it.spec.describe() })
paths.printSaved(saveResults(paths.out.resolve("comparison"), "script regularization", compared, emptyMap()) { dir ->
    listOf(
        writePicture(runs.learningCurvesPlot("Learning rate =0.3", labels), dir, "learning-curves"),
        writePicture(runs.accuraciesPlot("Accuracy", labels), dir, "accuracies"),
        writePicture(runs.decisionBoundariesPlot(), dir, "decision-boundaries"),
    )
})
