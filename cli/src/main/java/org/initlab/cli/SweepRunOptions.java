package org.initlab.cli;

import org.initlab.io.InputException;
import org.initlab.sweep.SweepExecutor;
import org.initlab.sweep.SweepExecutors;
import org.initlab.sweep.SweepPlan;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.function.Supplier;

/** Where a sweep runs and where it writes: {@code --workers}, {@code --spark}, {@code --out}, {@code --no-pictures}. */
final class SweepRunOptions {
    @Option(names = "--workers", paramLabel = "N",
            description = "Runs at once on this machine. Default: the number of cores.")
    String workers;

    @Option(names = "--spark", paramLabel = "MASTER",
            description = "Run on Spark instead: local[N], local[*] (embedded) or spark://HOST:PORT (needs the "
                    + "optional spark module; see README).")
    String spark;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The sweep's folder; a sweep started again with the same one skips the runs it recorded. "
                    + "Default: out/NAME-ID (ID: the sweep's hash).")
    Path out;

    @Option(names = "--no-pictures", description = "Write no pictures.")
    boolean noPictures;

    /**
     * What opens the executor these options ask for (Spark when {@code --spark} is given, else the local pool), once
     * the sweep's folder is taken ({@link SweepRunner#open}).
     * The options are checked now; the opening fails only on Spark (a malformed or unreachable master, no executor).
     *
     * @throws InputException when both are given, {@code --workers} is not a positive number or the spark module is
     *                        missing
     */
    Supplier<SweepExecutor> executors() {
        if (spark != null && workers != null) {
            throw new InputException("--workers " + workers + ": not with --spark, whose master says how many run at "
                    + "once (local[N])");
        }
        if (spark != null) {
            if (!SparkModule.present()) {
                SparkModule.open(spark); // the error that says how to build the module
            }
            String master = spark;
            return () -> SparkModule.open(master);
        }
        int n = workers == null ? Runtime.getRuntime().availableProcessors() : SweepCommand.count("--workers", workers, 1);
        return () -> SweepExecutors.local(n);
    }

    /** The folder: {@code --out}, or {@code out/NAME-ID}. */
    Path folder(SweepPlan plan) {
        return out != null ? out : Path.of("out", plan.spec().name() + "-" + plan.sweepId().substring(0, 8));
    }
}
