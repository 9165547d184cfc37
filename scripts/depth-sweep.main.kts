// The course's question across depth, as `initlab experiment depth-sweep` runs it: the course's initializations
// (zeros, random x10, normal:0.01, xavier = randn / √n_in, He) and new ones (he-uniform, orthogonal, lsuv) on circles
// with ReLU and tanh hidden layers of 10 units, at depths 2 to 10 (weight layers), seeds 1-5 each, trained as E3 is
// (lr 0.01, full batch, 15000 iterations): 720 runs on all cores. Prints the summary (mean ± std over seeds, the best
// marked) and what the numbers say about the course's claims; writes the sweep's folder to out/depth-sweep/: runs,
// runs.csv, summary.csv, its pictures (the heatmap of test accuracy, depth x init per activation; the cost curves
// with a band across seeds; parallel coordinates) and the manifest that lists them all. Started again, it skips the runs recorded there.
//   Run: ./kotlinw scripts/depth-sweep.main.kts [--iterations N] [--max-depth D] [--seeds S]   (seeds 1..S)
@file:DependsOn("org.initlab:initlab-dsl:0.1.0")

import org.initlab.dsl.*
import org.initlab.sweep.SweepFolder
import org.initlab.sweep.SweepTables

val paths = scriptPaths(__FILE__)
checkOptions(args, "iterations", "max-depth", "seeds")
val iterations = intOption(args, "iterations", env = "ITERATIONS", default = 15_000)
val maxDepth = intOption(args, "max-depth", env = "MAX_DEPTH", default = 10)
val seeds = intOption(args, "seeds", env = "SEEDS", default = 5)

val result = depthSweep(paths.datasets, iterations = iterations, depths = 2..maxDepth, seeds = 1..seeds, out = paths.out)
result.print()
println()
result.depthReading().forEach(::println)
println()
println("Saved in ${paths.shown(paths.out)}: ${SweepFolder.SWEEP_FILE}, ${SweepTables.RUNS}, ${SweepTables.SUMMARY}, manifest.json")
paths.printPictures(sweepPictures(paths.out))
