package org.initlab.cli;

import org.initlab.io.InputException;
import org.initlab.sweep.SweepExecutor;
import org.initlab.sweep.SweepExecutors;
import org.initlab.sweep.SweepPlan;
import picocli.CommandLine.Option;

import java.nio.file.Path;

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
     * The executor these options ask for: Spark when {@code --spark} is given, else the local pool.
     *
     * @throws InputException when both are given, {@code --workers} is not a positive number, the spark module is
     *                        missing or its master cannot be reached
     */
    SweepExecutor executor() {
        int n = check();
        return spark != null ? SparkModule.open(spark) : SweepExecutors.local(n);
    }

    /**
     * Checks {@code --workers} and {@code --spark} together, before a sweep loads its data; the local pool's size.
     *
     * @throws InputException when both are given or {@code --workers} is not a positive number
     */
    int check() {
        if (spark != null && workers != null) {
            throw new InputException("--workers " + workers + ": not with --spark, whose master says how many run at "
                    + "once (local[N])");
        }
        return workers == null ? Runtime.getRuntime().availableProcessors() : SweepCommand.count("--workers", workers, 1);
    }

    /** The folder: {@code --out}, or {@code out/NAME-ID}. */
    Path folder(SweepPlan plan) {
        return out != null ? out : Path.of("out", plan.spec().name() + "-" + plan.sweepId().substring(0, 8));
    }
}
