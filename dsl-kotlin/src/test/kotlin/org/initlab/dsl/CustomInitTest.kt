package org.initlab.dsl

import io.kotest.core.spec.style.FunSpec
import io.kotest.engine.spec.tempdir
import io.kotest.matchers.doubles.plusOrMinus
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import org.deeplearning4j.nn.weights.IWeightInit
import org.deeplearning4j.nn.weights.WeightInitNormal
import org.deeplearning4j.nn.weights.WeightInitRelu
import org.deeplearning4j.util.ModelSerializer
import org.initlab.spec.InitSpec
import org.initlab.train.Trainer
import org.nd4j.linalg.api.ndarray.INDArray
import org.nd4j.linalg.factory.Nd4j
import kotlin.math.sqrt

/** A Kotlin user's own initializer: He's formula, drawn from DL4J's generator instead of numpy's stream. */
class DrawnHe : IWeightInit {
    override fun init(fanIn: Double, fanOut: Double, shape: LongArray, order: Char, paramView: INDArray): INDArray {
        Nd4j.randn(paramView).muli(sqrt(2.0 / fanIn))
        return paramView.reshape(order, *shape)
    }

    override fun equals(other: Any?) = other is DrawnHe
    override fun hashCode() = DrawnHe::class.java.name.hashCode()
}

/**
 * Any IWeightInit plugged into the DSL: one written in Java (DL4J's [WeightInitNormal], LeCun normal, the formula of
 * the README's `LeCunNormalInit`, which the core's tests cover from the Java API) and a user's own in Kotlin ([DrawnHe]).
 */
class CustomInitTest : FunSpec({

    fun short(init: Initializer) = experiment("custom", quiet = true) {
        data = circles()
        layers(2, 10, 5, 1)
        this.init = init
        train(lr = 0.01, iterations = 2_000, printEvery = 500)
    }

    test("a Java initializer through the DSL gives the Java API's run, cost for cost") {
        val dsl = short(custom(WeightInitNormal(), "lecun"))
        val java = Trainer.run(org.initlab.spec.ExperimentSpec.builder()
            .name("custom").dataset("circles").layers(2, 10, 5, 1)
            .init(InitSpec.Custom(WeightInitNormal(), "lecun")).seed(3)
            .learningRate(0.01).iterations(2_000).printEvery(500).build())
        dsl.costTrace shouldBe java.costs()
        dsl.network.params().toDoubleVector() shouldBe java.network().params().toDoubleVector()
        dsl.trainAccuracy shouldBe java.trainAccuracy()
    }

    test("the user's He in Kotlin draws exactly as DL4J's own") {
        short(custom(DrawnHe())).costs shouldBe short(custom(WeightInitRelu())).costs
    }

    test("the seed decides the draws of a custom initializer") {
        val a = short(custom(DrawnHe(), seed = 3))
        a.costs shouldBe short(custom(DrawnHe(), seed = 3)).costs
        a.costs shouldNotBe short(custom(DrawnHe(), seed = 4)).costs
    }

    test("a Kotlin initializer gives weights of He's spread and trains") {
        val wide = experiment("wide", quiet = true) {
            layers(2, 400, 300, 1)
            init = custom(DrawnHe())
            train(iterations = 1, printEvery = 0)
        }
        // the weights after one small step still have He's spread sqrt(2 / 400)
        wide.network.getLayer(1).getParam("W").stdNumber().toDouble() shouldBe (sqrt(2.0 / 400) plusOrMinus 0.003)
        val run = short(custom(DrawnHe(), "drawn-he"))
        (run.costs.last() < run.costs.first()) shouldBe true
        run.decisionBoundaryTitle shouldBe "Model with drawn-he initialization"
    }

    test("a run with a user's initializer saves its model and reads back") {
        val run = short(custom(DrawnHe(), "drawn-he"))
        val saved = run.save(tempdir().toPath(), pictures = false)
        val model = ModelSerializer.restoreMultiLayerNetwork(saved.folder.resolve("model.zip").toFile(), false)
        model.params().toDoubleVector() shouldBe run.network.params().toDoubleVector()
        model.layerWiseConfigurations shouldBe run.network.layerWiseConfigurations
    }
})
