// The init doctor on the course's cases: E1-E3 (zeros, random x10 and He on the circles) and E4's seven configurations
// (5 layers of 100 units on randn(1000, 100), with a sigmoid output unit to send gradients back). For each it prints
// the initialization findings and the verdict against what the course teaches (zeros: symmetric; random x10:
// saturated output, initial loss far above chance; sigmoid and ReLU with std 0.01: vanishing gradients; He and Xavier
// for tanh: healthy), and draws per case the activations' and activation gradients' histograms layer by layer and the
// update:data ratio over 20 SGD steps, into out/doctor/<case>/, beside doctor.json and a manifest naming them all
// (the folder appears whole or not at all). Exit status 1 when a verdict is not the course's.
//   Run: ./kotlinw scripts/doctor.main.kts
@file:DependsOn("org.initlab:initlab-dsl:0.1.0")

import org.initlab.dsl.*
import org.initlab.experiment.AnalysisExperiments

checkOptions(args)
val paths = scriptPaths(__FILE__)
val result = resultFolder(paths.out).use { folder ->
    val result = courseDiagnoses(paths.datasets)
    result.print(System.out)
    println()
    paths.printSaved(folder.save("script doctor", AnalysisExperiments.config(result),
        mapOf("doctor.json" to result.toMap())) { result.writePictures(it) })
    result
}
result.check()
