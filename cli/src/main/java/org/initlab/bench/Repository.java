package org.initlab.bench;

import org.initlab.io.InputException;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The InitLab repository the benchmark runs from: the folder holding the {@code initlab} launcher and
 * {@code core-java}. It is found upwards from where InitLab's classes were loaded, else from the working directory.
 *
 * @param root the repository's folder
 */
public record Repository(Path root) {
    /** The peer's place relative to the repository's folder. */
    public static final Path PEER = Path.of("..", "shared", "bench", "numpy_course.py");

    /** The repository containing InitLab's classes or the working directory. */
    public static Repository locate() {
        List<Path> starts = new ArrayList<>();
        codeSource().ifPresent(starts::add);
        Path cwd = Path.of("").toAbsolutePath();
        starts.add(cwd);
        for (Path start : starts) {
            for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
                if (isRoot(p)) {
                    return new Repository(p);
                }
            }
        }
        throw new InputException("cannot find the InitLab repository (the folder with the initlab launcher) above "
                + cwd);
    }

    private static Optional<Path> codeSource() {
        CodeSource source = Repository.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean isRoot(Path p) {
        return Files.isRegularFile(p.resolve("initlab")) && Files.isDirectory(p.resolve("core-java"));
    }

    /** The {@code initlab} launcher. */
    public Path launcher() {
        return root.resolve("initlab");
    }

    /** The repository's data files. */
    public Path datasets() {
        return root.resolve("datasets");
    }

    /** Where the numpy peer is by default. */
    public Path defaultPeer() {
        return root.resolve(PEER).normalize();
    }
}
