package org.initlab.bench;

import org.initlab.experiment.Experiments;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.RunResult;
import org.initlab.train.Trainer;

import java.io.IOException;
import java.util.List;

/**
 * InitLab's side of the benchmark: an experiment trained in this process (for its training time and printed
 * numbers), and the whole {@code initlab experiment NAME} process as a user runs it (for its wall time).
 */
public final class InitLabRuns {
    /** What the launcher prints on stderr when it builds the core before running. */
    static final String REBUILD = "building the core";

    private final Repository repository;

    public InitLabRuns(Repository repository) {
        this.repository = repository;
    }

    /** Trains {@code pairing}'s experiment here, on the repository's data. */
    public RunResult train(Pairing pairing) {
        ExperimentSpec spec = Experiments.get(pairing.name()).toBuilder().dataDir(repository.datasets()).build();
        return Trainer.run(spec);
    }

    /**
     * The wall time of {@code <repository>/initlab experiment NAME}, run in the repository with its output
     * discarded. A run in which the launcher rebuilt the core first (its sources changed meanwhile) is not counted:
     * it runs again.
     *
     * @throws RunFailedException when it cannot start or fails
     */
    public double process(Pairing pairing) {
        TimedProcess p = launch(pairing);
        return p.stderr().contains(REBUILD) ? launch(pairing).seconds() : p.seconds();
    }

    private TimedProcess launch(Pairing pairing) {
        ProcessBuilder b = new ProcessBuilder(List.of(repository.launcher().toString(), "experiment", pairing.name()))
                .directory(repository.root().toFile());
        TimedProcess p;
        try {
            p = TimedProcess.run(b, false);
        } catch (IOException e) {
            throw new RunFailedException("cannot run " + repository.launcher() + " (" + e.getMessage() + ")");
        }
        if (p.exitCode() != 0) {
            throw new RunFailedException("initlab experiment " + pairing.name() + " failed (exit " + p.exitCode()
                    + "): " + p.lastErrorLine());
        }
        return p;
    }
}
