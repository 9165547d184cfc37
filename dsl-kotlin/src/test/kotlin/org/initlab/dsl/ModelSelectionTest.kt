package org.initlab.dsl

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.doubles.shouldBeGreaterThan
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain

class ModelSelectionTest : FunSpec({

    test("choosing among candidates by cross-validation picks the best mean and marks it in the table") {
        val zeros = experimentSpec("zeros") {
            init = zeros()
            train(lr = 0.3, iterations = 300, printEvery = 0)
        }
        val he = experimentSpec("he-fast") {
            init = he(seed = 3)
            train(lr = 0.3, iterations = 1_500, printEvery = 0)
        }
        val choice = chooseBest(zeros, he, folds = 3, quiet = true)
        choice.candidates.map { it.spec.name() } shouldBe listOf("zeros", "he-fast")
        choice.candidates.forEach { it.result.folds().size shouldBe 3 }
        choice.best.spec.name() shouldBe "he-fast"
        choice.best.mean shouldBeGreaterThan choice.candidates[0].mean
        val table = choice.table().lines()
        table.size shouldBe 3
        table[2] shouldContain "<- best"
        table[1] shouldContain py(choice.candidates[0].mean)
    }
})
