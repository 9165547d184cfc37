package org.initlab.cli;

import org.initlab.dsl.AnalysesKt;
import org.initlab.dsl.Doctors;
import org.initlab.dsl.plot.PictureFiles;
import org.initlab.experiment.ActivationResult;
import org.initlab.experiment.AnalysisExperiments.Analysis;
import org.initlab.experiment.DoctorResult;
import org.initlab.experiment.ZDistributionResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pictures of {@code experiment activations}, {@code z-distribution} and {@code doctor} for {@code --out}, drawn by
 * the DSL as the scripts draw them: E4's rows of histograms, E4b's densities, and per case of the doctor
 * ({@code zeros/}, {@code relu-he/}, …) its activations, activation gradients and update:data ratios. Like
 * {@link DoctorPictures}, only loaded when a command draws one.
 */
final class AnalysisPictures {
    private AnalysisPictures() {
    }

    /** Writes the pictures of {@code analysis} into {@code dir}; their file names relative to it, SVG then PNG of each. */
    static List<String> write(Analysis analysis, Path dir) {
        List<PictureFiles> pictures;
        if (analysis.computed() instanceof DoctorResult doctor) {
            pictures = Doctors.writePictures(doctor, dir);
        } else if (analysis.computed() instanceof ActivationResult activations) {
            pictures = AnalysesKt.writePictures(activations, dir);
        } else if (analysis.computed() instanceof ZDistributionResult z) {
            pictures = AnalysesKt.writePictures(z, dir);
        } else {
            throw new IllegalArgumentException("no pictures for " + analysis.name());
        }
        Path base = dir.toAbsolutePath().normalize();
        List<String> files = new ArrayList<>();
        for (PictureFiles p : pictures) {
            for (Path file : List.of(p.getSvg(), p.getPng())) {
                files.add(base.relativize(file.toAbsolutePath().normalize()).toString()
                        .replace(java.io.File.separatorChar, '/'));
            }
        }
        return files;
    }
}
