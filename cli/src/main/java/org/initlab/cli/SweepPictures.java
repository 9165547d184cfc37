package org.initlab.cli;

import org.initlab.dsl.SweepsKt;
import org.initlab.dsl.plot.PictureFiles;
import org.initlab.dsl.plot.SweepMetric;
import org.initlab.sweep.SweepResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep's pictures for the command line, drawn by the DSL's lets-plot code ({@code SweepResult.writePictures}) from
 * the results. Only this class refers to the DSL, so a sweep that draws nothing never loads Kotlin or lets-plot.
 */
final class SweepPictures {
    private SweepPictures() {
    }

    /** Writes the pictures into {@code dir}; their file names, SVG then PNG of each. */
    static List<String> write(SweepResult result, Path dir, List<String> heatmap, String metric) {
        List<String> files = new ArrayList<>();
        for (PictureFiles p : SweepsKt.writePictures(result, dir, heatmap, SweepMetric.Companion.of(metric))) {
            files.add(p.getSvg().getFileName().toString());
            files.add(p.getPng().getFileName().toString());
        }
        return files;
    }
}
