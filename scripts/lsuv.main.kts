// LSUV on real work (Mishkin and Matas 2015, "All you need is a good init"): LSUV beside He and the course's
// "xavier" (randn / √n_in) on the course's deep-cat network [12288, 20, 7, 5, 1] (E9's data, lr 0.0075, seed 1) and
// on circles through ten hidden layers of ten (lr 0.01, seed 3), as `initlab experiment lsuv` runs it. Prints every
// layer's Var(Z_l) at initialization — the orthogonal start LSUV begins from, LSUV's weights, He's and xavier's —
// and each run's costs and accuracies; writes the cost traces and the variances per layer as pictures, with the
// numbers in lsuv.json and a manifest naming them, to out/lsuv/ (whole or not at all).
//   Run: ./kotlinw scripts/lsuv.main.kts [--iterations N]   (default: 2500 for deep-cat, 15000 for circles)
@file:DependsOn("org.initlab:initlab-dsl:0.1.0")

import org.initlab.dsl.*
import org.initlab.experiment.LsuvExperiment

val paths = scriptPaths(__FILE__)
checkOptions(args, "iterations")
val iterationOverride = intOption(args, "iterations", env = "ITERATIONS", default = 0)

resultFolder(paths.out).use { folder ->
    val results = lsuvComparison(paths.datasets, iterations = if (iterationOverride > 0) iterationOverride else null)
    results.print()
    println()
    paths.printSaved(folder.save("script lsuv", LsuvExperiment.config(results),
        mapOf("lsuv.json" to LsuvExperiment.toMap(results))) { results.writePictures(it) })
}
