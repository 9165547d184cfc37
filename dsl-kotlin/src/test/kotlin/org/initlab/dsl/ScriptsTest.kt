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
})
