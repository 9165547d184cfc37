package org.initlab.dsl

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.engine.spec.tempdir
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import org.deeplearning4j.nn.conf.NeuralNetConfiguration
import org.deeplearning4j.nn.conf.layers.DenseLayer
import org.deeplearning4j.nn.conf.layers.OutputLayer
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork
import org.deeplearning4j.nn.weights.WeightInit
import org.initlab.analysis.DoctorThresholds
import org.initlab.analysis.Finding
import org.initlab.dsl.plot.checkPicture
import org.initlab.numpy.NumpyRandomState
import org.nd4j.linalg.activations.Activation as Dl4jActivation
import org.nd4j.linalg.lossfunctions.LossFunctions
import java.nio.file.Files

/** The doctor from the DSL: on an experiment block, on any DL4J network, and its pictures. */
class DoctorsTest : FunSpec({

    test("an experiment block is examined before it trains: zeros are symmetric, He is healthy") {
        val zeros = doctor(from = "zeros", steps = 2)
        zeros.kinds() shouldContain Finding.Kind.SYMMETRIC
        zeros.healthy() shouldBe false
        val he = doctor(steps = 2) { init = he(seed = 3) }
        he.healthy() shouldBe true
        he.examples() shouldBe 256
    }

    test("any DL4J network, on matrices, with thresholds of its own") {
        val conf = NeuralNetConfiguration.Builder().seed(5).weightInit(WeightInit.XAVIER).list()
            .layer(DenseLayer.Builder().nIn(3).nOut(8).activation(Dl4jActivation.TANH).build())
            .layer(DenseLayer.Builder().nIn(8).nOut(8).activation(Dl4jActivation.TANH).build())
            .layer(OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(8).nOut(1)
                .activation(Dl4jActivation.SIGMOID).build())
            .build()
        val net = MultiLayerNetwork(conf).apply { init() }
        val rng = NumpyRandomState(1)
        val x = Matrix(40, 3, rng.randn(40, 3))
        val y = Matrix(40, 1, DoubleArray(40) { if (x.get(it, 0) > 0) 1.0 else 0.0 })
        val report = doctor(net, x, y, steps = 3, lr = 0.5)
        report.layer(1).learningRate() shouldBe 0.5
        report.steps() shouldBe 3
        val strict = doctor(net, x, y, steps = 0, thresholds = DoctorThresholds.DEFAULTS.withGradientFactor(1.0001))
        strict.kinds().any { it == Finding.Kind.VANISHING || it == Finding.Kind.EXPLODING } shouldBe true
    }

    test("a bad value is named as the DSL names it") {
        shouldThrow<InputException> { doctor(batch = 0) }.message shouldBe "batch 0: must be at least 1"
    }

    test("the pictures are drawn from the report: activations, their gradients, update:data") {
        val report = doctor(from = "random", steps = 5)
        val dir = tempdir().toPath()
        val pictures = report.writePictures(dir, title = "random")
        pictures.map { it.png.fileName.toString() } shouldContainExactly
            listOf("activations.png", "activation-gradients.png", "update-ratios.png")
        pictures.forEach { checkPicture(it, minWidth = 500) }
        Files.readString(pictures[0].svg) shouldContain "layer 3: output, sigmoid"
        Files.readString(pictures[0].svg) shouldContain "sat 100%"
        Files.readString(pictures[2].svg) shouldContain "layer 1 (dense)"
    }

    test("a zeros network has no update:data to draw, and save says what it wrote") {
        val report = doctor(from = "zeros", steps = 3)
        report.hasUpdateRatios shouldBe false
        val files = report.save(tempdir().toPath(), mapOf("network_source" to "zeros"))
        files shouldContainExactly listOf("report.json", "activations.svg", "activations.png",
            "activation-gradients.svg", "activation-gradients.png", "manifest.json")
    }

    test("the pictures of a saved report are drawn again from its JSON alone") {
        val dir = tempdir().toPath()
        doctor(from = "he", steps = 4).save(dir, pictures = false)
        val again = readDoctorReport(dir.resolve("report.json")).writePictures(dir.resolve("again"))
        again.map { it.svg.fileName.toString() } shouldContainExactly
            listOf("activations.svg", "activation-gradients.svg", "update-ratios.svg")
        again.forEach { checkPicture(it, minWidth = 500) }
    }
})
