package org.initlab.dsl

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.engine.spec.tempdir
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldEndWith
import io.kotest.matchers.string.shouldStartWith
import org.initlab.dsl.plot.checkPicture
import org.initlab.experiment.ActivationConfig
import org.initlab.experiment.ActivationExperiment
import org.initlab.io.InputException
import org.initlab.io.Manifest
import org.initlab.io.ResultFolder
import java.io.ByteArrayOutputStream
import java.io.File
import java.io.PrintStream
import java.nio.file.Files

/** `saveResults`: a script's results, whole or not at all, with a manifest naming every file. */
class ResultsTest : FunSpec({

    test("saved results are the files, the pictures in their sub-folders and a manifest that lists and checks them") {
        val result = ActivationExperiment.run(0, 200, 50, 3, listOf(ActivationConfig.he(Activation.RELU)))
        val dir = tempdir().toPath().resolve("a")
        val saved = saveResults(dir, "experiment activations", mapOf("seed" to 0L),
            mapOf("activations.json" to result.toMap(), "table.csv" to "a,b\n1,2\n")) { staging ->
            result.writePictures(staging.resolve("case"))
        }
        saved.files shouldContainExactly listOf("activations.json", "table.csv", "case/activations-relu-he.svg",
            "case/activations-relu-he.png", Manifest.FILE_NAME)
        saved.pictures.map { dir.relativize(it.png).toString() } shouldContainExactly listOf("case/activations-relu-he.png")
        saved.pictures.forEach { checkPicture(it) }
        val manifest = ResultFolder.verify(dir)
        manifest.path("run").asText() shouldBe "experiment activations"
        manifest.path("seed").asLong() shouldBe 0L
        manifest.path("files").map { it.asText() } shouldContainExactly saved.files.dropLast(1)
        Files.readString(dir.resolve("table.csv")) shouldBe "a,b\n1,2\n"

        val printed = ByteArrayOutputStream()
        ScriptPaths(File("x.main.kts")).printSaved(saved, out = PrintStream(printed, true, Charsets.UTF_8))
        val lines = printed.toString(Charsets.UTF_8).lines()
        lines[0] shouldEndWith "a: activations.json, table.csv, manifest.json"
        lines[1] shouldEndWith "case: activations-relu-he.png/.svg"
    }

    test("a result folder taken before the work refuses a folder that is not InitLab's, and saves into one that is") {
        val theirs = tempdir().toPath().resolve("c")
        Files.createDirectories(theirs)
        Files.writeString(theirs.resolve("notes.txt"), "mine")
        val e = shouldThrow<InputException> { resultFolder(theirs) }
        e.message shouldStartWith "dir $theirs: "
        Files.readString(theirs.resolve("notes.txt")) shouldBe "mine"

        val dir = tempdir().toPath().resolve("d")
        val saved = resultFolder(dir).use { folder ->
            Files.exists(dir) shouldBe false
            folder.save("work", mapOf("seed" to 5L), mapOf("r.json" to mapOf("x" to 5)))
        }
        saved.files shouldContainExactly listOf("r.json", Manifest.FILE_NAME)
        ResultFolder.verify(dir).path("seed").asLong() shouldBe 5L
    }

    test("results whose pictures fail leave the folder as it was: the previous results, whole") {
        val dir = tempdir().toPath().resolve("b")
        saveResults(dir, "first", mapOf("seed" to 1L), mapOf("r.json" to mapOf("x" to 1)))
        shouldThrow<IllegalStateException> {
            saveResults(dir, "second", mapOf("seed" to 2L), mapOf("r.json" to mapOf("x" to 2))) {
                error("drawing failed")
            }
        }
        ResultFolder.verify(dir).path("run").asText() shouldBe "first"
        Files.readString(dir.resolve("r.json")).contains("1") shouldBe true
    }
})
