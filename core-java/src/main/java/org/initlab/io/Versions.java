package org.initlab.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The versions a result was produced with: InitLab's, DL4J's (both from the build) and the JVM's. */
public final class Versions {
    private static final Properties BUILD = load();

    private Versions() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/org/initlab/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException ignored) {
            // versions are then reported as unknown
        }
        return p;
    }

    public static String initlab() {
        return BUILD.getProperty("initlab", "unknown");
    }

    public static String dl4j() {
        return BUILD.getProperty("dl4j", "unknown");
    }

    /** InitLab, DL4J, Java and OS versions, for manifests. */
    public static Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("initlab", initlab());
        m.put("dl4j", dl4j());
        m.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return m;
    }
}
