package org.initlab.cli;

import org.initlab.dsl.SweepsKt;
import org.initlab.dsl.plot.Curve;
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
    static List<String> write(SweepResult result, Path dir, SweepRunner.Pictures pictures) {
        List<String> files = new ArrayList<>();
        String facet = pictures.curvesFacet() != null ? pictures.curvesFacet() : SweepsKt.defaultFacet(result);
        Curve curve = pictures.accuracyBands() ? Curve.TEST_ACCURACY : Curve.COST;
        for (PictureFiles p : SweepsKt.writePictures(result, dir, pictures.heatmap(),
                SweepMetric.Companion.of(pictures.metric()), facet, curve)) {
            files.add(p.getSvg().getFileName().toString());
            files.add(p.getPng().getFileName().toString());
        }
        return files;
    }
}
