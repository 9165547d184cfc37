package org.initlab.dsl

import org.initlab.dsl.internal.Properties
import org.initlab.dsl.plot.PictureFiles
import org.initlab.io.Manifest
import org.initlab.io.ResultFolder
import java.io.File
import java.nio.file.Path

/**
 * Writes a folder of results whole or not at all ([ResultFolder], as [Run.save] does), with its manifest: each of
 * [files] by name (a `String` as text, e.g. a CSV table; anything else as InitLab's JSON), then the pictures
 * [pictures] draws into the folder it is given (sub-folders allowed), then `manifest.json` saying [what] ran, its
 * [config] (with the seed when it has one), versions, whether the native math was reached, and every file's SHA-256.
 *
 * ```
 * saveResults(paths.out, "experiment activations", mapOf("seed" to 0L), mapOf("activations.json" to result.toMap())) {
 *     result.writePictures(it)
 * }
 * ```
 *
 * A save into [dir] replaces the previous results there; another program saving there meanwhile is refused
 * (`dir out/x: in use by another InitLab run (pid N)`); a failure leaves [dir] as it was. Before long work, take the
 * folder first with [resultFolder] and save into it with [ResultFolder.save], so that a folder that cannot be written
 * fails before the work.
 *
 * @return the folder, its files (relative to [dir], the manifest last) and the pictures as they are in [dir].
 * @throws org.initlab.io.InputException naming `dir` or the file when the folder cannot be written.
 */
public fun saveResults(
    dir: Path,
    what: String,
    config: Map<String, Any?>,
    files: Map<String, Any?>,
    pictures: (Path) -> List<PictureFiles> = { emptyList() },
): SavedRun = resultFolder(dir).use { it.save(what, config, files, pictures) }

/**
 * Takes the result folder [dir] for [ResultFolder.save], before the work whose results go there: a folder that cannot
 * be written (a file in the way, a folder that is not InitLab's, another run writing it) fails now, naming `dir`, and
 * the folder is held until it is closed. Nothing appears in [dir] unless saved.
 *
 * ```
 * resultFolder(paths.out).use { folder ->
 *     val results = lsuvComparison()
 *     folder.save("script lsuv", config, mapOf("lsuv.json" to …)) { results.writePictures(it) }
 * }
 * ```
 */
public fun resultFolder(dir: Path): ResultFolder = Properties.named {
    ResultFolder.open(dir, "dir").also { folder ->
        folder.notice(Properties::of).ifPresent { System.err.println("initlab: $it") }
    }
}

/** Writes the results into this folder and puts it in place, as [saveResults] describes. */
public fun ResultFolder.save(
    what: String,
    config: Map<String, Any?>,
    files: Map<String, Any?>,
    pictures: (Path) -> List<PictureFiles> = { emptyList() },
): SavedRun = Properties.named {
    for ((name, value) in files) {
        if (value is String) writeString(name, value) else writeJson(name, value)
    }
    val staging = staging().toAbsolutePath().normalize()
    val drawn = writeFiles(pictures).map { p ->
        val svg = staging.relativize(p.svg.toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/')
        val png = staging.relativize(p.png.toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/')
        add(svg)
        add(png)
        PictureFiles(target().resolve(svg), target().resolve(png))
    }
    commit(what, config)
    SavedRun(target(), files() + Manifest.FILE_NAME, drawn)
}
