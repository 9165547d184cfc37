package org.initlab.dsl

import org.initlab.dsl.internal.writeImagePicture
import org.initlab.dsl.plot.PictureFiles
import org.jetbrains.letsPlot.Figure
import org.jetbrains.letsPlot.geom.RasterData
import org.jetbrains.letsPlot.geom.geomImshow
import org.jetbrains.letsPlot.gggrid
import org.jetbrains.letsPlot.ggsize
import org.jetbrains.letsPlot.label.ggtitle
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.themes.elementBlank
import org.jetbrains.letsPlot.themes.theme

/** The test examples the run predicts wrong, by index. */
public val Run.mislabelledTestExamples: List<Int>
    get() {
        val labels = dataset.test().labels()
        return testPredictions.indices.filter { testPredictions[it] != labels[it] }
    }

/**
 * The course's `print_mislabeled_images`: the test images the run predicts wrong, in a grid of [columns], each titled
 * `Prediction: non-cat / Class: cat`. Each example's values are an image of [height] × [width] × [channels] in
 * row-major (numpy C) order with values in [0, 1], as the cat data holds them.
 *
 * @param max at most this many images.
 */
public fun Run.mislabelledImagesPlot(
    width: Int = 64,
    height: Int = 64,
    channels: Int = 3,
    columns: Int = 5,
    max: Int = 20,
    cell: Int = 220,
): Figure {
    val x = dataset.test().x()
    require(x.cols() == width * height * channels) {
        "$name: examples of ${x.cols()} values are not $height x $width x $channels images"
    }
    val wrong = mislabelledTestExamples.take(max)
    require(wrong.isNotEmpty()) { "$name: no mislabelled test images" }
    val names = dataset.classNames()
    fun className(c: Int) = names.getOrNull(c)?.takeIf { it.isNotBlank() } ?: c.toString()
    val labels = dataset.test().labels()
    val panels = wrong.map { i ->
        val image = RasterData.create(x.row(i), width, height, channels)
        letsPlot() + geomImshow(image) +
            ggtitle("Prediction: ${className(testPredictions[i])}", "Class: ${className(labels[i])}") +
            theme(axisLine = elementBlank(), axisText = elementBlank(), axisTicks = elementBlank(),
                axisTitle = elementBlank(), panelGrid = elementBlank())
    }
    val cols = minOf(columns, panels.size)
    val rows = (panels.size + cols - 1) / cols
    return gggrid(panels, ncol = cols) + ggsize(cell * cols, (cell + 30) * rows)
}

/** Writes [mislabelledImagesPlot] (same arguments) into [dir] as `<name>.svg` and `<name>.png`. */
public fun Run.writeMislabelledImages(
    dir: java.nio.file.Path,
    name: String = "mislabelled",
    width: Int = 64,
    height: Int = 64,
    channels: Int = 3,
    max: Int = 20,
): PictureFiles = writeImagePicture(mislabelledImagesPlot(width, height, channels, max = max), dir, name)
