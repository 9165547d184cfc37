package org.initlab.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;

import java.time.Duration;
import java.time.Instant;

/**
 * Starts and stops the Spark a sweep runs on. For a local master, Spark runs in this JVM on the loopback interface,
 * without its web UI or console progress bar. For a cluster, the master is checked first (one clear error instead of
 * Spark's minute of retries), InitLab's jars are shipped to the executors ({@link ApplicationJars}), and the sweep
 * starts once an executor has joined, or fails after {@code executorWait}.
 *
 * <p>Every executor runs its native math on one thread ({@code OMP_NUM_THREADS=1}), as the local pool does: Spark's
 * task slots are the parallelism.
 */
final class SparkRuntime implements AutoCloseable {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration EXECUTOR_WAIT = Duration.ofSeconds(60);

    private final SparkContext sc;
    private final boolean owned;

    private SparkRuntime(SparkContext sc, boolean owned) {
        this.sc = sc;
        this.owned = owned;
    }

    /**
     * A Spark of its own on {@code master}, started here and stopped by {@link #close()}.
     *
     * @throws org.initlab.io.InputException when the master cannot be reached
     * @throws SparkFailedException          when the JVM lacks Spark's options, or the cluster gives no executor
     */
    static SparkRuntime start(SparkMaster master, String appName, Duration executorWait) {
        JvmOptions.check();
        master.checkReachable(CONNECT_TIMEOUT);
        // under spark-submit, its settings are this JVM's spark.* properties, which SparkConf reads
        SparkConf conf = new SparkConf()
                .setMaster(master.url())
                .setAppName(appName)
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.executorEnv.OMP_NUM_THREADS", "1");
        if (master.isLocal()) {
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        } else if (!conf.contains("spark.jars")) { // spark-submit ships its --jars itself
            conf.setJars(ApplicationJars.toShip());
        }
        SparkRuntime runtime = new SparkRuntime(new SparkContext(conf), true);
        if (!master.isLocal()) {
            runtime.awaitExecutor(master, executorWait);
        }
        return runtime;
    }

    SparkContext context() {
        return sc;
    }

    /** The number of tasks Spark runs at once (its default parallelism). */
    int slots() {
        return sc.defaultParallelism();
    }

    private void awaitExecutor(SparkMaster master, Duration wait) {
        Instant end = Instant.now().plus(wait);
        while (sc.statusTracker().getExecutorInfos().length < 2) { // the driver is listed too
            if (sc.isStopped()) {
                throw new SparkFailedException(master + ": the Spark master refused InitLab's application or stopped");
            }
            if (Instant.now().isAfter(end)) {
                close();
                throw new SparkFailedException(master + ": no executor joined within " + wait.toSeconds()
                        + " s (are workers running, with a free core and enough memory?)");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                close();
                Thread.currentThread().interrupt();
                throw new SparkFailedException(master + ": interrupted while waiting for an executor", e);
            }
        }
    }

    @Override
    public void close() {
        if (owned && !sc.isStopped()) {
            sc.stop();
        }
    }
}
