package org.initlab.dsl

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.engine.spec.tempdir
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import org.initlab.io.Manifest
import java.io.BufferedReader
import java.io.InputStreamReader
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.CompletableFuture
import java.util.concurrent.TimeUnit
import kotlin.io.path.listDirectoryEntries
import kotlin.io.path.name

/**
 * `run.save(dir)` writes a folder that appears whole or not at all, one writer at a time, and `loadRun(dir)` checks
 * it. Another program saving ([SaveInChild]) is held where the test hook `-Dinitlab.test.pauseWriting=NAME` says it
 * wrote NAME (a file, or the folder complete and not yet in place), and then let go or killed.
 */
class SaveTest : FunSpec({

    test("two saves into one folder at once: one is refused, the other's folder is whole and its own") {
        val root = tempdir().toPath()
        val dir = root.resolve("he")
        val child = Child(SaveInChild.start(listOf("initlab.test.pauseWriting=he"), dir.toString(), "1"))
        child.use {
            it.awaitStderr("initlab: paused writing he")
            val refused = shouldThrow<InputException> { SaveInChild.shortRun(2).save(dir) }
            refused.message shouldBe "dir $dir: in use by another InitLab run (pid ${it.process.pid()})"
            Files.exists(dir) shouldBe false
            it.resume()
            it.waitFor() shouldBe 0
        }
        val saved = loadRun(dir)
        val alone = SaveInChild.shortRun(1)
        saved.costTrace() shouldContainExactly alone.costTrace
        saved.network().params().toDoubleVector() shouldBe alone.network.params().toDoubleVector()
        saved.pictures.map { it.png.name } shouldContainExactly listOf("learning-curve.png", "decision-boundary.png")
        root.names() shouldContainExactly listOf("he")
    }

    test("a save killed while writing leaves the previous folder or none, and the next save takes over its lock") {
        val root = tempdir().toPath()
        val dir = root.resolve("he")
        SaveInChild.shortRun(2).save(dir)
        val previous = snapshot(dir)
        for (at in listOf("model.zip", "predictions.csv", "learning-curve.png", "he")) {
            Child(SaveInChild.start(listOf("initlab.test.pauseWriting=$at"), dir.toString(), "1")).use {
                it.awaitStderr("initlab: paused writing $at")
                it.kill()
            }
            withClue("killed at $at") { snapshot(dir) shouldBe previous }
            loadRun(dir)
        }
        val fresh = root.resolve("fresh")
        Child(SaveInChild.start(listOf("initlab.test.pauseWriting=fresh"), fresh.toString(), "1")).use {
            it.awaitStderr("initlab: paused writing fresh")
            it.kill()
        }
        Files.exists(fresh) shouldBe false

        val one = SaveInChild.shortRun(1)
        val notices = stderrOf { one.save(dir) }
        notices shouldContain "initlab: dir $dir: took over the stale lock of pid "
        loadRun(dir).costTrace() shouldContainExactly one.costTrace
        root.names().filterNot { it.startsWith(".fresh.") } shouldContainExactly listOf("he")
    }

    test("a disk that fills during the save leaves the previous folder or none, and nothing partial") {
        val root = tempdir().toPath()
        val dir = root.resolve("he")
        SaveInChild.shortRun(2).save(dir)
        val previous = snapshot(dir)
        for (target in listOf(dir, root.resolve("fresh"))) {
            Child(SaveInChild.start(listOf("initlab.test.spaceLeft=20000"), target.toString(), "1", "2,200,200,1")).use {
                it.waitFor() shouldBe 2
                it.stderr().lines().filter { line -> line.isNotEmpty() && !line.startsWith("SLF4J:") } shouldBe
                    listOf("initlab: ${target.resolve("model.zip")}: cannot write (No space left on device)")
            }
        }
        snapshot(dir) shouldBe previous
        root.names() shouldContainExactly listOf("he")
    }

    test("a folder changed since it was saved is refused on reading, naming the file") {
        val dir = tempdir().toPath().resolve("he")
        SaveInChild.shortRun(1).save(dir, pictures = false)
        loadRun(dir).files shouldContainExactly listOf("result.json", "costs.csv", "model.zip", "predictions.csv",
            "manifest.json")
        Files.writeString(dir.resolve("predictions.csv"), "split,index,label,prediction,output\n")
        val changed = shouldThrow<InputException> { loadRun(dir) }
        changed.message shouldBe "${dir.resolve("predictions.csv")}: does not match manifest.json (its SHA-256 " +
            "differs: changed or damaged since InitLab wrote it)"
        shouldThrow<InputException> { SavedRun(dir, emptyList(), emptyList()).network() }.message shouldBe changed.message
        Files.delete(dir.resolve("predictions.csv"))
        shouldThrow<InputException> { loadRun(dir) }.message shouldBe
            "${dir.resolve("predictions.csv")}: missing (manifest.json names it)"
    }

    test("a save keeps the user's files in the folder and refuses a folder that is not InitLab's") {
        val root = tempdir().toPath()
        val dir = root.resolve("he")
        SaveInChild.shortRun(1).save(dir, pictures = false)
        Files.writeString(dir.resolve("notes.txt"), "mine")
        SaveInChild.shortRun(2).save(dir, pictures = false)
        Files.readString(dir.resolve("notes.txt")) shouldBe "mine"
        Manifest.verify(dir.resolve("manifest.json"))["seed"].asInt() shouldBe 2

        val thesis = Files.createDirectories(root.resolve("thesis"))
        Files.writeString(thesis.resolve("chapter1.tex"), "x")
        shouldThrow<InputException> { SaveInChild.shortRun(1).save(thesis) }.message shouldBe
            "dir $thesis: holds files but no manifest.json: not an InitLab result folder, which is all InitLab " +
            "replaces; choose a new or an empty folder"
        thesis.names() shouldContainExactly listOf("chapter1.tex")
    }
})

/** The child program, its output streams read on threads of their own. */
internal class Child(val process: Process) : AutoCloseable {
    private val err = StringBuffer()
    private val markers = mutableListOf<Pair<String, CompletableFuture<Unit>>>()
    private var ended = false
    private val reader = Thread {
        BufferedReader(InputStreamReader(process.errorStream, Charsets.UTF_8)).useLines { lines ->
            for (line in lines) {
                synchronized(markers) {
                    err.append(line).append('\n')
                    markers.filter { line.startsWith(it.first) }.forEach { it.second.complete(Unit) }
                }
            }
        }
        synchronized(markers) {
            ended = true
            markers.forEach { it.second.completeExceptionally(IllegalStateException("the child ended")) }
        }
    }

    init {
        reader.isDaemon = true
        reader.start()
        Thread { process.inputStream.readAllBytes() }.apply { isDaemon = true }.start()
    }

    fun awaitStderr(prefix: String) {
        val seen = CompletableFuture<Unit>()
        synchronized(markers) {
            when {
                err.lines().any { it.startsWith(prefix) } -> seen.complete(Unit)
                ended -> seen.completeExceptionally(IllegalStateException("the child ended"))
                else -> markers += prefix to seen
            }
        }
        try {
            seen.get(120, TimeUnit.SECONDS)
        } catch (e: Exception) {
            throw AssertionError("the child did not print '$prefix': ${e.message}; stderr: $err", e)
        }
    }

    fun resume() {
        process.outputStream.write("go on\n".toByteArray())
        process.outputStream.flush()
    }

    fun kill() {
        process.destroyForcibly()
        waitFor() shouldBe 137
    }

    fun waitFor(): Int {
        check(process.waitFor(120, TimeUnit.SECONDS)) { "the child did not end; stderr: $err" }
        reader.join(TimeUnit.SECONDS.toMillis(120))
        return process.exitValue()
    }

    /** What the child printed on stderr; complete once [waitFor] returned. */
    fun stderr(): String = err.toString()

    override fun close() {
        process.destroyForcibly()
    }
}

/** Every file under [dir] with its SHA-256, hidden ones included; empty when there is no [dir]. */
private fun snapshot(dir: Path): Map<String, String> =
    if (!Files.exists(dir)) emptyMap()
    else Files.walk(dir).use { all ->
        all.filter { Files.isRegularFile(it) }.toList().associate { dir.relativize(it).toString() to Manifest.sha256(it) }
    }

private fun Path.names(): List<String> = listDirectoryEntries().map { it.name }.sorted()

/** What [block] printed on System.err. */
private fun stderrOf(block: () -> Unit): String {
    val old = System.err
    val bytes = java.io.ByteArrayOutputStream()
    System.setErr(java.io.PrintStream(bytes, true, Charsets.UTF_8))
    try {
        block()
    } finally {
        System.setErr(old)
    }
    return bytes.toString(Charsets.UTF_8)
}

private inline fun <T> withClue(clue: String, block: () -> T): T = io.kotest.assertions.withClue(clue, block)
