// E8 — gradient checking, as the course does it: the 1-D toy J(theta) = theta * x, the course's [4, 5, 3, 1] network
// (relu, relu, sigmoid) on DL4J, the same network with a planted error in layer 2's backward pass (it must fail),
// and the He network trained through the DSL. Prints the course's verdicts; writes them (gradcheck.json), the picture
// of the per-block differences and a manifest to out/gradcheck/, whole or not at all. Exit status 1 when a check that
// should pass fails.
//   Run: ./kotlinw scripts/gradcheck.main.kts
@file:DependsOn("org.initlab:initlab-dsl:0.1.0")

import org.initlab.analysis.GradientCheck
import org.initlab.dsl.*
import org.initlab.dsl.plot.writePicture
import org.initlab.experiment.CourseCase
import org.initlab.experiment.ToyCheck
import kotlin.system.exitProcess

checkOptions(args)
val paths = scriptPaths(__FILE__)

val printer = CoursePrinter(System.out)

val toy = ToyCheck.course()
printer.toyCheck(toy)

val case = CourseCase.draw()
val check = GradientCheck()
val course = check.check(case.network(), case.features(), case.labels())
printer.courseCheck(course)

val planted = check.check(case.networkWithPlantedError(), case.features(), case.labels())
printer.plantedCheck(planted)
if (!planted.passed()) println("  as it should: ${planted.failureMessage()}")

val he = experiment("he-short", quiet = true) {
    data = circles()
    layers(2, 10, 5, 1)
    init = he(seed = 3)
    train(lr = 0.01, iterations = 2_000, printEvery = 0)
}
val trained = he.gradientCheck()
println("The He network after ${he.spec.iterations()} iterations (DSL), on its ${he.dataset.train().size()} training " +
    "examples, cost = ${py(trained.cost())}")
printer.verdict(trained)

val config = mapOf("experiment" to "gradcheck", "seed" to CourseCase.SEED, "epsilon" to check.epsilon(),
    "threshold" to check.threshold(), "he_trained" to he.spec.describe())
val results = mapOf("gradcheck.json" to mapOf(
    "toy" to mapOf("difference" to toy.difference(), "passed" to toy.passed()),
    "course" to course.describe(), "planted_error" to planted.describe(), "he_trained" to trained.describe(),
))
paths.printSaved(saveResults(paths.out, "script gradcheck", config, results) { dir ->
    listOf(writePicture(gradientCheckPlot(mapOf("course's case" to course, "planted error in layer 2" to planted)),
        dir, "gradient-check"))
})

if (!toy.passed() || !course.passed() || !trained.passed() || planted.passed()) exitProcess(1)
