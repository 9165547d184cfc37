package org.initlab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.experiment.Experiments;
import org.initlab.io.Json;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.RunResult;
import org.initlab.train.Trainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * InitLab's side of the benchmark, each run as a user runs it, in a process of its own:
 * <ul>
 *   <li>{@link #fresh}: {@code initlab experiment NAME --json FILE}, for the training time it records and the
 *       numbers it prints (with {@code --engine dl4j}, DL4J's own {@code fit});</li>
 *   <li>{@link #process}: {@code initlab experiment NAME} with its output discarded, for the whole process's wall
 *       time;</li>
 *   <li>{@link #warm}: the same experiment trained in the benchmark's own JVM, whose compiler earlier runs have
 *       warmed, for a figure shown beside, labelled.</li>
 * </ul>
 */
public final class InitLabRuns {
    /** What the launcher prints on stderr when it builds the core before running. */
    static final String REBUILD = "building the core";

    private final Repository repository;

    public InitLabRuns(Repository repository) {
        this.repository = repository;
    }

    /** One fresh {@code initlab experiment} process: its own training time, its wall time and its printed numbers. */
    public record FreshRun(double trainingSeconds, double processSeconds, CourseNumbers numbers) {
    }

    /** Trains {@code pairing}'s experiment here, on the repository's data. */
    public RunResult warm(Pairing pairing) {
        ExperimentSpec spec = Experiments.get(pairing.name()).toBuilder().dataDir(repository.datasets()).build();
        return Trainer.run(spec);
    }

    /**
     * {@code initlab experiment NAME --json FILE} plus {@code extra} arguments ({@code --engine dl4j},
     * {@code --epochs N}), in a fresh process in the repository.
     *
     * @throws RunFailedException when it cannot start, fails or writes no training time
     */
    public FreshRun fresh(Pairing pairing, List<String> extra) {
        Path dir;
        try {
            dir = Files.createTempDirectory("initlab-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path json = dir.resolve(pairing.name() + ".json");
            List<String> args = new ArrayList<>(List.of("--json", json.toString()));
            args.addAll(extra);
            TimedProcess p = launch(pairing, args, true);
            JsonNode seconds = Json.read(json).get("training_seconds");
            if (seconds == null || !seconds.isNumber()) {
                throw new RunFailedException("initlab experiment " + pairing.name() + " wrote no training_seconds to "
                        + json);
            }
            return new FreshRun(seconds.asDouble(), p.seconds(), PeerOutput.parse(p.stdout()).numbers());
        } finally {
            delete(dir);
        }
    }

    /**
     * The wall time of {@code <repository>/initlab experiment NAME}, run in the repository with its output
     * discarded.
     *
     * @throws RunFailedException when it cannot start or fails
     */
    public double process(Pairing pairing) {
        return launch(pairing, List.of(), false).seconds();
    }

    /** Runs the experiment; a run in which the launcher rebuilt the core first is not counted: it runs again. */
    private TimedProcess launch(Pairing pairing, List<String> extra, boolean keepStdout) {
        TimedProcess p = launchOnce(pairing, extra, keepStdout);
        return p.stderr().contains(REBUILD) ? launchOnce(pairing, extra, keepStdout) : p;
    }

    private TimedProcess launchOnce(Pairing pairing, List<String> extra, boolean keepStdout) {
        List<String> command = new ArrayList<>(List.of(repository.launcher().toString(), "experiment",
                pairing.name()));
        command.addAll(extra);
        ProcessBuilder b = new ProcessBuilder(command).directory(repository.root().toFile());
        TimedProcess p;
        try {
            p = TimedProcess.run(b, keepStdout);
        } catch (IOException e) {
            throw new RunFailedException("cannot run " + repository.launcher() + " (" + e.getMessage() + ")");
        }
        if (p.exitCode() != 0) {
            throw new RunFailedException(String.join(" ", command.subList(1, command.size())) + " failed (exit "
                    + p.exitCode() + "): " + p.lastErrorLine());
        }
        return p;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
