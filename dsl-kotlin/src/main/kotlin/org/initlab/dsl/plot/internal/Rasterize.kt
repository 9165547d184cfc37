package org.initlab.dsl.plot.internal

import org.apache.batik.transcoder.SVGAbstractTranscoder
import org.apache.batik.transcoder.TranscoderInput
import org.apache.batik.transcoder.TranscoderOutput
import org.apache.batik.transcoder.image.ImageTranscoder
import org.apache.batik.transcoder.image.PNGTranscoder
import java.awt.Color
import java.awt.image.BufferedImage
import java.io.FilterOutputStream
import java.io.OutputStream
import java.io.StringReader
import javax.imageio.IIOImage
import javax.imageio.ImageIO
import javax.imageio.ImageTypeSpecifier
import javax.imageio.ImageWriter
import javax.imageio.metadata.IIOMetadataNode
import javax.imageio.stream.MemoryCacheImageOutputStream

/**
 * Rasterizes [svg] to PNG on [out] with Batik, [scale] times the SVG's declared size, on a white background.
 * [documentUri] only serves to resolve relative references (lets-plot's SVG has none).
 * [out] is flushed but left open (the caller owns [out]).
 *
 * Batik draws the picture; the pixels are then written by the JDK's PNG writer, with the chunks Batik's own PNG
 * encoder writes (sRGB with its gAMA and cHRM, a white bKGD, Batik's pHYs), so the file decodes to the same image
 * as Batik's. The JDK's writer compresses with the native zlib and takes a third of the time of Batik's encoder,
 * which chooses each row's filter and deflates at level 9 in Java.
 */
internal fun rasterizeSvg(svg: String, documentUri: String, scale: Double, out: OutputStream) {
    val transcoder = ImageIoPngTranscoder()
    svgSize(svg)?.let { (w, h) ->
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (w * scale).toFloat())
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (h * scale).toFloat())
    }
    transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE)
    val input = TranscoderInput(StringReader(svg)).apply { uri = documentUri }
    val shielded = object : FilterOutputStream(out) {
        override fun write(b: ByteArray, off: Int, len: Int) = out.write(b, off, len)
        override fun close() = flush()
    }
    transcoder.transcode(input, TranscoderOutput(shielded))
    out.flush()
}

/** Batik's [PNGTranscoder] (the same image, ARGB on the background), written by the JDK's PNG writer. */
private class ImageIoPngTranscoder : PNGTranscoder() {
    override fun writeImage(img: BufferedImage, output: TranscoderOutput) {
        val writer = jdkPngWriter() ?: return super.writeImage(img, output)
        try {
            val param = writer.defaultWriteParam
            val metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param)
            val format = metadata.nativeMetadataFormatName
            val tree = metadata.getAsTree(format) as IIOMetadataNode
            for (chunk in batikChunks(pixelsPerMeter())) tree.appendChild(chunk)
            metadata.setFromTree(format, tree)
            val stream = MemoryCacheImageOutputStream(output.outputStream)
            writer.output = stream
            writer.write(null, IIOImage(img, null, metadata), param)
            stream.flush()
            output.outputStream.flush()
        } finally {
            writer.dispose()
        }
    }

    /** As Batik's PNG writer computes it from the user agent's pixel size (0.26458 mm: 3780 pixels per meter). */
    private fun pixelsPerMeter(): Int = (1000 / getUserAgent().pixelUnitToMillimeter + 0.5).toInt()
}

/** The JDK's own PNG writer (not one that a plug-in on the class path registers for PNG), or null. */
private fun jdkPngWriter(): ImageWriter? =
    ImageIO.getImageWritersByFormatName("png").asSequence()
        .firstOrNull { it.originatingProvider.javaClass.name == "com.sun.imageio.plugins.png.PNGImageWriterSpi" }

/**
 * The ancillary chunks Batik's PNG encoder writes for an ARGB picture with the perceptual sRGB intent, in the JDK
 * writer's metadata format: cHRM and gAMA of sRGB, sRGB, a white background, the physical pixel size.
 */
private fun batikChunks(pixelsPerMeter: Int): List<IIOMetadataNode> = listOf(
    node(
        "cHRM", "whitePointX" to "31270", "whitePointY" to "32900", "redX" to "64000", "redY" to "33000",
        "greenX" to "30000", "greenY" to "60000", "blueX" to "15000", "blueY" to "6000",
    ),
    node("gAMA", "value" to "45454"),
    node("sRGB", "renderingIntent" to "Perceptual"),
    node("bKGD").apply { appendChild(node("bKGD_RGB", "red" to "255", "green" to "255", "blue" to "255")) },
    node("pHYs", "pixelsPerUnitXAxis" to "$pixelsPerMeter", "pixelsPerUnitYAxis" to "$pixelsPerMeter", "unitSpecifier" to "meter"),
)

private fun node(name: String, vararg attributes: Pair<String, String>): IIOMetadataNode =
    IIOMetadataNode(name).apply { for ((k, v) in attributes) setAttribute(k, v) }
