package org.initlab.dsl.plot

import java.nio.file.Path

/**
 * The two files [writePicture] produced for one picture.
 *
 * @property svg the vector picture, as lets-plot exports it.
 * @property png the same picture rasterized from [svg].
 */
public data class PictureFiles(val svg: Path, val png: Path)
