package org.initlab.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The options a JVM that embeds Spark needs on Java 17: the packages of the JDK that Spark reaches into, opened to
 * the class path ({@code --add-opens}), the same that Spark's own launcher gives each JVM it starts. They are built
 * into {@code org/initlab/spark/jvm.options}; the {@code initlab} launcher reads that file, {@code spark-submit} adds
 * them itself.
 */
public final class JvmOptions {
    static final String RESOURCE = "/org/initlab/spark/jvm.options";

    private JvmOptions() {
    }

    /** The options, one per element. */
    public static List<String> all() {
        try (InputStream in = JvmOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the spark module's build");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return Arrays.asList(text.split("\\s+"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** The {@code --add-opens} options this JVM was started without. */
    static List<String> missing() {
        Module unnamed = JvmOptions.class.getModule();
        List<String> missing = new ArrayList<>();
        for (String option : all()) {
            if (!option.startsWith("--add-opens=")) {
                continue;
            }
            String[] modulePackage = option.substring("--add-opens=".length(), option.indexOf('=', 12)).split("/");
            Optional<Module> module = ModuleLayer.boot().findModule(modulePackage[0]);
            if (module.isPresent() && !module.get().isOpen(modulePackage[1], unnamed)) {
                missing.add(option);
            }
        }
        return missing;
    }

    /**
     * Fails unless this JVM has every option.
     *
     * @throws SparkFailedException naming the first missing option
     */
    static void check() {
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            throw new SparkFailedException("Spark needs " + missing.size() + " Java options this JVM was started "
                    + "without, " + missing.get(0) + " first: start it with those of " + RESOURCE.substring(1)
                    + " (the initlab launcher and spark-submit give them)");
        }
    }
}
