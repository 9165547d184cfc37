package org.initlab.sweep;

import org.initlab.data.Dataset;
import org.initlab.data.Datasets;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data sets of a sweep's runs, each loaded once by whoever holds this (an executor, or one per JVM on a cluster)
 * and then shared by its runs: data sets are immutable, so sharing them changes no result. Thread-safe.
 */
public final class SweepData {
    private final Map<String, Dataset> loaded = new ConcurrentHashMap<>();

    /**
     * The data set {@code name} read from {@code dir} ({@code null} for {@link Datasets#DEFAULT_DIR}).
     *
     * @throws org.initlab.io.InputException naming the file when it cannot be read
     */
    public Dataset get(String name, Path dir) {
        return loaded.computeIfAbsent(name + "\u0000" + (dir == null ? "" : dir.toString()),
                k -> Datasets.load(name, dir));
    }
}
