package org.initlab.dsl

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.engine.spec.tempdir
import io.kotest.matchers.doubles.plusOrMinus
import io.kotest.matchers.doubles.shouldBeLessThan
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldStartWith
import org.initlab.dsl.plot.DensityPanel
import org.initlab.dsl.plot.densityHistograms
import org.initlab.dsl.plot.layerVariances
import org.initlab.dsl.plot.writePicture
import org.initlab.experiment.LsuvExperiment
import org.initlab.init.Initializers
import org.initlab.train.Trainer
import java.io.ByteArrayOutputStream
import java.io.PrintStream
import java.nio.file.Files
import java.nio.file.Path
import kotlin.math.sqrt

class CatalogInitializersTest : FunSpec({

    test("each typed function is the initializer its command-line name parses to") {
        val pairs = listOf(
            varianceScaling(scale = 2.0, mode = FanMode.FAN_OUT, distribution = Distribution.UNIFORM) to
                "variance-scaling:scale=2,mode=fan_out,distribution=uniform",
            varianceScaling() to "variance-scaling",
            glorotUniform() to "glorot-uniform", glorotNormal() to "glorot-normal",
            heUniform() to "he-uniform", heNormal() to "he-normal",
            lecunUniform() to "lecun-uniform", lecunNormal() to "lecun-normal",
            xavierNormal(gain = calculateGain(Nonlinearity.TANH)) to "xavier-normal:gain=1.6666666666666667",
            xavierUniform(gain = calculateGain(Nonlinearity.TANH)) to "xavier-uniform:gain=1.6666666666666667",
            xavierUniform() to "xavier-uniform",
            kaimingNormal(mode = FanMode.FAN_OUT, nonlinearity = Nonlinearity.RELU) to
                "kaiming-normal:mode=fan_out,nonlinearity=relu",
            kaimingUniform(a = 0.2) to "kaiming-uniform:a=0.2",
            orthogonal(gain = sqrt(2.0)) to "orthogonal:gain=1.4142135623730951",
            identity(gain = 2.0) to "identity:gain=2",
            deltaOrthogonal(scale = 1.5) to "delta-orthogonal:scale=1.5", dirac(groups = 2) to "dirac:groups=2",
            sparse(sparsity = 0.3) to "sparse:sparsity=0.3",
            truncNormal(a = -0.5, b = 1.5) to "trunc-normal:a=-0.5,b=1.5",
            normal(mean = 0.0, std = 0.5) to "normal:std=0.5",
            uniform(a = -1.0, b = 1.0) to "uniform:a=-1,b=1",
            constant(0.25) to "constant:value=0.25", ones() to "ones",
            lsuv(tol = 0.01) to "lsuv:tol=0.01",
        )
        for ((typed, name) in pairs) {
            typed.spec shouldBe Initializers.parse(name)
            initializer(name).spec shouldBe typed.spec
        }
        normal(0.01).name shouldBe "normal:0.01"
    }

    test("a catalogue initializer trains in the DSL as through the Java API, on the fast engine") {
        val run = experiment("he-uniform", quiet = true) {
            init = heUniform(seed = 1)
            train(iterations = 300, printEvery = 100)
        }
        val java = Trainer.run(org.initlab.spec.ExperimentSpec.builder().name("he-uniform")
            .init(Initializers.parse("he-uniform")).seed(1).iterations(300).printEvery(100).build())
        run.engine shouldBe "fast"
        run.costTrace shouldBe java.costs()
        run.network.params().toDoubleVector() shouldBe java.network().params().toDoubleVector()
    }

    test("lsuv scales each layer to unit variance and the run tells how") {
        val run = experiment("lsuv", quiet = true) {
            layers(2, 10, 10, 10, 1)
            init = lsuv(tol = 0.05)
            train(iterations = 10, printEvery = 5)
        }
        val fit = run.lsuvFit!!
        fit.layers().size shouldBe 4
        for (layer in fit.layers()) layer.varianceAfter() shouldBe (1.0 plusOrMinus 0.05)
        run.initialVariances.toList() shouldBe fit.layers().map { it.varianceAfter() }
        experiment("he", quiet = true) { train(iterations = 1) }.lsuvFit shouldBe null
    }

    test("bad values are one line naming the initializer and the value") {
        shouldThrow<InputException> { orthogonal(gain = Double.NaN) }.message shouldBe
            "orthogonal: gain nan: must be a finite number"
        shouldThrow<InputException> { initializer("orthogonal:gian=2") }.message shouldBe
            "initializer(\"orthogonal:gian=2\"): orthogonal has no key 'gian' (its key: gain)"
        shouldThrow<InputException> { lsuv(maxIter = 0) }.message shouldStartWith "lsuv: max-iter 0"
        shouldThrow<InputException> { kaimingNormal(mode = FanMode.FAN_AVG) }.message shouldStartWith
            "kaiming-normal: mode fan_avg"
    }

    test("the LSUV comparison is the command line's experiment, its table printed by the core") {
        val results = lsuvComparison(Path.of("../datasets"), iterations = 2)
        results.map { it.network().name() } shouldBe listOf("deep-cat", "deep-circles")
        for (r in results) {
            r.runs.map { it.spec.init().describe() } shouldBe listOf("lsuv", "he", "xavier")
            for (v in r.variances().getValue("lsuv")) v shouldBe (1.0 plusOrMinus 0.1)
        }
        val printed = ByteArrayOutputStream()
        results.print(PrintStream(printed, true, Charsets.UTF_8))
        val cli = ByteArrayOutputStream()
        LsuvExperiment.print(results, PrintStream(cli, true, Charsets.UTF_8))
        printed.toString(Charsets.UTF_8) shouldBe cli.toString(Charsets.UTF_8)
        printed.toString(Charsets.UTF_8).lines().count { it.startsWith("LSUV divisions per layer: ") } shouldBe 2
        val dir = tempdir().toPath()
        results.writePictures(dir).map { it.png.fileName.toString() } shouldBe
            listOf("deep-cat-costs.png", "deep-cat-variances.png", "deep-circles-costs.png", "deep-circles-variances.png")
    }

    test("weight samples measure DL4J's LeCun uniform at √3 times Keras's standard deviation") {
        val dl4j = weightSample(org.deeplearning4j.nn.weights.WeightInit.LECUN_UNIFORM.getWeightInitFunction(), 400, 300)
        val keras = weightSample(org.initlab.init.LecunUniform(), 400, 300)
        (standardDeviation(dl4j) * sqrt(400.0)) shouldBe (sqrt(3.0) plusOrMinus 0.02)
        (standardDeviation(keras) * sqrt(400.0)) shouldBe (1.0 plusOrMinus 0.02)
    }

    test("density histograms and layer variances are written as pictures") {
        val dir = tempdir().toPath()
        val w = weightSample(org.initlab.init.HeUniform(), 200, 100)
        val b = sqrt(6.0 / 200)
        val panel = DensityPanel("he-uniform", w, { x -> if (x in -b..b) 1 / (2 * b) else 0.0 }, "U(±√(6/n_in))")
        val files = writePicture(densityHistograms(listOf(panel, panel), title = "test", columns = 2), dir, "densities")
        Files.size(files.png) shouldNotBe 0L
        val v = writePicture(layerVariances(mapOf("lsuv" to doubleArrayOf(1.0, 1.0), "he" to doubleArrayOf(0.5, 0.2))),
            dir, "variances")
        Files.readString(v.svg).contains("<svg") shouldBe true
        (standardDeviation(w) * sqrt(200.0)) shouldBeLessThan 1.5
    }
})
