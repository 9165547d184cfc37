package org.initlab.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A whole process measured from outside: exit status, output, stderr with arrival times, processor time, peak memory. */
class MeasuredProcessTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void aJvmThatTouchesItsHeapPeaksAboveItAndSpendsProcessorTime() throws IOException {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "Linux's /proc");
        MeasuredProcess p = MeasuredProcess.run(new ProcessBuilder(JAVA, "-Xms96m", "-Xmx96m", "-XX:+AlwaysPreTouch",
                "-XX:+UseSerialGC", "-version"));
        assertEquals(0, p.exitCode());
        assertTrue(p.peakMemory() >= 96, "peak " + p.peakMemory() + " MiB");
        assertTrue(p.cpu() > 0, "cpu " + p.cpu());
        assertTrue(p.wall() > 0);
        assertTrue(p.stderrText().contains("version"), p.stderrText());
    }

    @Test
    void stdoutIsKeptAndStderrLinesComeInOrderWithTheirTimes() throws IOException {
        MeasuredProcess p = MeasuredProcess.run(new ProcessBuilder("sh", "-c", "echo out; echo one >&2; echo two >&2; exit 3"));
        assertEquals(3, p.exitCode());
        assertEquals("out\n", p.stdout());
        assertEquals(List.of("one", "two"), p.stderr().stream().map(MeasuredProcess.Line::text).toList());
        assertTrue(p.stderr().get(0).at() <= p.stderr().get(1).at());
        assertEquals("two", p.lastErrorLine());
    }
}
