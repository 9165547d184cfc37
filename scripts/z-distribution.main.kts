// E4b — Nielsen's saturated neuron (ch. 3, "Weight initialization"): z = sum_j w_j x_j + b with 1000 inputs, 500 of
// them 1. Weights and bias N(0, 1) give z a std of sqrt(501) ~ 22.4: sigma'(z) ~ 0, the neuron starts saturated;
// weights N(0, 1/n_in) give sqrt(3/2) ~ 1.22. Prints both spreads; writes them (z-distribution.json) and the
// histograms with the theoretical densities to out/z-distribution/, with a manifest naming them, whole or not at all.
//   Run: ./kotlinw scripts/z-distribution.main.kts [--seed S]
@file:DependsOn("org.initlab:initlab-dsl:0.1.0")

import org.initlab.dsl.*
import org.initlab.experiment.AnalysisExperiments

val paths = scriptPaths(__FILE__)
checkOptions(args, "seed")
val result = zDistribution(seed = intOption(args, "seed", default = 0).toLong())

result.print(System.out)
println()
val config = AnalysisExperiments.config(result)
paths.printSaved(saveResults(paths.out, "script z-distribution", config, mapOf("z-distribution.json" to result.toMap())) {
    result.writePictures(it)
})
