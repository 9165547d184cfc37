package org.initlab.cli;

import org.initlab.io.InputException;
import org.initlab.sweep.SweepExecutor;
import org.initlab.sweep.SweepExecutors;

/**
 * The optional spark module as the command line sees it: there when its jar is on the class path (the launcher puts
 * it there once it is built), else an error that says how to build it.
 */
final class SparkModule {
    /** The command that builds the module, run once in InitLab's folder. */
    static final String BUILD = "mvn -B -q -Pspark -pl spark -am package -DskipTests";

    private SparkModule() {
    }

    static boolean present() {
        return SweepExecutors.provider("spark").isPresent();
    }

    /**
     * An executor on the Spark master {@code master}.
     *
     * @throws InputException about the field {@code spark} when the module is not built, the master is malformed or
     *                        cannot be reached
     */
    static SweepExecutor open(String master) {
        return SweepExecutors.provider("spark").orElseThrow(() -> InputException.of("spark", master,
                        "needs InitLab's optional spark module: build it once with '" + BUILD
                                + "' in InitLab's folder (README, Sweeps on Spark)"))
                .open(master);
    }
}
