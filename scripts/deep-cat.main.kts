// E9 — the course's L-layer network on cat vs non-cat: [12288, 20, 7, 5, 1], ReLU x 3 then sigmoid,
// `initialize_parameters_deep` (randn / sqrt(n_in), seed 1), lr 0.0075, 2500 iterations, cost every 100.
// Prints the course's costs and accuracies; writes the results, the learning curve and the mislabelled test images
// to out/deep-cat/.   Run: ./kotlinw scripts/deep-cat.main.kts [--iterations N]
@file:DependsOn("org.initlab:initlab-dsl:0.1.0")

import org.initlab.dsl.*

val paths = scriptPaths(__FILE__)
checkOptions(args, "iterations")
val iterationCount = intOption(args, "iterations", env = "ITERATIONS", default = 2_500)

val run = experiment("deep-cat") {
    data = cat(paths.datasets)
    layers(12288, 20, 7, 5, 1)
    init = xavier(seed = 1)
    train(lr = 0.0075, iterations = iterationCount, printEvery = 100)
}

val mislabelled = run.mislabelledTestExamples
println("Mislabelled test images: ${mislabelled.size} of ${run.dataset.test().size()}")
val saved = run.save(paths.out) { folder -> if (mislabelled.isEmpty()) emptyList() else listOf(run.writeMislabelledImages(folder)) }
paths.printSaved(saved)
