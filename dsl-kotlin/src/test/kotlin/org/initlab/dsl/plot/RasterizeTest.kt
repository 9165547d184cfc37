package org.initlab.dsl.plot

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import org.apache.batik.transcoder.SVGAbstractTranscoder
import org.apache.batik.transcoder.TranscoderInput
import org.apache.batik.transcoder.TranscoderOutput
import org.apache.batik.transcoder.image.ImageTranscoder
import org.apache.batik.transcoder.image.PNGTranscoder
import org.initlab.dsl.plot.internal.rasterizeSvg
import org.initlab.dsl.plot.internal.svgOf
import java.awt.Color
import java.awt.image.BufferedImage
import java.io.ByteArrayInputStream
import java.io.ByteArrayOutputStream
import java.io.DataInputStream
import java.io.StringReader
import javax.imageio.ImageIO
import kotlin.math.exp

class RasterizeTest : FunSpec({

    val uri = "file:/picture.svg"

    fun batik(svg: String, width: Float, height: Float): ByteArray {
        val transcoder = PNGTranscoder()
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, width)
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, height)
        transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE)
        val out = ByteArrayOutputStream()
        transcoder.transcode(TranscoderInput(StringReader(svg)).apply { setURI(uri) }, TranscoderOutput(out))
        return out.toByteArray()
    }

    fun ours(svg: String): ByteArray = ByteArrayOutputStream().also { rasterizeSvg(svg, uri, 2.0, it) }.toByteArray()

    fun pixels(png: ByteArray): Pair<Pair<Int, Int>, IntArray> {
        val image: BufferedImage = ImageIO.read(ByteArrayInputStream(png))
        return (image.width to image.height) to image.getRGB(0, 0, image.width, image.height, null, 0, image.width)
    }

    /** The PNG's chunk types, in order, and the content of its ancillary ones. */
    fun chunks(png: ByteArray): List<String> {
        val data = DataInputStream(ByteArrayInputStream(png, 8, png.size - 8))
        val found = ArrayList<String>()
        while (true) {
            val length = data.readInt()
            val type = String(ByteArray(4).also { data.readFully(it) }, Charsets.US_ASCII)
            val body = ByteArray(length).also { data.readFully(it) }
            data.readInt()
            if (type == "IDAT") {
                if (found.lastOrNull() != "IDAT") found += type
            } else {
                found += if (type[0].isLowerCase()) "$type ${body.joinToString("") { "%02x".format(it) }}" else type
            }
            if (type == "IEND") return found
        }
    }

    val pictures = mapOf(
        "a learning curve" to learningCurve((0..14).map { 0.7 * exp(-it / 5.0) + 0.05 }, (0..14).map { it * 1000 }, title = "costs"),
        "a decision boundary" to decisionBoundary(
            x = doubleArrayOf(-1.0, 0.5, 1.0), y = doubleArrayOf(-1.0, 0.2, 1.0), labels = intArrayOf(0, 1, 1),
            limits = AxisLimits.CIRCLES, resolution = 40, title = "boundary",
            classifier = BatchClassifier { xs, ys -> IntArray(xs.size) { if (xs[it] + ys[it] > 0) 1 else 0 } },
        ),
    )

    for ((what, plot) in pictures) {
        test("$what's PNG decodes to Batik's own PNG's pixels and carries its chunks") {
            val svg = svgOf(plot)
            val mine = ours(svg)
            val (size, minePixels) = pixels(mine)
            val (theirSize, theirPixels) = pixels(batik(svg, size.first.toFloat(), size.second.toFloat()))
            size shouldBe theirSize
            (minePixels contentEquals theirPixels) shouldBe true
            chunks(mine) shouldBe chunks(batik(svg, size.first.toFloat(), size.second.toFloat()))
        }
    }
})
