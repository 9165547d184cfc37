// E2 — large random initialization (randn · 10) on the circles data, as the course's
// `model(train_X, train_Y, initialization = "random")`: the first cost is inf (the sigmoid saturates at exactly 0
// or 1), learning is slow. Writes the results, the learning curve and the decision boundary (PNG and SVG) to
// out/random/.   Run: ./kotlinw scripts/random.main.kts
@file:DependsOn("org.initlab:initlab-dsl:0.1.0")

import org.initlab.dsl.*

checkOptions(args)
val paths = scriptPaths(__FILE__)

val run = experiment("random") {
    data = circles()
    layers(2, 10, 5, 1)
    init = random(seed = 3)
    train(lr = 0.01, iterations = 15_000, printEvery = 1_000)
}

paths.printSaved(run.save(paths.out))
