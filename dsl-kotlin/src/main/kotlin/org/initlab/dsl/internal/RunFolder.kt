package org.initlab.dsl.internal

import org.initlab.dsl.Run
import org.initlab.dsl.SavedRun
import org.initlab.dsl.writePictures
import org.initlab.io.AtomicFiles
import org.initlab.io.Manifest
import org.initlab.numpy.PyFloat
import org.initlab.train.Predictions
import org.initlab.train.RunFiles
import java.nio.file.Path

/** Writes a [Run]'s folder: the core's files ([RunFiles.writeFolder]), predictions, pictures, and the manifest. */
internal object RunFolder {
    const val PREDICTIONS = "predictions.csv"

    fun save(run: Run, dir: Path, pictures: Boolean): SavedRun {
        val folder = AtomicFiles.ensureFolder(dir)
        RunFiles.writeFolder(run.result, folder)
        AtomicFiles.writeString(folder.resolve(PREDICTIONS), predictionsCsv(run))
        val files = mutableListOf(RunFiles.RESULT, RunFiles.COSTS, RunFiles.MODEL, PREDICTIONS)
        val written = if (pictures) run.writePictures(folder) else emptyList()
        for (p in written) {
            files += p.svg.fileName.toString()
            files += p.png.fileName.toString()
        }
        // The core's manifest names its own three files; this one names everything in the folder.
        files += Manifest.FILE_NAME
        Manifest.write(folder, run.spec.name(), run.spec.describe(), files.dropLast(1))
        return SavedRun(folder, files, written)
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
