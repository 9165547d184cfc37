package org.initlab.dsl

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.engine.spec.tempdir
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import org.initlab.analysis.Finding
import org.initlab.io.Manifest
import org.initlab.io.ResultFolder
import java.nio.file.Files
import java.nio.file.Path
import kotlin.io.path.listDirectoryEntries
import kotlin.io.path.name

/**
 * `report.save(dir)` writes a result folder, whole or not at all and one writer at a time, as `run.save` does, and
 * `readDoctorReport` checks it against its manifest. Another program saving ([SaveInChild] `doctor DIR`) is held by the
 * test hook `-Dinitlab.test.pauseWriting=NAME` with its folder complete and not yet in place.
 */
class DoctorSaveTest : FunSpec({

    test("a save into the same folder leaves exactly the new report's files, and the user's") {
        val root = tempdir().toPath()
        val dir = root.resolve("doc")
        doctor(from = "random", steps = 3).save(dir) shouldContainExactly listOf("report.json", "activations.svg",
            "activations.png", "activation-gradients.svg", "activation-gradients.png", "update-ratios.svg",
            "update-ratios.png", "manifest.json")
        Files.writeString(dir.resolve("notes.txt"), "mine")

        val files = doctor(from = "zeros", steps = 3).save(dir)
        files shouldContainExactly listOf("report.json", "activations.svg", "activations.png",
            "activation-gradients.svg", "activation-gradients.png", "manifest.json")
        dir.names() shouldContainExactly (files + "notes.txt").sorted()
        ResultFolder.verify(dir)["files"].map { it.asText() } shouldContainExactly files.dropLast(1)
        readDoctorReport(dir.resolve("report.json")).kinds() shouldContain Finding.Kind.SYMMETRIC
        root.names() shouldContainExactly listOf("doc")
    }

    test("a save aimed at a folder another program is saving is refused, and the other's folder is whole") {
        val root = tempdir().toPath()
        val dir = root.resolve("doc")
        Child(SaveInChild.start(listOf("initlab.test.pauseWriting=doc"), "doctor", dir.toString())).use {
            it.awaitStderr("initlab: paused writing doc")
            val refused = shouldThrow<InputException> { doctor(from = "zeros", steps = 2).save(dir) }
            refused.message shouldBe "dir $dir: in use by another InitLab run (pid ${it.process.pid()})"
            Files.exists(dir) shouldBe false
            it.resume()
            it.waitFor() shouldBe 0
        }
        val saved = readDoctorReport(dir.resolve("report.json"))
        saved.kinds() shouldContain Finding.Kind.SATURATED
        saved.steps() shouldBe 3
        ResultFolder.verify(dir)["files"].size() shouldBe 7
        root.names() shouldContainExactly listOf("doc")
    }

    test("a saved report whose folder changed since is refused on reading, naming the file") {
        val dir = tempdir().toPath().resolve("doc")
        val report = doctor(from = "he", steps = 3)
        report.save(dir, subject = mapOf("network_source" to "he"))
        val json = dir.resolve("report.json")
        readDoctorReport(json).verdict() shouldBe report.verdict()

        val written = Files.readString(json)
        Files.writeString(json, written.replaceFirst("\"he\"", "\"zeros\""))
        shouldThrow<InputException> { readDoctorReport(json) }.message shouldBe
            "$json: does not match manifest.json (its SHA-256 differs: changed or damaged since InitLab wrote it)"

        Files.writeString(json, written)
        Files.delete(dir.resolve("update-ratios.png"))
        shouldThrow<InputException> { readDoctorReport(json) }.message shouldBe
            "${dir.resolve("update-ratios.png")}: missing (${Manifest.FILE_NAME} names it)"
    }
})

private fun Path.names(): List<String> = listDirectoryEntries().map { it.name }.sorted()
