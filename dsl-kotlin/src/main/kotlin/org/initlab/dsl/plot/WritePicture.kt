package org.initlab.dsl.plot

import org.initlab.dsl.plot.internal.rasterizeSvg
import org.initlab.dsl.plot.internal.svgOf
import org.initlab.io.AtomicFiles
import org.jetbrains.letsPlot.Figure
import java.io.ByteArrayOutputStream
import java.nio.file.Path

/**
 * Writes [figure] into [folder] as `<name>.svg` and `<name>.png` and returns both paths.
 *
 * The SVG is lets-plot's own export (what `ggsave(figure, "<name>.svg")` writes); the PNG is that SVG
 * rasterized with Apache Batik, so it works without a display (run the JVM with `-Djava.awt.headless=true`).
 * Both are drawn before either is written; each file is written with the core's [AtomicFiles] (a temporary file in
 * [folder], then one atomic rename), so a reader never sees a half-written picture and an existing picture of the
 * same name is replaced.
 * [folder] is created when missing.
 *
 * @param figure a plot or a grid of plots; its size is set with `ggsize` (lets-plot's default is 600×400).
 * @param folder where to put the files.
 * @param name the file name without extension; it must not contain a path separator.
 * @param scale the PNG's size relative to the SVG's (2.0 gives a 1200×800 PNG for a 600×400 plot).
 * @return the absolute, normalized paths of the files written.
 * @throws IllegalArgumentException when [name] is blank or contains a path separator, or [scale] is not positive.
 * @throws org.initlab.io.InputException naming the file or folder when it cannot be written.
 */
public fun writePicture(figure: Figure, folder: Path, name: String, scale: Double = 2.0): PictureFiles {
    require(name.isNotBlank()) { "picture name is blank" }
    require('/' !in name && '\\' !in name && name != "." && name != "..") {
        "picture name must be a plain file name without a folder: \"$name\""
    }
    require(scale > 0.0 && scale.isFinite()) { "scale must be a positive number, got $scale" }

    val dir = AtomicFiles.ensureFolder(folder.toAbsolutePath().normalize())
    return renderPicture(figure, dir, name, scale).write()
}

/**
 * A picture drawn but not yet written: lets-plot's SVG and its PNG, for `<name>.svg` and `<name>.png` in [dir] (whose
 * address the rasterizer resolves relative references against, of which lets-plot's SVG has none).
 */
internal class RenderedPicture(val dir: Path, val name: String, val svg: String, val png: ByteArray) {
    /** Writes both files, the SVG first, each with the core's [AtomicFiles]. */
    fun write(): PictureFiles {
        val svgPath = dir.resolve("$name.svg")
        val pngPath = dir.resolve("$name.png")
        AtomicFiles.writeString(svgPath, svg)
        AtomicFiles.write(pngPath) { it.write(png) }
        return PictureFiles(svgPath, pngPath)
    }
}

/** Draws [figure] as [writePicture] writes it, into memory. */
internal fun renderPicture(figure: Figure, dir: Path, name: String, scale: Double = 2.0): RenderedPicture {
    val svg = svgOf(figure)
    val png = ByteArrayOutputStream()
    rasterizeSvg(svg, dir.resolve("$name.svg").toUri().toString(), scale, png)
    return RenderedPicture(dir, name, svg, png.toByteArray())
}
