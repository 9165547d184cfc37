package org.initlab.cli;

import org.initlab.testing.CliRun;
import org.initlab.testing.CliRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@code initlab sweep --spark} where the optional spark module is not built (the command line's own class path): one
 * line that says how to build it, status 2, no folder. The spark module's tests run it where the module is.
 */
class SweepSparkOptionTest {
    @TempDir
    Path dir;

    @Test
    void sparkWithoutTheSparkModuleIsOneLineWithStatus2ThatSaysHowToBuildIt() {
        Path out = dir.resolve("sweep");
        for (String master : new String[] {"local[*]", "spark://127.0.0.1:7077"}) {
            Outcome o = CliRun.run("sweep", "--init", "he,xavier", "--iterations", "20", "--spark", master,
                    "--out", out.toString());
            assertEquals(2, o.status(), o.err());
            assertEquals("initlab: --spark " + master + ": needs InitLab's optional spark module: build it once with "
                    + "'mvn -B -q -Pspark -pl spark -am package -DskipTests' in InitLab's folder (README, Sweeps on "
                    + "Spark)\n", o.err());
            assertEquals("", o.out());
            assertFalse(Files.exists(out), "no folder is taken for a sweep that cannot run");
        }
    }

    @Test
    void workersWithSparkIsOneLineWithStatus2() {
        Outcome o = CliRun.run("sweep", "--init", "he,xavier", "--iterations", "20", "--spark", "local[2]",
                "--workers", "2", "--out", dir.resolve("sweep").toString());
        assertEquals(2, o.status(), o.err());
        assertEquals("initlab: --workers 2: not with --spark, whose master says how many run at once (local[N])\n",
                o.err());
    }
}
