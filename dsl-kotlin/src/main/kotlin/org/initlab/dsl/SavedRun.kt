package org.initlab.dsl

import org.initlab.dsl.plot.PictureFiles
import java.nio.file.Path

/**
 * What [Run.save] wrote.
 *
 * @property folder the output folder.
 * @property files every file written, relative to [folder], in the order the manifest lists them.
 * @property pictures the pictures among them (SVG and PNG of each).
 */
public data class SavedRun(val folder: Path, val files: List<String>, val pictures: List<PictureFiles>) {
    /** `manifest.json` in [folder]. */
    val manifest: Path get() = folder.resolve(org.initlab.io.Manifest.FILE_NAME)
}
