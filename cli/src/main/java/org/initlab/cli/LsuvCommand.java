package org.initlab.cli;

import org.initlab.experiment.LsuvExperiment;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.Progress;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code initlab experiment lsuv} ({@link LsuvExperiment}): a progress bar per arm, then the experiment's tables
 * ({@link LsuvExperiment#print}); writes the whole result (cost traces included) with {@code --json} / {@code --out}.
 */
final class LsuvCommand {
    private LsuvCommand() {
    }

    static int run(Path dataDir, Integer iterations, String engine, OutputOptions output, PrintStream out) {
        output.check();
        Bars bars = new Bars();
        List<LsuvExperiment.NetworkResult> results;
        try {
            results = LsuvExperiment.run(dataDir, iterations, EngineKind.parse(engine), bars::next);
        } finally {
            bars.close();
        }
        LsuvExperiment.print(results, out);
        output.writeMap(LsuvExperiment.NAME, LsuvExperiment.config(results), LsuvExperiment.toMap(results), System.err);
        return ExitCodes.OK;
    }

    /** One progress bar per arm, the previous one closed when the next starts. */
    private static final class Bars {
        private Progress current;

        Progress next(ExperimentSpec arm) {
            close();
            current = TerminalProgress.wrap(Progress.NONE, arm.name());
            return current;
        }

        void close() {
            if (current != null) {
                TerminalProgress.close(current);
                current = null;
            }
        }
    }
}
