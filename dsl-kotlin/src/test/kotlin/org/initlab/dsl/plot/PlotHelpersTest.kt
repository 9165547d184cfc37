package org.initlab.dsl.plot

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.engine.spec.tempdir
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.doubles.plusOrMinus
import io.kotest.matchers.ints.shouldBeLessThan
import io.kotest.matchers.shouldBe
import org.initlab.dsl.plot.internal.classifyGrid
import org.initlab.dsl.plot.internal.regionRectangles
import java.nio.file.Files
import kotlin.math.hypot

class PlotHelpersTest : FunSpec({

    test("raw values are binned like numpy.histogram, the last bin closed on the right") {
        val h = HistogramPanel.fromValues("t", doubleArrayOf(0.0, 0.1, 0.5, 0.99, 1.0, 1.5, -0.2, Double.NaN), bins = 4, range = 0.0..1.0)
        h.edges shouldBe listOf(0.0, 0.25, 0.5, 0.75, 1.0)
        h.counts shouldBe listOf(2L, 0L, 1L, 2L)
        h.total shouldBe 5L
    }

    test("without a range the bins span the smallest to the largest value") {
        val h = HistogramPanel.fromValues("t", DoubleArray(101) { it / 100.0 }, bins = 10)
        h.edges.first() shouldBe 0.0
        h.edges.last() shouldBe 1.0
        h.total shouldBe 101L
        h.counts.forEach { (it in 9L..11L) shouldBe true } // borders like 0.3 vs 0.30000000000000004
    }

    test("a histogram with mismatched edges and counts is rejected") {
        shouldThrow<IllegalArgumentException> { HistogramPanel("bad", listOf(0.0, 1.0), listOf(1L, 2L)) }
        shouldThrow<IllegalArgumentException> { HistogramPanel("bad", listOf(1.0, 0.0), listOf(1L)) }
    }

    test("the merged rectangles of a decision grid tile the limits exactly and agree with every cell") {
        val limits = AxisLimits.CIRCLES
        val n = 60
        val grid = classifyGrid(limits, n, BatchClassifier.pointwise { x, y -> if (hypot(x, y) < 0.9) 1 else 0 })
        val rects = regionRectangles(grid)
        rects.size shouldBeLessThan n * n / 10
        rects.sumOf { (it.xMax - it.xMin) * (it.yMax - it.yMin) } shouldBe (9.0 plusOrMinus 1e-9)
        for (row in 0 until n) for (col in 0 until n) {
            val cx = limits.xMin + (col + 0.5) * grid.dx
            val cy = limits.yMin + (row + 0.5) * grid.dy
            val covering = rects.filter { cx > it.xMin && cx < it.xMax && cy > it.yMin && cy < it.yMax }
            covering.size shouldBe 1
            covering.single().label shouldBe grid.labels[row * n + col]
        }
    }

    test("a classifier returning the wrong number of labels is rejected") {
        shouldThrow<IllegalArgumentException> {
            classifyGrid(AxisLimits.FOOTBALL, 10, BatchClassifier { _, _ -> IntArray(3) })
        }
    }

    test("series with different x and y lengths are rejected") {
        shouldThrow<IllegalArgumentException> { Series("s", listOf(1.0), listOf()) }
    }

    test("writing a picture again replaces both files and leaves no temporary file") {
        val dir = tempdir().toPath()
        val first = writePicture(learningCurve(listOf(1.0, 0.5), title = "first"), dir, "p")
        val second = writePicture(learningCurve(listOf(1.0, 0.5), title = "second"), dir, "p")
        second shouldBe first
        Files.readString(second.svg).contains("second") shouldBe true
        Files.readString(second.svg).contains("first") shouldBe false
        leftovers(dir).shouldBeEmpty()
    }

    test("a picture name with a folder in it is rejected") {
        val plot = learningCurve(listOf(1.0, 0.5))
        shouldThrow<IllegalArgumentException> { writePicture(plot, tempdir().toPath(), "sub/x") }
        shouldThrow<IllegalArgumentException> { writePicture(plot, tempdir().toPath(), " ") }
    }
})
