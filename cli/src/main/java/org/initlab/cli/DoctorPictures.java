package org.initlab.cli;

import org.initlab.analysis.DoctorReport;
import org.initlab.dsl.Doctors;
import org.initlab.dsl.plot.PictureFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The doctor's pictures for the command line, drawn by the DSL's lets-plot code ({@link Doctors#writePictures}) from
 * the report. Only this class and {@link AnalysisPictures} refer to the DSL, so a command that draws nothing never
 * loads Kotlin or lets-plot.
 */
final class DoctorPictures {
    private DoctorPictures() {
    }

    /** Writes the report's pictures into {@code dir}; their file names, SVG then PNG of each. */
    static List<String> write(DoctorReport report, Path dir) {
        List<String> files = new ArrayList<>();
        for (PictureFiles p : Doctors.writePictures(report, dir, null)) {
            files.add(p.getSvg().getFileName().toString());
            files.add(p.getPng().getFileName().toString());
        }
        return files;
    }
}
