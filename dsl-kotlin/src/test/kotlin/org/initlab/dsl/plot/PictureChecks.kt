package org.initlab.dsl.plot

import io.kotest.assertions.withClue
import io.kotest.matchers.doubles.shouldBeGreaterThan
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.longs.shouldBeGreaterThan
import io.kotest.matchers.nulls.shouldNotBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.nio.file.Files
import java.nio.file.Path
import javax.imageio.ImageIO
import javax.xml.parsers.DocumentBuilderFactory

/** The 8-byte signature every PNG file starts with. */
private val PNG_SIGNATURE = byteArrayOf(
    0x89.toByte(), 'P'.code.toByte(), 'N'.code.toByte(), 'G'.code.toByte(), 0x0D, 0x0A, 0x1A, 0x0A,
)

/** Checks that [files] hold a well-formed SVG and a decodable PNG; returns the PNG's width and height. */
fun checkPicture(files: PictureFiles, minWidth: Int = 300, minHeight: Int = 200, minInk: Double = 0.02): Pair<Int, Int> {
    Files.exists(files.svg) shouldBe true
    Files.exists(files.png) shouldBe true
    Files.size(files.svg) shouldBeGreaterThan 1_000L
    Files.size(files.png) shouldBeGreaterThan 1_000L

    val svgText = Files.readString(files.svg)
    svgText shouldContain "<svg"
    val factory = DocumentBuilderFactory.newInstance().apply { isNamespaceAware = true }
    val doc = factory.newDocumentBuilder().parse(files.svg.toFile())
    doc.documentElement.localName shouldBe "svg"

    val bytes = Files.readAllBytes(files.png)
    bytes.copyOfRange(0, 8).toList() shouldBe PNG_SIGNATURE.toList()
    val image = ImageIO.read(files.png.toFile()).shouldNotBeNull()
    image.width shouldBeGreaterThan minWidth
    image.height shouldBeGreaterThan minHeight
    // Something is drawn: a picture that is nearly all white means a layer covered or lost the plot.
    var inked = 0
    for (y in 0 until image.height step 2) for (x in 0 until image.width step 2) {
        val rgb = image.getRGB(x, y)
        val r = rgb shr 16 and 0xff; val g = rgb shr 8 and 0xff; val b = rgb and 0xff
        if (r + g + b < 3 * 200) inked++
    }
    val sampled = ((image.height + 1) / 2) * ((image.width + 1) / 2)
    withClue("share of drawn pixels in ${files.png.fileName}") { (inked.toDouble() / sampled) shouldBeGreaterThan minInk }
    return image.width to image.height
}

/** No temporary files left behind in [folder]. */
fun leftovers(folder: Path): List<String> =
    Files.list(folder).use { s -> s.map { it.fileName.toString() }.filter { it.endsWith(".tmp") }.toList() }
