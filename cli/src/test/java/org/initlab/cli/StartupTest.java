package org.initlab.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupTest {

    /** The classes a fresh JVM loads for {@code initlab ARGS…}, one log line each, and its exit status. */
    private static List<String> loadedClasses(String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xlog:class+load=info:stdout",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().toList();
    }

    @Test
    void anExperimentThatOnlyPrintsNeverStartsNd4j() throws Exception {
        List<String> lines = loadedClasses("experiment", "he", "--iterations", "3");
        assertTrue(lines.stream().anyMatch(l -> l.contains("org.initlab.train.fast.Propagation ")),
                "the fast engine trained");
        assertFalse(lines.stream().anyMatch(l -> l.contains("org.nd4j.linalg.factory.Nd4j ")),
                "ND4J was started");
        assertFalse(lines.stream().anyMatch(StartupTest::kotlinOrLetsPlot), "Kotlin or lets-plot was loaded");
    }

    @Test
    void onlyADoctorThatDrawsLoadsKotlinAndLetsPlot(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<String> text = loadedClasses("doctor", "--steps", "1");
        assertTrue(text.stream().anyMatch(l -> l.contains("org.initlab.analysis.Doctor ")), "the doctor examined");
        assertFalse(text.stream().anyMatch(StartupTest::kotlinOrLetsPlot), "Kotlin or lets-plot was loaded");
        List<String> drawn = loadedClasses("doctor", "--steps", "1", "--out", dir.toString());
        assertTrue(drawn.stream().anyMatch(l -> l.contains("org.jetbrains.letsPlot.")), "lets-plot drew");
    }

    @Test
    void picocliIsBuiltAsClassFilesThatClassDataSharingArchives() throws Exception {
        for (Class<?> c : List.of(picocli.CommandLine.class, picocli.CommandLine.Help.class, picocli.AutoComplete.class)) {
            try (var in = c.getResourceAsStream("/" + c.getName().replace('.', '/') + ".class");
                 var data = new java.io.DataInputStream(in)) {
                assertEquals(0xCAFEBABE, data.readInt(), c.getName());
                data.readUnsignedShort();
                int major = data.readUnsignedShort();
                assertTrue(major >= 61, c.getName() + " is a class file of version " + major
                        + ", which class-data sharing cannot archive below 50; cli/pom.xml builds picocli for Java 17");
            }
            assertFalse(String.valueOf(c.getProtectionDomain().getCodeSource().getLocation()).contains("picocli-"),
                    c.getName() + " came from picocli's own jar: " + c.getProtectionDomain().getCodeSource());
        }
    }

    /** A class-loading line of Kotlin's standard library or of lets-plot. */
    private static boolean kotlinOrLetsPlot(String line) {
        return line.contains("] kotlin.") || line.contains("org.jetbrains.letsPlot.");
    }
}
