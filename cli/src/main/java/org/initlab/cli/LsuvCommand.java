package org.initlab.cli;

import org.initlab.experiment.LsuvExperiment;
import org.initlab.numpy.PyFloat;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.CostPoint;
import org.initlab.train.Progress;
import org.initlab.train.RunResult;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code initlab experiment lsuv} ({@link LsuvExperiment}): prints, per network, the variance of every layer's
 * pre-activations at initialization under each initializer and each arm's first and last cost and accuracies; writes
 * the whole result (cost traces included) with {@code --json} / {@code --out}.
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
        for (int i = 0; i < results.size(); i++) {
            if (i > 0) {
                out.println();
            }
            print(results.get(i), out);
        }
        out.flush();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("experiment", LsuvExperiment.NAME);
        config.put("inits", LsuvExperiment.INITS);
        config.put("networks", results.stream().map(r -> r.arms().get(0).spec().describe()).toList());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("networks", results.stream().map(LsuvExperiment.NetworkResult::toMap).toList());
        output.writeMap(LsuvExperiment.NAME, config, result, System.err);
        return ExitCodes.OK;
    }

    static void print(LsuvExperiment.NetworkResult r, PrintStream out) {
        ExperimentSpec n = r.network();
        RunResult first = r.arms().get(0);
        out.println(n.name() + " " + n.layers() + " on " + n.dataset() + ", " + n.iterations() + " iterations at lr "
                + PyFloat.repr(n.learningRate()));
        out.println("Var(Z_l) at initialization on the " + first.dataset().train().size() + " training examples:");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-6s", "layer"));
        r.variances().keySet().forEach(k -> head.append(String.format(Locale.ROOT, "%-14s", k)));
        out.println(head.toString().stripTrailing());
        for (int l = 0; l < n.depth(); l++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-6d", l + 1));
            for (double[] v : r.variances().values()) {
                row.append(String.format(Locale.ROOT, "%-14.6g", v[l]));
            }
            out.println(row.toString().stripTrailing());
        }
        out.println("LSUV divisions per layer: " + r.lsuvIterations().stream().map(String::valueOf)
                .collect(Collectors.joining(", ")));
        out.println(String.format(Locale.ROOT, "  %-8s %-22s %-30s %-20s %s", "init", "cost at 0",
                "last cost (iteration)", "train accuracy", "test accuracy"));
        for (RunResult arm : r.arms()) {
            List<CostPoint> costs = arm.costs();
            String last = costs.isEmpty() ? "-" : PyFloat.repr(costs.get(costs.size() - 1).cost())
                    + " (" + costs.get(costs.size() - 1).iteration() + ")";
            out.println(String.format(Locale.ROOT, "  %-8s %-22s %-30s %-20s %s", arm.spec().init().describe(),
                    costs.isEmpty() ? "-" : PyFloat.repr(costs.get(0).cost()), last, PyFloat.repr(arm.trainAccuracy()),
                    PyFloat.repr(arm.testAccuracy())));
        }
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
