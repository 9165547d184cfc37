package org.initlab.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine a benchmark ran on, which its numbers mean nothing without: cores, processor, system, Java, the date,
 * and the load average when it started (other work on the machine slows both sides).
 *
 * @param cores       processors available to the JVM ({@code nproc})
 * @param cpu         the processor's model name
 * @param os          system name, version and architecture
 * @param java        the Java runtime's version
 * @param date        when the benchmark started, UTC
 * @param loadAverage the one-minute load average then, or negative when unknown
 */
public record Machine(int cores, String cpu, String os, String java, String date, double loadAverage) {
    /** This machine, now. */
    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                OffsetDateTime.now(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * The processor's model name, with its family, model and widest vector extension (its kind: a virtual machine's
     * model name may say no more than "Intel(R) Xeon(R) Processor").
     */
    private static String cpuModel() {
        try {
            return describe(Files.readAllLines(Path.of("/proc/cpuinfo")));
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }

    /** The first processor of {@code /proc/cpuinfo}'s lines, as {@link #cpuModel} says it. */
    static String describe(List<String> cpuinfo) {
        Map<String, String> first = new LinkedHashMap<>();
        for (String line : cpuinfo) {
            int colon = line.indexOf(':');
            if (line.isBlank() && !first.isEmpty()) {
                break;
            }
            if (colon > 0) {
                first.putIfAbsent(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        String name = first.getOrDefault("model name", System.getProperty("os.arch"));
        List<String> kind = new ArrayList<>();
        if (first.containsKey("cpu family") && first.containsKey("model")) {
            kind.add("family " + first.get("cpu family") + ", model " + first.get("model"));
        }
        List<String> flags = List.of(first.getOrDefault("flags", "").split(" "));
        if (flags.contains("avx512f")) {
            kind.add("AVX-512");
        } else if (flags.contains("avx2")) {
            kind.add("AVX2");
        }
        return kind.isEmpty() ? name : name + " (" + String.join(", ", kind) + ")";
    }

    /** One line: {@code machine: 2 cores, AMD EPYC, Linux 6.1 amd64, OpenJDK 17.0.x; 2025-…Z; load 0.4}. */
    public String describe() {
        return String.format(Locale.ROOT, "machine: %d cores, %s, %s, %s; %s; load average %s", cores, cpu, os, java,
                date, loadAverage < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", loadAverage));
    }

    /** The machine as JSON-ready values. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", cores);
        m.put("cpu", cpu);
        m.put("os", os);
        m.put("java", java);
        m.put("date", date);
        m.put("load_average", loadAverage);
        return m;
    }
}
