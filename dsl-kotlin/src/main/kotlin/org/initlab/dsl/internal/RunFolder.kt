package org.initlab.dsl.internal

import org.initlab.dsl.Run
import org.initlab.dsl.SavedRun
import org.initlab.dsl.plot.PictureFiles
import org.initlab.dsl.writePictures
import org.initlab.io.Manifest
import org.initlab.io.ResultFolder
import org.initlab.numpy.PyFloat
import org.initlab.train.Predictions
import org.initlab.train.RunFiles
import java.nio.file.Files
import java.nio.file.Path

/**
 * Writes a [Run]'s folder, whole or not at all ([ResultFolder]): the core's files ([RunFiles.writeInto]), predictions,
 * pictures, what the caller adds, and the manifest; and reads one back, checked against its manifest.
 */
internal object RunFolder {
    const val PREDICTIONS = "predictions.csv"

    fun save(run: Run, dir: Path, pictures: Boolean, more: (Path) -> List<PictureFiles>): SavedRun =
        Properties.named {
            ResultFolder.open(dir, "dir").use { folder ->
                folder.notice(Properties::of).ifPresent { System.err.println("initlab: $it") }
                RunFiles.writeInto(run.result, folder)
                folder.writeString(PREDICTIONS, predictionsCsv(run))
                val written = folder.writeFiles { staging ->
                    (if (pictures) run.writePictures(staging) else emptyList()) + more(staging)
                }
                for (p in written) {
                    folder.add(p.svg.fileName.toString())
                    folder.add(p.png.fileName.toString())
                }
                folder.commit(run.spec.name(), run.spec.describe())
                val shown = written.map { PictureFiles(dir.resolve(it.svg.fileName), dir.resolve(it.png.fileName)) }
                SavedRun(dir, folder.files() + Manifest.FILE_NAME, shown)
            }
        }

    fun load(dir: Path): SavedRun {
        val manifest = ResultFolder.verify(dir)
        val files = manifest.path("files").map { it.asText() }
        val pictures = files.filter { it.endsWith(".svg") }
            .map { it.removeSuffix(".svg") }
            .filter { "$it.png" in files }
            .map { PictureFiles(dir.resolve("$it.svg"), dir.resolve("$it.png")) }
            .filter { Files.isRegularFile(it.svg) }
        return SavedRun(dir, files + Manifest.FILE_NAME, pictures)
    }

    /**
     * `split,index,label,prediction,output` for every train and test example; `output` is the activation of the output
     * unit (of the predicted class's unit when there are several).
     */
    private fun predictionsCsv(run: Run): String {
        val out = StringBuilder("split,index,label,prediction,output\n")
        for ((name, split) in listOf("train" to run.dataset.train(), "test" to run.dataset.test())) {
            val outputs = run.output(split.x())
            val predicted = Predictions.classes(outputs)
            val labels = Predictions.labels(split.y())
            for (i in predicted.indices) {
                out.append(name).append(',').append(i).append(',').append(labels[i]).append(',')
                    .append(predicted[i]).append(',')
                    .append(PyFloat.repr(outputs.get(i, if (outputs.cols() == 1) 0 else predicted[i]))).append('\n')
            }
        }
        return out.toString()
    }
}
