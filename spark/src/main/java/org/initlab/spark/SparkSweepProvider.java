package org.initlab.spark;

import org.initlab.sweep.SweepExecutor;
import org.initlab.sweep.SweepExecutorProvider;

/**
 * The {@code spark} runner of sweeps, found by the core with {@link java.util.ServiceLoader}: {@code open("local[2]")}
 * starts Spark embedded, {@code open("spark://HOST:PORT")} joins a standalone cluster.
 */
public final class SparkSweepProvider implements SweepExecutorProvider {
    @Override
    public String name() {
        return SparkMaster.FIELD;
    }

    /**
     * @throws org.initlab.io.InputException about the field {@code spark} when {@code target} is not a master or none
     *                                       answers there
     * @throws SparkFailedException          when the cluster gives no executor, or the JVM lacks Spark's options
     */
    @Override
    public SweepExecutor open(String target) {
        SparkMaster master = SparkMaster.parse(target);
        return new SparkSweepExecutor(SparkRuntime.start(master, "InitLab sweep", SparkRuntime.EXECUTOR_WAIT),
                "Spark " + master);
    }
}
