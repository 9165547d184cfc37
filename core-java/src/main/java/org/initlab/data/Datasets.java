package org.initlab.data;

import org.initlab.io.InputException;

import java.nio.file.Path;
import java.util.List;

/** The data sets InitLab knows by name. */
public final class Datasets {
    private Datasets() {
    }

    /** The folder data files are read from by default: {@code datasets/} under the working directory. */
    public static final Path DEFAULT_DIR = Path.of("datasets");

    /** The names {@link #load} accepts. */
    public static final List<String> NAMES = List.of("circles", "football", "cat", "mnist");

    /**
     * Loads {@code circles}, {@code football}, {@code cat} or {@code mnist} from {@code dir} ({@code null} for
     * {@link #DEFAULT_DIR}).
     *
     * @throws org.initlab.io.InputException naming the file and what is wrong with it, or about the field
     *                                       {@code dataset} when {@code name} is none of these
     */
    public static Dataset load(String name, Path dir) {
        Path folder = dir == null ? DEFAULT_DIR : dir;
        return switch (name == null ? "" : name) {
            case "circles" -> Circles.load();
            case "football" -> Football.load(folder);
            case "cat" -> CatVsNonCat.load(folder);
            case "mnist" -> Mnist.load(folder);
            default -> throw InputException.of("dataset", name, "unknown data set '" + name + "': expected one of "
                    + String.join(", ", NAMES));
        };
    }
}
