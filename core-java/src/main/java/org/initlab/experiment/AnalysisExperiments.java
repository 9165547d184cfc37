package org.initlab.experiment;

import org.initlab.experiment.ActivationExperiment;
import org.initlab.experiment.ActivationResult;
import org.initlab.experiment.ConfigurationStats;
import org.initlab.experiment.ZDistributionExperiment;
import org.initlab.experiment.ZDistributionResult;
import org.initlab.io.AtomicFiles;
import org.initlab.io.InputException;
import org.initlab.io.Json;
import org.initlab.io.Manifest;
import org.initlab.numpy.NumpyRandomState;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The experiments that analyse networks at initialization rather than train them, by name: {@code activations} (E4,
 * {@link ActivationExperiment}), {@code z-distribution} (E4b, {@link ZDistributionExperiment}) and {@code doctor} (the
 * course's cases diagnosed, {@link DoctorExperiment}). Each prints a compact table and, given a JSON file, writes its
 * result and a manifest beside it; the doctor then fails with a {@link CheckFailedException} when a case's verdict
 * is not the one the course teaches.
 */
public final class AnalysisExperiments {
    public static final String ACTIVATIONS = "activations";
    public static final String Z_DISTRIBUTION = "z-distribution";
    public static final String DOCTOR = "doctor";

    private AnalysisExperiments() {
    }

    /** The names this class runs. */
    public static List<String> names() {
        return List.of(ACTIVATIONS, Z_DISTRIBUTION, DOCTOR);
    }

    /**
     * Runs the analysis called {@code name}, printing to {@code out} and writing {@code json} (with its manifest) when
     * given.
     *
     * @param seed the numpy seed, or null for the experiment's default (0)
     * @return false, without doing anything, when {@code name} is not one of {@link #names()}
     */
    public static boolean run(String name, Long seed, Path json, PrintStream out) {
        if (!names().contains(name)) {
            return false;
        }
        if (seed != null && (seed < 0 || seed > NumpyRandomState.MAX_SEED)) {
            throw InputException.of("seed", seed, "must be between 0 and 2^32 - 1");
        }
        if (json != null) {
            AtomicFiles.checkWritableFolder(json.toAbsolutePath().getParent(), "json");
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("experiment", name);
        Map<String, Object> result;
        DoctorResult doctor = null;
        if (name.equals(DOCTOR)) {
            if (seed != null) {
                throw InputException.of("seed", seed, "the doctor experiment diagnoses the course's own draws "
                        + "(E1-E3: seed 3, E4: seed 0)");
            }
            doctor = DoctorExperiment.run(null);
            doctor.print(out);
            config.put("cases", doctor.cases().stream().map(DoctorCase::name).toList());
            config.put("options", org.initlab.analysis.Doctor.Options.defaults().toMap());
            result = doctor.toMap();
        } else if (name.equals(ACTIVATIONS)) {
            long s = seed == null ? ActivationExperiment.DEFAULT_SEED : seed;
            ActivationResult r = ActivationExperiment.run(s);
            r.print(out);
            config.put("seed", s);
            config.put("examples", r.examples());
            config.put("units", r.units());
            config.put("depth", r.depth());
            config.put("configs", r.configs().stream().map(ConfigurationStats::name).toList());
            result = r.toMap();
        } else {
            long s = seed == null ? ZDistributionExperiment.DEFAULT_SEED : seed;
            ZDistributionResult r = ZDistributionExperiment.run(s);
            r.print(out);
            config.put("seed", s);
            config.put("draws", r.draws());
            config.put("inputs", r.inputs());
            config.put("ones", r.ones());
            result = r.toMap();
        }
        if (json != null) {
            Json.write(json, result);
            Manifest.writeBeside(json, "experiment " + name, config);
        }
        if (doctor != null) {
            doctor.check();
        }
        return true;
    }
}
