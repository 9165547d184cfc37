package org.initlab.dsl

import io.kotest.core.spec.style.FunSpec
import io.kotest.engine.spec.tempdir
import io.kotest.matchers.collections.shouldNotBeEmpty
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import org.initlab.dsl.plot.checkPicture
import org.initlab.dsl.plot.writePicture
import org.initlab.experiment.ActivationConfig
import org.initlab.experiment.ActivationExperiment
import org.initlab.experiment.CourseCase
import org.initlab.analysis.GradientCheck
import java.io.ByteArrayOutputStream
import java.io.PrintStream
import java.nio.file.Files
import kotlin.random.Random

/** The pictures and checks the DSL adds around the core's analyses. */
class AnalysesTest : FunSpec({

    test("each activation configuration is drawn as a row of histograms, one panel per layer") {
        val result = ActivationExperiment.run(0, 200, 50, 5, listOf(
            ActivationConfig.fixed(Activation.SIGMOID, 1.0), ActivationConfig.he(Activation.RELU)))
        val dir = tempdir().toPath()
        val pictures = result.writePictures(dir)
        pictures.map { it.png.fileName.toString() } shouldBe
            listOf("activations-sigmoid-std-1.png", "activations-relu-he.png")
        pictures.forEach { checkPicture(it, minWidth = 1000) }
        val svg = Files.readString(pictures[1].svg)
        for (layer in 1..5) svg shouldContain "$layer-layer"
        svg shouldContain "He: w ~ randn * sqrt(2/n)"
    }

    test("the saturated neuron's two arms are drawn with their spreads in the titles") {
        val result = zDistribution(seed = 0, draws = 2_000)
        val files = writePicture(result.densityPlot(), tempdir().toPath(), "z")
        checkPicture(files)
        val svg = Files.readString(files.svg)
        svg shouldContain "theory 22.38"
        svg shouldContain "theory 1.22"
    }

    test("a network trained through the DSL passes the course's gradient check") {
        val run = experiment(quiet = true) { train(iterations = 500, printEvery = 0) }
        val check = run.gradientCheck()
        check.passed() shouldBe true
        check.courseLine shouldContain "Your backward propagation works perfectly fine! difference = "
    }

    test("a planted error shows in the gradient-check picture") {
        val case = CourseCase.draw()
        val check = GradientCheck()
        val correct = check.check(case.network(), case.features(), case.labels())
        val planted = check.check(case.networkWithPlantedError(), case.features(), case.labels())
        planted.courseLine shouldContain "There is a mistake in the backward propagation!"
        val files = writePicture(gradientCheckPlot(mapOf("correct" to correct, "planted" to planted)),
            tempdir().toPath(), "gradcheck")
        checkPicture(files)
        Files.readString(files.svg) shouldContain "W2"
    }

    test("several runs' decision boundaries and accuracies are drawn side by side") {
        val runs = listOf("he", "zeros").map { experiment(it, from = it, quiet = true) { train(iterations = 1_000) } }
        val dir = tempdir().toPath()
        val boundaries = writePicture(runs.decisionBoundariesPlot(), dir, "boundaries")
        checkPicture(boundaries, minWidth = 1500)
        Files.readString(boundaries.svg) shouldContain "Model with Zeros initialization"
        checkPicture(writePicture(runs.accuraciesPlot(), dir, "accuracies"))
    }

    test("mislabelled test images are drawn in a grid, their PNG rasterized without CSS errors") {
        val rnd = Random(5)
        fun images(n: Int) = Array(n) { DoubleArray(8 * 8 * 3) { rnd.nextDouble() } }
        val data = dataset("pictures", images(30), IntArray(30) { rnd.nextInt(2) }, images(12), IntArray(12) { it % 2 })
        val run = experiment("pictures", quiet = true) {
            this.data = data
            layers(192, 4, 1)
            train(iterations = 1, printEvery = 0)
        }
        run.mislabelledTestExamples.shouldNotBeEmpty()
        val errors = ByteArrayOutputStream()
        val stderr = System.err
        System.setErr(PrintStream(errors, true))
        val files = try {
            run.writeMislabelledImages(tempdir().toPath(), width = 8, height = 8, max = 6)
        } finally {
            System.setErr(stderr)
        }
        errors.toString() shouldNotContain "pixelated"
        checkPicture(files, minWidth = 300)
        Files.readString(files.svg) shouldContain "Prediction: "
    }
})
