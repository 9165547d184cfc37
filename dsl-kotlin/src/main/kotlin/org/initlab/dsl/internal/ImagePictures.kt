package org.initlab.dsl.internal

import org.initlab.dsl.plot.PictureFiles
import org.initlab.dsl.plot.internal.rasterizeSvg
import org.initlab.dsl.plot.internal.svgOf
import org.initlab.io.AtomicFiles
import org.jetbrains.letsPlot.Figure
import java.nio.file.Path

/**
 * [org.initlab.dsl.plot.writePicture] for pictures holding images (`geomImshow`): lets-plot styles embedded images
 * `image-rendering: optimizeSpeed; image-rendering: pixelated`, which browsers read but Batik 1.17 rejects as
 * invalid CSS (printing an error and a stack trace). The SVG is written as lets-plot made it; the PNG is rasterized
 * from a copy without the `pixelated` value.
 */
internal fun writeImagePicture(figure: Figure, folder: Path, name: String, scale: Double = 2.0): PictureFiles {
    val dir = AtomicFiles.ensureFolder(folder.toAbsolutePath().normalize())
    val svgPath = dir.resolve("$name.svg")
    val pngPath = dir.resolve("$name.png")
    val svg = svgOf(figure)
    AtomicFiles.writeString(svgPath, svg)
    val forBatik = svg.replace("; image-rendering: pixelated", "").replace("image-rendering: pixelated", "")
    AtomicFiles.write(pngPath) { rasterizeSvg(forBatik, svgPath.toUri().toString(), scale, it) }
    return PictureFiles(svgPath, pngPath)
}
