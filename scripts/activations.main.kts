// E4 — the distribution of activations at initialization (Saito, "Deep Learning from Scratch" 6.2, after Glorot &
// Bengio): randn(1000, 100) through 5 layers of 100 units without bias, for sigmoid with weights' std 1, 0.01 and
// Xavier, ReLU with 0.01, Xavier and He, and tanh with Xavier. Prints each layer's mean and std; writes the numbers
// (activations.json) and, per configuration, the row of five histograms to out/activations/, with a manifest naming
// them, whole or not at all.
//   Run: ./kotlinw scripts/activations.main.kts [--seed S]
@file:DependsOn("org.initlab:initlab-dsl:0.1.0")

import org.initlab.dsl.*
import org.initlab.experiment.AnalysisExperiments

val paths = scriptPaths(__FILE__)
checkOptions(args, "seed")
val result = activationDistributions(seed = intOption(args, "seed", default = 0).toLong())

result.print(System.out)
println()
val config = AnalysisExperiments.config(result)
paths.printSaved(saveResults(paths.out, "script activations", config, mapOf("activations.json" to result.toMap())) {
    result.writePictures(it)
})
