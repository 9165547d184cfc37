// E1 — zero initialization on the circles data, as the course's `model(train_X, train_Y, initialization = "zeros")`:
// every unit of a layer computes the same thing, the cost stays at log 2 and every prediction is 0.
// Writes the results, the learning curve and the decision boundary (PNG and SVG) to out/zeros/.
//   Run: ./kotlinw scripts/zeros.main.kts
@file:DependsOn("org.initlab:initlab-dsl:0.1.0")

import org.initlab.dsl.*

checkOptions(args)
val paths = scriptPaths(__FILE__)

val run = experiment("zeros") {
    data = circles()
    layers(2, 10, 5, 1)
    init = zeros()
    train(lr = 0.01, iterations = 15_000, printEvery = 1_000)
}

println("predictions_train = " + numpyRow(run.trainPredictions))
println("predictions_test = " + numpyRow(run.testPredictions))

paths.printSaved(run.save(paths.out))
