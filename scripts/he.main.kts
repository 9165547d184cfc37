// E3 — He initialization on the circles data, as the course's `model(train_X, train_Y, initialization = "he")`.
// Prints the course's costs and accuracies; writes the results, the learning curve and the decision boundary
// (PNG and SVG) to out/he/.   Run: ./kotlinw scripts/he.main.kts
@file:DependsOn("org.initlab:initlab-dsl:0.1.0")

import org.initlab.dsl.*

checkOptions(args)
val paths = scriptPaths(__FILE__)

val run = experiment("he") {
    data = circles()
    layers(2, 10, 5, 1)
    init = he(seed = 3)
    train(lr = 0.01, iterations = 15_000, printEvery = 1_000)
}

paths.printSaved(run.save(paths.out))
