package org.initlab.dsl.plot

import org.initlab.dsl.plot.internal.rasterizeSvg
import org.initlab.dsl.plot.internal.svgOf
import org.initlab.io.AtomicFiles
import org.jetbrains.letsPlot.Figure
import java.nio.file.Path

/**
 * Writes [figure] into [folder] as `<name>.svg` and `<name>.png` and returns both paths.
 *
 * The SVG is lets-plot's own export (what `ggsave(figure, "<name>.svg")` writes); the PNG is that SVG
 * rasterized with Apache Batik, so it works without a display (run the JVM with `-Djava.awt.headless=true`).
 * Each file is written with the core's [AtomicFiles] (a temporary file in [folder], then one atomic rename), so a
 * reader never sees a half-written picture and an existing picture of the same name is replaced.
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
    val svgPath = dir.resolve("$name.svg")
    val pngPath = dir.resolve("$name.png")

    val svg = svgOf(figure)
    AtomicFiles.writeString(svgPath, svg)
    AtomicFiles.write(pngPath) { rasterizeSvg(svg, svgPath.toUri().toString(), scale, it) }
    return PictureFiles(svgPath, pngPath)
}
