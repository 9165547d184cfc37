package org.initlab.dsl

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.io.ByteArrayOutputStream
import java.io.PrintStream

class PrintingTest : FunSpec({

    fun printed(block: (PrintStream) -> Unit): String {
        val bytes = ByteArrayOutputStream()
        PrintStream(bytes, true, Charsets.UTF_8).use(block)
        return bytes.toString(Charsets.UTF_8)
    }

    test("costs and epochs are printed as the course prints them") {
        printed { CoursePrinter(it).cost(0, 0.8830537463419761) } shouldBe "Cost after iteration 0: 0.8830537463419761\n"
        printed { CoursePrinter(it).cost(0, Double.POSITIVE_INFINITY) } shouldBe "Cost after iteration 0: inf\n"
        printed { CoursePrinter(it).epochAccuracy(0, 9_123, 10_000) } shouldBe "Epoch 0: 9123 / 10000\n"
    }

    test("numbers are Python's repr") {
        py(0.96) shouldBe "0.96"
        py(298.0 / 300) shouldBe "0.9933333333333333"
        py(1.0) shouldBe "1.0"
        py(1.1890913024229996e-07) shouldBe "1.1890913024229996e-07"
    }

    // Expected texts printed by numpy 2.4: print("predictions_train = " + str(np.zeros((1, 300), dtype=int))) etc.
    test("a row of predictions is printed as numpy prints an array of shape (1, n)") {
        val zeros36 = List(36) { "0" }.joinToString(" ")
        numpyRow(IntArray(300)) shouldBe "[[" + zeros36 + "\n" + List(7) { "  $zeros36\n" }.joinToString("") +
            "  " + List(12) { "0" }.joinToString(" ") + "]]"
        numpyRow(IntArray(150) { intArrayOf(1, 0, 1)[it % 3] }).lines() shouldBe listOf(
            "[[1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1",
            "  1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1",
            "  1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1",
            "  1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1 1 0 1",
            "  1 0 1 1 0 1]]",
        )
        numpyRow(IntArray(1200) { intArrayOf(5, 12, 0)[it % 3] }) shouldBe "[[ 5 12  0 ...  5 12  0]]"
        numpyRow(intArrayOf(1)) shouldBe "[[1]]"
    }
})
