package org.initlab.experiment;

import org.initlab.io.FolderLock;
import org.initlab.io.InputException;
import org.initlab.io.Json;
import org.initlab.io.Manifest;
import org.initlab.numpy.NumpyRandomState;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The experiments that analyse networks at initialization rather than train them, by name: {@code activations} (E4,
 * {@link ActivationExperiment}), {@code z-distribution} (E4b, {@link ZDistributionExperiment}) and {@code doctor} (the
 * course's cases diagnosed, {@link DoctorExperiment}). Each prints a compact table and gives its result as JSON-ready
 * values with the configuration its manifest records ({@link Analysis}); the doctor then fails with a
 * {@link CheckFailedException} when a case's verdict is not the one the course teaches.
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
     * An analysis that ran: what its files record ({@code result}, and {@code config} for the manifest, under the
     * manifest's name {@link #run()}) and what it computed, an {@link ActivationResult}, a {@link ZDistributionResult}
     * or a {@link DoctorResult}, for pictures.
     */
    public record Analysis(String name, Map<String, Object> config, Map<String, Object> result, Object computed) {
        /** What the manifest says ran: {@code experiment NAME}. */
        public String run() {
            return "experiment " + name;
        }

        /**
         * The doctor's check, after its files are written.
         *
         * @throws CheckFailedException when a case's verdict is not the course's; the other analyses check nothing
         */
        public void check() {
            if (computed instanceof DoctorResult doctor) {
                doctor.check();
            }
        }
    }

    /**
     * Checks what can be checked before the analysis {@code name} runs: its seed.
     *
     * @throws InputException naming {@code seed} when it is out of numpy's range, or given to the doctor, which
     *                        diagnoses the course's own draws
     */
    public static void check(String name, Long seed) {
        if (seed != null && (seed < 0 || seed > NumpyRandomState.MAX_SEED)) {
            throw InputException.of("seed", seed, "must be between 0 and 2^32 - 1");
        }
        if (name.equals(DOCTOR) && seed != null) {
            throw InputException.of("seed", seed, "the doctor experiment diagnoses the course's own draws "
                    + "(E1-E3: seed 3, E4: seed 0)");
        }
    }

    /**
     * Runs the analysis called {@code name} and prints its table to {@code out}.
     *
     * @param seed    the numpy seed, or null for the experiment's default (0); not for the doctor
     * @param dataDir where the doctor finds the circles (null: {@code datasets}); the others draw their own inputs
     * @throws IllegalArgumentException when {@code name} is not one of {@link #names()}
     */
    public static Analysis analyse(String name, Long seed, Path dataDir, PrintStream out) {
        if (!names().contains(name)) {
            throw new IllegalArgumentException("not an analysis: " + name);
        }
        check(name, seed);
        if (name.equals(DOCTOR)) {
            DoctorResult doctor = DoctorExperiment.run(dataDir);
            doctor.print(out);
            return new Analysis(name, config(doctor), doctor.toMap(), doctor);
        }
        if (name.equals(ACTIVATIONS)) {
            ActivationResult r = ActivationExperiment.run(seed == null ? ActivationExperiment.DEFAULT_SEED : seed);
            r.print(out);
            return new Analysis(name, config(r), r.toMap(), r);
        }
        ZDistributionResult r = ZDistributionExperiment.run(seed == null ? ZDistributionExperiment.DEFAULT_SEED : seed);
        r.print(out);
        return new Analysis(name, config(r), r.toMap(), r);
    }

    /** The manifest's configuration of the doctor's course cases: the experiment, its cases and the doctor's options. */
    public static Map<String, Object> config(DoctorResult doctor) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("experiment", DOCTOR);
        config.put("cases", doctor.cases().stream().map(DoctorCase::name).toList());
        config.put("options", org.initlab.analysis.Doctor.Options.defaults().toMap());
        return config;
    }

    /** The manifest's configuration of E4's activation statistics: the experiment, its seed and sizes, its configurations. */
    public static Map<String, Object> config(ActivationResult r) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("experiment", ACTIVATIONS);
        config.put("seed", r.seed());
        config.put("examples", r.examples());
        config.put("units", r.units());
        config.put("depth", r.depth());
        config.put("configs", r.configs().stream().map(ConfigurationStats::name).toList());
        return config;
    }

    /** The manifest's configuration of E4b's saturated neuron: the experiment, its seed and sizes. */
    public static Map<String, Object> config(ZDistributionResult r) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("experiment", Z_DISTRIBUTION);
        config.put("seed", r.seed());
        config.put("draws", r.draws());
        config.put("inputs", r.inputs());
        config.put("ones", r.ones());
        return config;
    }

    /**
     * Runs the analysis called {@code name}, printing to {@code out} and writing {@code json} with its manifest beside
     * it when given (one writer at a time: the file's {@link FolderLock} is held from before the analysis runs), then
     * {@link Analysis#check}s it.
     *
     * @param seed the numpy seed, or null for the experiment's default (0)
     * @return false, without doing anything, when {@code name} is not one of {@link #names()}
     */
    public static boolean run(String name, Long seed, Path json, PrintStream out) {
        if (!names().contains(name)) {
            return false;
        }
        check(name, seed);
        if (json != null && Files.isDirectory(json)) {
            throw InputException.of("json", json, "a folder is in the way");
        }
        Analysis a;
        try (FolderLock lock = json == null ? null : FolderLock.acquire(json, "json")) {
            a = analyse(name, seed, null, out);
            if (lock != null) {
                Json.write(json, a.result());
                Manifest.writeBeside(json, a.run(), a.config());
            }
        }
        a.check();
        return true;
    }
}
