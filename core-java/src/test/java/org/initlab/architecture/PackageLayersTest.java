package org.initlab.architecture;

import org.initlab.spec.ExperimentSpec;
import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The core's packages, bottom to top, and the rule that keeps them so: a package uses only itself and the packages
 * below it (a sub-package, {@code train.fast}, belongs to its parent). Read from the compiled classes, so that every
 * use counts: imports, fully qualified names, field and method types, generic signatures.
 */
class PackageLayersTest {
    /** Bottom to top, as DESIGN.md draws them. */
    static final List<String> LAYERS = List.of("numpy", "io", "data", "spec", "init", "net", "train", "analysis",
            "sweep", "experiment");

    private static final Pattern INITLAB = Pattern.compile("org/initlab/(\\w+)/");

    @Test
    void noPackageUsesOneAboveIt() throws IOException {
        Map<String, Set<String>> uses = uses(classes());
        assertTrue(uses.keySet().containsAll(List.of("numpy", "spec", "train", "experiment")), uses.keySet().toString());
        assertEquals(List.of(), violations(uses));
    }

    @Test
    void numpyUsesNeitherDl4jNorNd4j() throws IOException {
        List<String> found = new ArrayList<>();
        int read = 0;
        for (Path c : classes()) {
            if (packageOf(c).equals("numpy")) {
                read++;
                for (String s : strings(c)) {
                    if (s.contains("org/deeplearning4j/") || s.contains("org/nd4j/")) {
                        found.add(c.getFileName() + " uses " + s);
                    }
                }
            }
        }
        assertTrue(read > 0, "no class of the numpy package read under " + root());
        assertEquals(List.of(), found);
    }

    @Test
    void theCoreNeedsNoCommandLineLibraryNorLoggingBinding() {
        for (String name : List.of("picocli.CommandLine", "me.tongfei.progressbar.ProgressBar",
                "org.slf4j.impl.StaticLoggerBinder", "org.initlab.cli.Main", "org.initlab.bench.Repository")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(name), name);
        }
    }

    @Test
    void theRuleCatchesAUseOfAPackageAbove() {
        Map<String, Set<String>> uses = new TreeMap<>();
        uses.put("numpy", Set.of("numpy", "spec"));
        uses.put("train", Set.of("net", "numpy", "train"));
        uses.put("gadgets", Set.of("io"));
        assertEquals(List.of("gadgets is not one of the layers " + LAYERS, "numpy uses spec, which is above it"),
                violations(uses));
    }

    /** What is wrong with {@code uses} (package to the packages its classes use). */
    static List<String> violations(Map<String, Set<String>> uses) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : uses.entrySet()) {
            int layer = LAYERS.indexOf(e.getKey());
            if (layer < 0) {
                found.add(e.getKey() + " is not one of the layers " + LAYERS);
                continue;
            }
            for (String used : e.getValue()) {
                int other = LAYERS.indexOf(used);
                if (other < 0 || other > layer) {
                    found.add(e.getKey() + " uses " + used + ", which is " + (other < 0 ? "not a layer" : "above it"));
                }
            }
        }
        return found;
    }

    private static Map<String, Set<String>> uses(List<Path> classes) throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Path c : classes) {
            Set<String> used = uses.computeIfAbsent(packageOf(c), k -> new TreeSet<>());
            for (String s : strings(c)) {
                Matcher m = INITLAB.matcher(s);
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        return uses;
    }

    /** The top-level package under {@code org.initlab} of a compiled class; {@code train} for {@code train.fast}. */
    private static String packageOf(Path classFile) {
        Path relative = root().relativize(classFile);
        return relative.getNameCount() > 3 ? relative.getName(2).toString() : "";
    }

    private static Path root() {
        try {
            return Path.of(ExperimentSpec.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> classes() throws IOException {
        try (Stream<Path> files = Files.walk(root().resolve("org/initlab"))) {
            return files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }

    /** Every UTF-8 constant of a class file: class names, descriptors, signatures and string literals. */
    static List<String> strings(Path classFile) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(raw)) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException(classFile + ": not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> out.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++;
                    }
                    default -> throw new IOException(classFile + ": unknown constant tag " + tag);
                }
            }
        }
        return out;
    }
}
