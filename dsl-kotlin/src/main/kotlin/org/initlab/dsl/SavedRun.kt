package org.initlab.dsl

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork
import org.initlab.dsl.internal.RunFolder
import org.initlab.dsl.plot.PictureFiles
import org.initlab.io.Json
import org.initlab.io.ResultFolder
import org.initlab.train.CostPoint
import org.initlab.train.RunFiles
import java.nio.file.Path

/**
 * A run's folder: what [Run.save] wrote, or what [loadRun] read back.
 *
 * @property folder the output folder.
 * @property files every file in it, relative to [folder], in the order the manifest lists them, `manifest.json` last.
 * @property pictures the pictures among them (SVG and PNG of each).
 */
public data class SavedRun(val folder: Path, val files: List<String>, val pictures: List<PictureFiles>) {
    /** `manifest.json` in [folder]. */
    val manifest: Path get() = folder.resolve(org.initlab.io.Manifest.FILE_NAME)

    /**
     * The trained network in `model.zip`, read after checking the folder against its manifest.
     *
     * @throws InputException naming the file that does not match, or the model file when it is not a DL4J model.
     */
    public fun network(): MultiLayerNetwork = RunFiles.loadModel(folder.resolve(RunFiles.MODEL))

    /**
     * The recorded costs in `result.json`, with their iterations (`inf` and `nan` as they were), read after checking
     * the folder against its manifest.
     */
    public fun costTrace(): List<CostPoint> {
        val result = folder.resolve(RunFiles.RESULT)
        ResultFolder.verifyHolding(result)
        return Json.read(result).path("costs").map { point ->
            val cost = point[1]
            CostPoint(point[0].asLong(), if (cost.isNumber) cost.asDouble() else parsePyFloat(cost.asText()))
        }
    }
}

/**
 * Reads back a run's folder written by [Run.save] (or `initlab train --out`), after checking every file against the
 * SHA-256 its manifest names.
 *
 * @throws InputException in one line naming the folder when it is not a result folder, or the first file that is
 *   missing or does not match its manifest (a folder changed or damaged since it was written).
 */
public fun loadRun(dir: Path): SavedRun = RunFolder.load(dir)

private fun parsePyFloat(text: String): Double = when (text) {
    "inf" -> Double.POSITIVE_INFINITY
    "-inf" -> Double.NEGATIVE_INFINITY
    "nan" -> Double.NaN
    else -> text.toDouble()
}
