package org.initlab.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * What a cluster's executors need to run InitLab's tasks: every entry of this JVM's class path but Spark's own jars
 * (the cluster has those), a folder of classes packed into a jar of its own. Spark's jars are named in
 * {@code org/initlab/spark/spark-jars.txt}, written by the build.
 */
final class ApplicationJars {
    static final String SPARK_JARS = "/org/initlab/spark/spark-jars.txt";

    private ApplicationJars() {
    }

    /** The jars to ship for this JVM's class path, folders packed into temporary jars (deleted at exit). */
    static String[] toShip() {
        List<String> jars = new ArrayList<>();
        for (Path entry : ofClassPath(System.getProperty("java.class.path"), sparkJars())) {
            jars.add((Files.isDirectory(entry) ? packed(entry) : entry).toString());
        }
        return jars.toArray(new String[0]);
    }

    /** The entries of {@code classPath} that are not named in {@code sparkJars}, existing ones only. */
    static List<Path> ofClassPath(String classPath, Set<String> sparkJars) {
        List<Path> entries = new ArrayList<>();
        for (String e : classPath.split(java.io.File.pathSeparator)) {
            if (e.isBlank()) {
                continue;
            }
            Path p = Paths.get(e);
            if (Files.exists(p) && !sparkJars.contains(p.getFileName().toString())) {
                entries.add(p.toAbsolutePath());
            }
        }
        return entries;
    }

    /** The file names of Spark's jars. */
    static Set<String> sparkJars() {
        try (InputStream in = ApplicationJars.class.getResourceAsStream(SPARK_JARS)) {
            if (in == null) {
                throw new IllegalStateException(SPARK_JARS + " is missing from the spark module's build");
            }
            Set<String> names = new HashSet<>();
            for (String e : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("[,\\s]+")) {
                names.add(e.substring(e.lastIndexOf('/') + 1));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code folder}'s files in a temporary jar. */
    static Path packed(Path folder) {
        try {
            Path jar = Files.createTempFile("initlab-classes-", ".jar");
            jar.toFile().deleteOnExit();
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                 Stream<Path> files = Files.walk(folder)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    out.putNextEntry(new JarEntry(String.join("/",
                            Arrays.stream(folder.relativize(f).toString().split("[/\\\\]")).toList())));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack " + folder + " into a jar for Spark's executors", e);
        }
    }
}
