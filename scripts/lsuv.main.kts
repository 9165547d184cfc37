// LSUV on real work (Mishkin and Matas 2015, "All you need is a good init"): LSUV beside He and the course's
// "xavier" (randn / √n_in) on the course's deep-cat network [12288, 20, 7, 5, 1] (E9's data, lr 0.0075, seed 1) and
// on circles through ten hidden layers of ten (lr 0.01, seed 3). Prints every layer's Var(Z_l) at initialization —
// the orthogonal start LSUV begins from, LSUV's weights, He's and xavier's — and each run's costs and accuracies;
// writes the cost traces and the variances per layer as pictures, with the numbers in lsuv.json, to out/lsuv/.
//   Run: ./kotlinw scripts/lsuv.main.kts [--iterations N]   (default: 2500 for deep-cat, 15000 for circles)
@file:DependsOn("org.initlab:initlab-dsl:0.1.0")

import org.initlab.dsl.*
import org.initlab.dsl.plot.layerVariances
import org.initlab.dsl.plot.writePicture
import org.initlab.io.Json

val paths = scriptPaths(__FILE__)
val iterationOverride = intOption(args, "iterations", env = "ITERATIONS", default = 0)

class Network(val name: String, val data: Data, val sizes: List<Int>, val runSeed: Long, val lr: Double,
              val iterationCount: Int, val recordCostEvery: Int)

val networks = listOf(
    Network("deep-cat", cat(paths.datasets), listOf(12288, 20, 7, 5, 1), 1, 0.0075, 2_500, 20),
    Network("deep-circles", circles(), listOf(2) + List(10) { 10 } + listOf(1), 3, 0.01, 15_000, 100),
)
val initializers = listOf("lsuv" to lsuv(), "he" to he(), "xavier" to xavier())

val pictures = ArrayList<org.initlab.dsl.plot.PictureFiles>()
val results = ArrayList<Map<String, Any>>()
for (network in networks) {
    val its = if (iterationOverride > 0) iterationOverride else network.iterationCount
    val runs = initializers.map { (label, initializer) ->
        experiment("${network.name}-$label", quiet = true) {
            data = network.data
            layers(network.sizes)
            init = initializer
            seed = network.runSeed
            train(lr = network.lr, iterations = its, printEvery = its, recordEvery = network.recordCostEvery)
        }
    }
    val orthogonalStart = runs[0].spec.toBuilder().init(orthogonal().spec).build()
    val variances = LinkedHashMap<String, DoubleArray>()
    variances["orthogonal start"] = preActivationVariances(orthogonalStart, runs[0].dataset)
    for (run in runs) variances[run.spec.init().describe()] = run.initialVariances

    println("${network.name} ${network.sizes} on ${runs[0].dataset.name()}, $its iterations at lr ${py(network.lr)}")
    println("Var(Z_l) at initialization on the ${runs[0].dataset.train().size()} training examples:")
    println("  layer " + variances.keys.joinToString("") { "%-18s".format(it) }.trimEnd())
    for (l in network.sizes.indices.drop(1)) {
        println("  %-5d ".format(l) + variances.values.joinToString("") { "%-18.6g".format(it[l - 1]) }.trimEnd())
    }
    println("LSUV divisions per layer: " + runs[0].lsuvFit!!.layers().joinToString(", ") { it.iterations().toString() })
    println("  %-8s %-22s %-22s %-20s %s".format("init", "cost at 0", "last cost", "train accuracy", "test accuracy"))
    for ((i, run) in runs.withIndex()) {
        println("  %-8s %-22s %-22s %-20s %s".format(initializers[i].first, py(run.costs.first()), py(run.costs.last()),
            py(run.trainAccuracy), py(run.testAccuracy)))
    }
    println()

    pictures += writePicture(runs.learningCurvesPlot("${network.name}: cost", labels = initializers.map { it.first },
        logScale = true), paths.out, "${network.name}-costs")
    pictures += writePicture(layerVariances(variances, title = "${network.name}: Var(Z_l) at initialization"),
        paths.out, "${network.name}-variances")
    results += mapOf(
        "network" to network.name, "layers" to network.sizes, "iterations" to its,
        "pre_activation_variance" to variances.mapValues { (_, v) -> v.toList() },
        "lsuv_divisions" to runs[0].lsuvFit!!.layers().map { it.iterations() },
        "runs" to runs.mapIndexed { i, r ->
            mapOf("init" to initializers[i].first, "iterations" to r.costIterations, "costs" to r.costs,
                "train_accuracy" to r.trainAccuracy, "test_accuracy" to r.testAccuracy)
        },
    )
}
Json.write(paths.out.resolve("lsuv.json"), mapOf("networks" to results))
paths.printPictures(pictures)
println("Results in ${paths.shown(paths.out.resolve("lsuv.json"))}")
