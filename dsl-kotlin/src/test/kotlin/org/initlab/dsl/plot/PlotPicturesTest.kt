package org.initlab.dsl.plot

import io.kotest.core.spec.style.FunSpec
import io.kotest.engine.spec.tempdir
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.nio.file.Files
import java.nio.file.Path
import kotlin.math.exp
import kotlin.math.hypot
import kotlin.random.Random

class PlotPicturesTest : FunSpec({

    // Pictures also go to target/pictures so that a person can look at them after `mvn verify`.
    val keep: Path = Path.of("target", "pictures")

    fun folder(): Path = tempdir().toPath()

    test("a learning curve with one series is written as SVG and PNG") {
        val costs = listOf(Double.POSITIVE_INFINITY) + (1..14).map { 0.7 * exp(-it / 5.0) + 0.05 }
        val plot = learningCurve(costs, iterations = costs.indices.map { it * 1000 }, title = "Learning rate = 0.01")
        val dir = folder()
        val files = writePicture(plot, dir, "learning-curve")
        files.svg shouldBe dir.toAbsolutePath().resolve("learning-curve.svg")
        files.png shouldBe dir.toAbsolutePath().resolve("learning-curve.png")
        checkPicture(files) shouldBe (1200 to 800)
        leftovers(dir).shouldBeEmpty()
        writePicture(plot, keep, "learning-curve")
    }

    test("learning curves of several named runs show every name in the legend") {
        val series = listOf("zeros", "random x10", "he").mapIndexed { k, name ->
            Series.evenlySpaced(name, List(15) { 0.69 - k * 0.04 * it }, step = 1000.0)
        }
        val dir = folder()
        val files = writePicture(learningCurves(series, title = "three initializations"), dir, "costs")
        checkPicture(files)
        val legend = Regex("<text class=\"legend-item\"[^>]*>\\s*([^<]*?)\\s*</text>")
            .findAll(Files.readString(files.svg)).map { it.groupValues[1] }.toList()
        legend shouldBe listOf("zeros", "random x10", "he")
        writePicture(learningCurves(series, title = "three initializations", logScale = true), keep, "costs-log")
    }

    test("a decision boundary over the circles limits is written as SVG and PNG") {
        val rnd = Random(1)
        val n = 300
        val angles = DoubleArray(n) { rnd.nextDouble(0.0, 2 * Math.PI) }
        val labels = IntArray(n) { it % 2 }
        val radius = DoubleArray(n) { if (labels[it] == 1) 0.8 else 1.0 }
        val x = DoubleArray(n) { radius[it] * kotlin.math.cos(angles[it]) + rnd.nextDouble(-0.05, 0.05) }
        val y = DoubleArray(n) { radius[it] * kotlin.math.sin(angles[it]) + rnd.nextDouble(-0.05, 0.05) }
        val plot = decisionBoundary(x, y, labels, AxisLimits.CIRCLES, title = "Model with He initialization",
            classifier = BatchClassifier.pointwise { a, b -> if (hypot(a, b) < 0.9) 1 else 0 })
        val dir = folder()
        val files = writePicture(plot, dir, "boundary")
        checkPicture(files) shouldBe (1200 to 1000)
        // Merged regions keep the SVG small even with a 300 x 300 grid.
        Files.size(files.svg) shouldBeLessThan 400_000L
        writePicture(plot, keep, "boundary-circles")
    }

    test("a decision boundary over the football limits accepts a batch classifier") {
        val rnd = Random(2)
        val x = DoubleArray(211) { rnd.nextDouble(-0.7, 0.35) }
        val y = DoubleArray(211) { rnd.nextDouble(-0.7, 0.6) }
        val labels = IntArray(211) { if (y[it] > 0.3 * x[it]) 1 else 0 }
        var calls = 0
        val plot = decisionBoundary(x, y, labels, AxisLimits.FOOTBALL, resolution = 200) { xs, ys ->
            calls++
            IntArray(xs.size) { if (ys[it] > 0.3 * xs[it] + 0.05 * kotlin.math.sin(20 * xs[it])) 1 else 0 }
        }
        calls shouldBe 1
        val files = writePicture(plot, folder(), "football", scale = 1.0)
        checkPicture(files) shouldBe (600 to 500)
        writePicture(plot, keep, "boundary-football")
    }

    test("a row of layer histograms keeps the panels in the given order") {
        val rnd = Random(3)
        val panels = (1..5).map { layer ->
            HistogramPanel.fromValues("$layer-layer", DoubleArray(10_000) { 1 / (1 + exp(-rnd.nextDouble(-3.0, 3.0) * layer)) },
                bins = 30, range = 0.0..1.0)
        } + HistogramPanel("10-layer", listOf(0.0, 0.5, 1.0), listOf(3L, 4L))
        val plot = layerHistograms(panels, title = "sigmoid, w ~ N(0, 1)", xLimits = 0.0 to 1.0)
        val files = writePicture(plot, folder(), "activations")
        writePicture(plot, keep, "layer-histograms")
        val (w, _) = checkPicture(files)
        w shouldBeGreaterThan 6 * 2 * 200
        val svg = Files.readString(files.svg)
        val positions = panels.map { panel -> Regex(">\\s*${Regex.escape(panel.title)}\\s*<").find(svg)?.range?.first ?: -1 }
        positions.forEach { it shouldBeGreaterThan 0 }
        positions shouldBe positions.sorted()
    }

    test("accuracy per epoch of several named runs is written as SVG and PNG") {
        val plot = accuracyCurves(
            mapOf(
                "N(0,1) weights" to List(30) { 0.85 + 0.1 * (1 - exp(-it / 6.0)) },
                "N(0,1/n_in) weights" to List(30) { 0.94 + 0.02 * (1 - exp(-it / 4.0)) },
            ),
            title = "MNIST, [784, 30, 10]", yLabel = "test accuracy",
        )
        val files = writePicture(plot, folder(), "accuracy")
        checkPicture(files)
        Files.readString(files.svg) shouldContain "N(0,1/n_in) weights"
        writePicture(plot, keep, "accuracy")
    }
})
