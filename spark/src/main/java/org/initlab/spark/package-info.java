/**
 * Runs an InitLab sweep's runs as Apache Spark tasks: embedded ({@code local[*]}), on a standalone cluster
 * ({@code spark://HOST:PORT}) or through {@code spark-submit}. The core finds {@link org.initlab.spark.SparkSweepProvider}
 * with {@link java.util.ServiceLoader}; each task runs the core's own {@code SweepRun.execute}, so results equal the
 * local pool's bit for bit.
 */
package org.initlab.spark;
