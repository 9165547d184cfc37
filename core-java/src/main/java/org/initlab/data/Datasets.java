package org.initlab.data;

import java.nio.file.Path;

/** The data sets InitLab knows by name. */
public final class Datasets {
    private Datasets() {
    }

    /** The folder data files are read from by default: {@code datasets/} under the working directory. */
    public static final Path DEFAULT_DIR = Path.of("datasets");

    /**
     * Loads {@code circles}, {@code football}, {@code cat} or {@code mnist} from {@code dir} ({@code null} for
     * {@link #DEFAULT_DIR}).
     *
     * @throws org.initlab.io.InputException naming the file and what is wrong with it
     */
    public static Dataset load(String name, Path dir) {
        throw new UnsupportedOperationException("TODO: data loaders");
    }
}
