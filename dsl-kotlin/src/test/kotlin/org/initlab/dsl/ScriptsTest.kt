package org.initlab.dsl

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.engine.spec.tempdir
import io.kotest.matchers.shouldBe
import java.nio.file.Files

class ScriptsTest : FunSpec({

    test("a script's output folder is out/<script name> in the project folder above it") {
        val home = tempdir().toPath()
        Files.createDirectories(home.resolve("datasets"))
        val script = Files.createDirectories(home.resolve("scripts")).resolve("he.main.kts")
        val paths = scriptPaths(script.toFile())
        paths.name shouldBe "he"
        paths.home shouldBe home.toAbsolutePath().normalize()
        paths.out shouldBe paths.home.resolve("out").resolve("he")
        paths.datasets shouldBe paths.home.resolve("datasets")
    }

    test("integer options come from --name N, --name=N, the environment, or the default") {
        intOption(arrayOf("--epochs", "3"), "epochs", default = 30) shouldBe 3
        intOption(arrayOf("--epochs=4"), "epochs", default = 30) shouldBe 4
        intOption(arrayOf(), "epochs", env = "INITLAB_SURELY_UNSET_VARIABLE", default = 30) shouldBe 30
        shouldThrow<InputException> { intOption(arrayOf("--epochs", "x"), "epochs", default = 1) }.message shouldBe
            "--epochs x: not a whole number"
        shouldThrow<InputException> { intOption(arrayOf("--epochs"), "epochs", default = 1) }.message shouldBe
            "--epochs: needs a number"
    }
    test("a word that is not one of a script's options is refused, naming the options it takes") {
        checkOptions(arrayOf("--iterations", "5", "--seeds=2"), "iterations", "max-depth", "seeds")
        checkOptions(arrayOf())
        shouldThrow<InputException> { checkOptions(arrayOf("--iteration", "5"), "iterations", "seeds") }.message shouldBe
            "--iteration: not an option of this script (its options: --iterations N, --seeds N)"
        shouldThrow<InputException> { checkOptions(arrayOf("--epochs=3"), "iterations") }.message shouldBe
            "--epochs=3: not an option of this script (its options: --iterations N)"
        shouldThrow<InputException> { checkOptions(arrayOf("5")) }.message shouldBe
            "5: not an option of this script (it takes none)"
    }

    test("an option of a script given twice is refused rather than its first value taken") {
        shouldThrow<InputException> { checkOptions(arrayOf("--epochs", "3", "--epochs=4"), "epochs") }.message shouldBe
            "--epochs: given twice"
    }
})
