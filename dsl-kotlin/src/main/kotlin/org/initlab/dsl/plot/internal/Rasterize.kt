package org.initlab.dsl.plot.internal

import org.apache.batik.transcoder.SVGAbstractTranscoder
import org.apache.batik.transcoder.TranscoderInput
import org.apache.batik.transcoder.TranscoderOutput
import org.apache.batik.transcoder.image.ImageTranscoder
import org.apache.batik.transcoder.image.PNGTranscoder
import java.awt.Color
import java.io.OutputStream
import java.io.StringReader

/**
 * Rasterizes [svg] to PNG on [out] with Batik, [scale] times the SVG's declared size, on a white background.
 * [documentUri] only serves to resolve relative references (lets-plot's SVG has none).
 */
internal fun rasterizeSvg(svg: String, documentUri: String, scale: Double, out: OutputStream) {
    val transcoder = PNGTranscoder()
    svgSize(svg)?.let { (w, h) ->
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (w * scale).toFloat())
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (h * scale).toFloat())
    }
    transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE)
    val input = TranscoderInput(StringReader(svg)).apply { uri = documentUri }
    transcoder.transcode(input, TranscoderOutput(out))
    out.flush()
}
