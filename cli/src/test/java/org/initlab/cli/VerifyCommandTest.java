package org.initlab.cli;

import org.initlab.testing.CliRun;
import org.initlab.testing.CliRun.Outcome;
import org.initlab.train.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reading checks what it reads: {@code initlab verify} (as every reader of a result folder) refuses a folder whose
 * files do not match the SHA-256 its manifest names, in one line naming the file, with exit 2; and tells a
 * {@code --json} file from the manifest of another run.
 */
class VerifyCommandTest {
    private static final String CHANGED = " (its SHA-256 differs: changed or damaged since InitLab wrote it)";

    @TempDir
    Path tmp;

    @Test
    void aTamperedFolderIsRefusedNamingTheFile() throws IOException {
        Path cc = tmp.resolve("cc");
        assertEquals(0, CliRun.run("train", "--iterations", "300", "--out", cc.toString()).status());
        Outcome whole = CliRun.run("verify", cc.toString());
        assertEquals(0, whole.status(), whole.err());
        assertEquals(cc + ": whole, 3 files matching manifest.json\n", whole.out());

        Files.writeString(cc.resolve(RunFiles.COSTS), "1000000,0.0\n", java.nio.file.StandardOpenOption.APPEND);
        assertRefused("initlab: " + cc.resolve(RunFiles.COSTS) + ": does not match manifest.json" + CHANGED, cc);
        assertRefused("initlab: " + cc.resolve(RunFiles.COSTS) + ": does not match manifest.json" + CHANGED,
                cc.resolve(RunFiles.MODEL));

        Files.delete(cc.resolve(RunFiles.COSTS));
        assertRefused("initlab: " + cc.resolve(RunFiles.COSTS) + ": missing (manifest.json names it)", cc);

        assertRefused("initlab: " + tmp + ": not an InitLab result folder (no manifest.json)", tmp);
    }

    @Test
    void aJsonResultAndTheManifestOfAnotherRunAreToldApart() throws IOException {
        Path json = tmp.resolve("r.json");
        Path manifest = tmp.resolve("r.manifest.json");
        assertEquals(0, CliRun.run("train", "--iterations", "300", "--seed", "1", "--json", json.toString()).status());
        Path firstManifest = Files.copy(manifest, tmp.resolve("first.manifest"));
        assertEquals(0, CliRun.run("train", "--iterations", "300", "--seed", "2", "--json", json.toString()).status());
        Outcome pair = CliRun.run("verify", json.toString());
        assertEquals(0, pair.status(), pair.err());
        assertEquals(json + ": matches r.manifest.json\n", pair.out());

        Files.copy(firstManifest, manifest, StandardCopyOption.REPLACE_EXISTING);
        assertRefused("initlab: " + json + ": does not match r.manifest.json" + CHANGED, json);
    }

    @Test
    void theInitialParametersOfInitAreCheckedAgainstTheirManifest() throws IOException {
        Path json = tmp.resolve("params.json");
        assertEquals(0, CliRun.run("init", "--init", "he", "--json", json.toString()).status());
        assertEquals(json + ": matches params.manifest.json\n", CliRun.run("verify", json.toString()).out());
        Files.writeString(json, Files.readString(json).replace("[", "[ "));
        assertRefused("initlab: " + json + ": does not match params.manifest.json" + CHANGED, json);
    }

    private static void assertRefused(String line, Path path) {
        Outcome o = CliRun.run("verify", path.toString());
        assertEquals(2, o.status(), o.err());
        assertEquals(line + "\n", o.err());
        assertEquals("", o.out());
    }
}
