package org.initlab.dsl.plot

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import org.initlab.dsl.he
import org.initlab.dsl.sweep
import org.initlab.dsl.xavier
import org.initlab.dsl.plot.internal.seriesColors
import org.initlab.dsl.plot.internal.seriesLinetypes
import org.initlab.dsl.plot.internal.svgOf
import org.initlab.spec.Activation

class SweepPanelsTest : FunSpec({
    val result = sweep(quiet = true) {
        base { train(iterations = 20, recordEvery = 10) }
        init(xavier(), he())
        activation(Activation.TANH, Activation.RELU)
        depth(10, 2, 4)
        workers = 1
    }

    /** The panels' titles in the order the SVG draws them (left to right, then down). */
    fun titles(svg: String, axis: String): List<String> =
        Regex(">\\s*($axis = [^<]+?)\\s*<").findAll(svg).map { it.groupValues[1] }.toList()

    test("a heatmap's panels over a numeric axis ascend numerically, not as text or as given") {
        titles(svgOf(sweepHeatmap(result, "init", "activation", "depth")), "depth") shouldContainExactly
            listOf("depth = 2", "depth = 4", "depth = 10")
    }

    test("a heatmap's panels over a text axis are in alphabetical order") {
        titles(svgOf(sweepHeatmap(result, "depth", "activation", "init")), "init") shouldContainExactly
            listOf("init = he", "init = xavier")
    }

    test("learning curves' panels follow the same order") {
        titles(svgOf(sweepCurves(result, facet = "depth")), "depth") shouldContainExactly
            listOf("depth = 2", "depth = 4", "depth = 10")
    }

    test("beyond ten lines, a line that repeats a colour is dashed, so no two lines look alike") {
        val looks = seriesColors(25).zip(seriesLinetypes(25))
        looks.toSet().size shouldBe 25
        seriesLinetypes(25).take(10).toSet() shouldBe setOf(1)
    }

    test("a band's axis spans the curves and their bands, not down to 0") {
        val svg = svgOf(sweepCurves(result, curve = Curve.COST))
        // the iterations' ticks are whole numbers, the costs' have decimals
        val costTicks = Regex(">\\s*(-?[0-9]+\\.[0-9]+)\\s*<").findAll(svg)
            .map { it.groupValues[1].toDouble() }.toList()
        val lowestCost = result.finals().map { it.outcome().trace() }
            .flatMap { t -> (0 until t.size()).map { t.cost(it) } }.filter { it.isFinite() }.min()
        costTicks.isNotEmpty() shouldBe true
        (costTicks.min() > lowestCost / 2) shouldBe true
    }
})
