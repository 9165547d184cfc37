package org.initlab.dsl.plot.internal

import org.apache.batik.transcoder.SVGAbstractTranscoder
import org.apache.batik.transcoder.TranscoderInput
import org.apache.batik.transcoder.TranscoderOutput
import org.apache.batik.transcoder.image.ImageTranscoder
import org.apache.batik.transcoder.image.PNGTranscoder
import java.awt.Color
import java.io.FilterOutputStream
import java.io.OutputStream
import java.io.StringReader

/**
 * Rasterizes [svg] to PNG on [out] with Batik, [scale] times the SVG's declared size, on a white background.
 * [documentUri] only serves to resolve relative references (lets-plot's SVG has none).
 * [out] is flushed but left open (Batik's PNG writer closes its stream; the caller owns [out]).
 */
internal fun rasterizeSvg(svg: String, documentUri: String, scale: Double, out: OutputStream) {
    val transcoder = PNGTranscoder()
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
