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
 * (`dir out/x: in use by another InitLab run (pid N)`); a failure leaves [dir] as it was.
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
): SavedRun = Properties.named {
    ResultFolder.open(dir, "dir").use { folder ->
        folder.notice(Properties::of).ifPresent { System.err.println("initlab: $it") }
        for ((name, value) in files) {
            if (value is String) folder.writeString(name, value) else folder.writeJson(name, value)
        }
        val staging = folder.staging().toAbsolutePath().normalize()
        val drawn = folder.writeFiles(pictures).map { p ->
            val svg = staging.relativize(p.svg.toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/')
            val png = staging.relativize(p.png.toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/')
            folder.add(svg)
            folder.add(png)
            PictureFiles(dir.resolve(svg), dir.resolve(png))
        }
        folder.commit(what, config)
        SavedRun(dir, folder.files() + Manifest.FILE_NAME, drawn)
    }
}
