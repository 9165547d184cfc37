package org.initlab.dsl

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.util.Locale

/** Bad values are rejected by the core as [InputException], whose message names the DSL's property. */
class BadValuesTest : FunSpec({

    data class Case(val message: String, val block: ExperimentBuilder.() -> Unit) {
        override fun toString() = message
    }

    context("a bad value raises InputException naming the property") {
        for (case in listOf(
            Case("lr -1.0: must be a positive number") { learningRate = -1.0 },
            Case("lr 0.0: must be a positive number") { train(lr = 0.0) },
            Case("iterations 0: must be positive") { train(iterations = 0) },
            Case("epochs -2: must be positive") { train(epochs = -2) },
            Case("batchSize 10: mini-batches need epochs") { train(iterations = 5, batchSize = 10) },
            Case("layers 2: need at least an input and an output size") { layers(2) },
            Case("layers 2,0,1: sizes must be positive") { layers(2, 0, 1) },
            Case("layers 2,46341,46341,1: layer 2 would have 2147488281 weights; at most 2147483639 fit in one array") {
                layers(2, 46341, 46341, 1)
            },
            Case("seed -1: must be between 0 and 4294967295") { seed = -1 },
            Case("keepProb 1.5: must be in (0, 1]") { dropout(keepProb = 1.5) },
            Case("lambda -0.1: must be a number >= 0") { l2(-0.1) },
            Case("printEvery -1: must be positive (0 for never)") { printEvery = -1 },
            Case("recordEvery -5: must be 0 or more") { train(recordEvery = -5) },
            Case("folds 1: must be at least 2 (0 for none)") { folds = 1 },
            Case("trainSize -3: must be positive (0 for all)") { trainSize = -3 },
            Case("output softmax: needs at least 2 output units, layers ends in 1") { output = Output.SOFTMAX },
            Case("epochs 2: iterations 10 given too; give one of them") { train(iterations = 10, epochs = 2) },
        )) {
            test(case.message) {
                shouldThrow<InputException> { experimentSpec(block = case.block) }.message shouldBe case.message
            }
        }
    }

    test("an initializer with a bad standard deviation is rejected as the command line rejects it") {
        shouldThrow<InputException> { normal(sigma = -1.0) }.message shouldBe
            "initializer normal:-1.0: SIGMA must be a positive number"
        shouldThrow<InputException> { initializer("lecun") }.message shouldBe
            "initializer(\"lecun\"): unknown initializer 'lecun': expected one of zeros, random, he, xavier, nielsen, large, normal:SIGMA, variance-scaling, glorot-uniform, glorot-normal, he-uniform, he-normal, lecun-uniform, lecun-normal, xavier-normal, xavier-uniform, kaiming-normal, kaiming-uniform, orthogonal, delta-orthogonal, identity, dirac, sparse, trunc-normal, normal, uniform, constant, ones, lsuv"
    }

    test("an unknown catalog experiment or data set is named in the error, with the property it was given as") {
        val catalog = "unknown experiment 'nope': expected one of zeros, random, he, noreg, l2, dropout, deep-cat, " +
            "mnist-large, mnist-scaled"
        shouldThrow<InputException> { experimentSpec(from = "nope") }.message shouldBe "from nope: $catalog"
        shouldThrow<InputException> { experiment(from = "nope", quiet = true) }.message shouldBe "from nope: $catalog"
        shouldThrow<InputException> { crossValidate(from = "nope", quiet = true) }.message shouldBe "from nope: $catalog"
        shouldThrow<InputException> { doctor(from = "nope") }.message shouldBe "from nope: $catalog"
        shouldThrow<InputException> { experiment(quiet = true) { data = Data.Named("nope") } }.message shouldBe
            "data nope: unknown data set 'nope': expected one of circles, football, cat, mnist"
    }

    test("layers that do not fit the data are rejected when the experiment runs, with the core's message") {
        shouldThrow<InputException> { experiment(quiet = true) { layers(3, 10, 1); iterations = 1 } }.message shouldBe
            "layers 3,10,1: first size 3 does not match the 2 features of circles"
    }

    test("a network too large for this JVM's heap is rejected when the experiment runs, with the core's message") {
        val heap = "%.1f GiB".format(Locale.ROOT, Runtime.getRuntime().maxMemory() / (1L shl 30).toDouble())
        shouldThrow<InputException> { experiment(quiet = true) { layers(2, 100_000_000, 1); iterations = 1 } }.message shouldBe
            "layers 2,100000000,1: the network's 300000000 weights and a batch of 300 examples need about 1350.8 GiB; " +
            "this JVM may use $heap (raise it with JAVA_OPTS=-Xmx1352g)"
    }
})
