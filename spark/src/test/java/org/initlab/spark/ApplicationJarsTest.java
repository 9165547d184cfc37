package org.initlab.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationJarsTest {
    @Test
    void sparksOwnJarsAreNotShippedAndInitLabsAre(@TempDir Path dir) throws IOException {
        Path spark = Files.createFile(dir.resolve("spark-core_2.12-3.5.9.jar"));
        Path dl4j = Files.createFile(dir.resolve("deeplearning4j-nn-1.0.0-M2.1.jar"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String classPath = String.join(File.pathSeparator, spark.toString(), dl4j.toString(), classes.toString(),
                dir.resolve("absent.jar").toString());
        assertEquals(List.of(dl4j, classes), ApplicationJars.ofClassPath(classPath, Set.of("spark-core_2.12-3.5.9.jar")));
    }

    @Test
    void theBuildNamesSparksJars() {
        Set<String> names = ApplicationJars.sparkJars();
        assertTrue(names.stream().anyMatch(n -> n.startsWith("spark-core_2.12-")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("scala-library-")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("deeplearning4j")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("jackson-databind")), names.toString());
    }

    @Test
    void aFolderOfClassesIsPackedIntoAJar(@TempDir Path dir) throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("org/initlab"));
        Files.writeString(classes.resolve("org/initlab/A.class"), "a");
        Files.writeString(classes.resolve("top.txt"), "t");
        try (JarFile jar = new JarFile(ApplicationJars.packed(classes).toFile())) {
            assertNotNull(jar.getEntry("org/initlab/A.class"));
            assertNotNull(jar.getEntry("top.txt"));
            assertEquals(2, jar.size());
        }
    }
}
