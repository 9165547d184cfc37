package org.initlab.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Matrix;
import org.initlab.io.InputException;
import org.initlab.spec.ExperimentSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunFilesTest {
    @TempDir
    Path dir;

    @Test
    void aSavedRunReloadsToIdenticalParametersAndPredictions() throws IOException {
        RunResult r = Trainer.run(ExperimentSpec.builder().iterations(50).printEvery(10).build(), CourseData.circles());
        RunFiles.writeFolder(r, dir);
        MultiLayerNetwork back = RunFiles.loadModel(dir.resolve(RunFiles.MODEL));
        assertArrayEquals(r.network().params().toDoubleVector(), back.params().toDoubleVector(), 0.0);
        Matrix x = r.dataset().test().x();
        assertArrayEquals(NetworkPredictor.of(r.network()).output(x).data(), NetworkPredictor.of(back).output(x).data());
        String json = Files.readString(dir.resolve(RunFiles.RESULT));
        assertTrue(json.contains("\"costs\" : [ [ 0, 0.8830537463419761 ]"), json);
        assertEquals("iteration,cost", Files.readAllLines(dir.resolve(RunFiles.COSTS)).get(0));
        assertTrue(Files.exists(dir.resolve("manifest.json")));
    }

    @Test
    void aDamagedModelFileIsAClearError() throws IOException {
        RunResult r = Trainer.run(ExperimentSpec.builder().iterations(2).build(), CourseData.circles());
        RunFiles.writeFolder(r, dir);
        byte[] zip = Files.readAllBytes(dir.resolve(RunFiles.MODEL));
        Path truncated = Files.write(dir.resolve("truncated.zip"), Arrays.copyOf(zip, zip.length / 2));
        Path garbage = Files.writeString(dir.resolve("garbage.zip"), "not a model");
        Path empty = Files.write(dir.resolve("empty.zip"), new byte[0]);
        for (Path bad : new Path[] {truncated, garbage, empty, dir.resolve("missing.zip")}) {
            InputException e = assertThrows(InputException.class, () -> RunFiles.loadModel(bad));
            assertTrue(e.getMessage().startsWith(bad + ": "), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
    }

    @Test
    void aModelIsReadOnlyFromAFolderThatMatchesItsManifest() throws IOException {
        RunResult r = Trainer.run(ExperimentSpec.builder().iterations(2).build(), CourseData.circles());
        RunFiles.writeFolder(r, dir);
        assertArrayEquals(r.network().params().toDoubleVector(),
                RunFiles.loadModel(dir.resolve(RunFiles.MODEL)).params().toDoubleVector(), 0.0);
        Files.writeString(dir.resolve(RunFiles.COSTS), "iteration,cost\n0,0.5\n");
        InputException e = assertThrows(InputException.class, () -> RunFiles.loadModel(dir.resolve(RunFiles.MODEL)));
        assertEquals(dir.resolve(RunFiles.COSTS) + ": does not match manifest.json (its SHA-256 differs: changed or "
                + "damaged since InitLab wrote it)", e.getMessage());
    }

    @Test
    void aSecondWriterOfTheSameFolderIsRefused() {
        RunResult r = Trainer.run(ExperimentSpec.builder().iterations(2).build(), CourseData.circles());
        try (org.initlab.io.ResultFolder open = org.initlab.io.ResultFolder.open(dir, "dir")) {
            assertEquals(dir, open.target());
            InputException e = assertThrows(InputException.class, () -> RunFiles.writeFolder(r, dir));
            assertEquals("dir " + dir + ": in use by another InitLab run (pid " + ProcessHandle.current().pid() + ")",
                    e.getMessage());
        }
        RunFiles.writeFolder(r, dir);
        org.initlab.io.ResultFolder.verify(dir);
    }
}
