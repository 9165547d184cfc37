package org.initlab.dsl

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.engine.spec.tempdir
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import org.initlab.dsl.plot.checkPicture
import org.initlab.init.Initializers
import org.initlab.io.InputException
import org.initlab.io.Manifest
import org.initlab.spec.Activation
import org.initlab.spec.AxisKind
import org.initlab.spec.ExperimentSpec
import org.initlab.spec.SweepSpec
import org.initlab.sweep.SweepData
import org.initlab.sweep.SweepPlan
import org.initlab.sweep.SweepTables
import java.io.ByteArrayOutputStream
import java.io.PrintStream
import java.nio.file.Files
import kotlin.io.path.listDirectoryEntries
import kotlin.io.path.name

/**
 * `sweep { … }`: typed axes make the same sweep as a Java `SweepSpec`, the runs go to a resumable folder, and the
 * pictures of a sweep are drawn from its results.
 */
class SweepsTest : FunSpec({

    test("a sweep block's typed axes make the same sweep as the Java SweepSpec with the same axes") {
        val data = SweepData()
        val dsl = SweepBuilder("s").apply {
            base { train(lr = 0.05, iterations = 300, recordEvery = 100) }
            init(he(), zeros(), lsuv())
            activation(Activation.RELU, Activation.TANH)
            depth(2..4)
            seeds(1..3)
        }.build(data)
        val java = SweepSpec.builder("s", ExperimentSpec.builder().name("s").learningRate(0.05).iterations(300)
            .printEvery(0).recordEvery(100).build())
            .axis(AxisKind.INIT, Initializers.parse("he"), Initializers.parse("zeros"), Initializers.parse("lsuv"))
            .axis(AxisKind.HIDDEN, Activation.RELU, Activation.TANH)
            .axis(AxisKind.DEPTH, 2, 3, 4)
            .seedRange(1, 3)
            .build()
        dsl.configurations() shouldBe 18
        dsl.seeds() shouldContainExactly listOf(1L, 2L, 3L)
        dsl.axes().map { it.texts() } shouldBe java.axes().map { it.texts() }
        SweepPlan.of(dsl, data).sweepId() shouldBe SweepPlan.of(java, data).sweepId()
    }

    test("inside base the experiment's own train, init and lambda set the base experiment and add no axis") {
        // With the DSL marker, `base { init(he()); iterations(500) }` no longer compiles: inside base only the
        // experiment's builder is an implicit receiver, so such a call cannot add a one-value axis to the sweep.
        val spec = SweepBuilder("s").apply {
            base {
                train(iterations = 30)
                init = xavier()
                lambda = 0.1
            }
            init(he(), zeros())
        }.build(SweepData())
        spec.axes().map { it.kind() } shouldContainExactly listOf(AxisKind.INIT)
        spec.base().iterations() shouldBe 30
        spec.base().lambda() shouldBe 0.1
        spec.base().init() shouldBe Initializers.parse("xavier")
    }

    test("a sweep runs every configuration with every seed, and a second one into its folder runs nothing") {
        val dir = tempdir().toPath().resolve("s")
        val block: SweepBuilder.() -> Unit = {
            base { train(iterations = 60, recordEvery = 20) }
            init(he(), zeros())
            lr(0.01, 0.5)
            seeds(1, 2)
            workers = 2
        }
        val first = sweep("grid", out = dir, quiet = true, block = block)
        first.ran() shouldBe 8
        first.summaries().size shouldBe 4
        first.summaries().count { it.best() } shouldBe 1
        first.summaries().filter { it.configuration().axis("init") == "zeros" }
            .map { it.testAccuracy().mean() } shouldBe listOf(0.5, 0.5)
        Manifest.verify(dir.resolve(Manifest.FILE_NAME))
        dir.resolve("runs").listDirectoryEntries().size shouldBe 8

        val again = sweep("grid", out = dir, quiet = true, block = block)
        again.ran() shouldBe 0
        again.recorded() shouldBe 8
        SweepTables.lines(again) shouldBe SweepTables.lines(first)
        SweepTables.lines(loadSweep(dir)) shouldBe SweepTables.lines(first)
    }

    test("a sweep into a folder draws its pictures before the manifest, which lists and checks them") {
        val dir = tempdir().toPath().resolve("p")
        sweep("pictured", out = dir, quiet = true) {
            base { train(iterations = 40, recordEvery = 20) }
            init(he(), zeros())
            activation(Activation.RELU, Activation.TANH)
            workers = 2
        }
        val manifest = Manifest.verify(dir.resolve(Manifest.FILE_NAME))
        val files = manifest.path("files").map { it.asText() }
        files shouldContainAll listOf("runs.csv", "summary.csv", "heatmap.png", "heatmap.svg", "learning-curves.png",
            "learning-curves.svg", "parallel-coordinates.png", "parallel-coordinates.svg")
        manifest.path(Manifest.SHA256).has("heatmap.png") shouldBe true
        sweepPictures(dir).map { it.png.name } shouldContainExactly listOf("heatmap.png", "learning-curves.png",
            "parallel-coordinates.png")
        sweepPictures(dir).forEach { checkPicture(it) }
    }

    test("a sweep into a folder with pictures = false draws none and its manifest names none") {
        val dir = tempdir().toPath().resolve("q")
        sweep("plain", out = dir, quiet = true, pictures = false) {
            base { train(iterations = 20) }
            init(he(), zeros())
            workers = 1
        }
        Manifest.verify(dir.resolve(Manifest.FILE_NAME)).path("files").map { it.asText() }
            .filter { it.endsWith(".png") || it.endsWith(".svg") } shouldBe emptyList()
        sweepPictures(dir) shouldBe emptyList()
        dir.listDirectoryEntries().map { it.name }.filter { it.endsWith(".png") } shouldBe emptyList()
    }

    test("a sweep prints its summary with the best configuration marked unless quiet") {
        val printed = ByteArrayOutputStream()
        sweep(quiet = true) {
            base { train(iterations = 30) }
            init(he(), xavier())
            workers = 1
        }.print(PrintStream(printed, true, Charsets.UTF_8))
        val lines = printed.toString(Charsets.UTF_8).lines().filter { it.isNotBlank() }
        lines.size shouldBe 3
        lines[0] shouldContain "init"
        lines.count { it.endsWith("best") } shouldBe 1
    }

    test("a sweep's pictures are a heatmap faceted by a third axis, curves with a band and parallel coordinates") {
        val result = sweep(quiet = true) {
            base { train(iterations = 100, recordEvery = 20) }
            init(he(), zeros())
            activation(Activation.RELU, Activation.TANH)
            depth(2, 3)
            seeds(1, 2)
        }
        val dir = tempdir().toPath()
        val files = result.writePictures(dir)
        files.map { it.png.name } shouldContainExactly listOf("heatmap.png", "learning-curves.png",
            "parallel-coordinates.png")
        files.forEach { checkPicture(it) }
        dir.listDirectoryEntries().map { it.name }.sorted() shouldContainExactly listOf("heatmap.png", "heatmap.svg",
            "learning-curves.png", "learning-curves.svg", "parallel-coordinates.png", "parallel-coordinates.svg")
        Files.readString(files[0].svg) shouldContain "relu"
    }

    test("a seed given to an initializer of an axis is refused, naming the property") {
        val e = shouldThrow<InputException> {
            sweep(quiet = true) { init(he(seed = 3), zeros()) }
        }
        e.message shouldContain "init"
        e.message shouldContain "seeds"
    }

    test("an axis of iterations beside one of epochs is refused rather than one of them dropped") {
        val e = shouldThrow<InputException> {
            sweep(quiet = true) { iterations(5, 6); epochs(1, 2) }
        }
        e.message shouldBe "epochs: not with iterations: a run trains either in epochs or in full-batch iterations; " +
            "give one of them"
    }

    test("a sweep named like a path is refused before anything runs") {
        val e = shouldThrow<InputException> {
            sweep("../escape", quiet = true) { base { train(lr = 0.01, iterations = 5) } }
        }
        e.message shouldBe "name ../escape: a name, not a path: it names the sweep's folder, so no '/', '\\', '.' or '..'"
    }

    test("an empty axis is refused, naming the property") {
        val e = shouldThrow<InputException> {
            sweep(quiet = true) { lr() }
        }
        e.message shouldContain "lr"
    }
    test("depthSweep runs the initializers across depth, reads the course's claims and draws its three pictures") {
        val dir = tempdir().toPath().resolve("d")
        val result = depthSweep(iterations = 50, depths = 2..3, seeds = 1..1, inits = listOf("zeros", "random", "he"),
            workers = 2, out = dir)
        result.summaries().size shouldBe 12
        val reading = result.depthReading()
        reading[0] shouldBe "The course's claims, mean test accuracy over 1 seed after 50 iterations (trains: >= 0.9, " +
            "fails: <= 0.6, chance 0.5):"
        reading[1] shouldBe "  zeros never learn: best 0.5000 at any depth -> holds"
        reading[2] shouldContain "  x10 fails as depth grows: relu "
        reading.size shouldBe 4
        reading[3] shouldContain "  He and LSUV stay trainable: he lowest "
        sweepPictures(dir).map { it.png.name } shouldContainExactly listOf("heatmap.png",
            "learning-curves.png", "parallel-coordinates.png")
        sweepPictures(dir).forEach { checkPicture(it) }
        val manifest = Manifest.verify(dir.resolve(Manifest.FILE_NAME))
        manifest.path("files").map { it.asText() } shouldContainAll listOf("heatmap.png", "heatmap.svg",
            "learning-curves.png", "learning-curves.svg", "parallel-coordinates.png", "parallel-coordinates.svg")
    }
})
