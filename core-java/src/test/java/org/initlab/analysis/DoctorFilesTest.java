package org.initlab.analysis;

import org.deeplearning4j.nn.weights.WeightInit;
import org.initlab.io.AtomicFiles;
import org.initlab.io.InputException;
import org.initlab.io.Json;
import org.initlab.io.Manifest;
import org.initlab.io.ResultFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A doctor's report on file: its folder is a {@link ResultFolder} (whole, its manifest naming every file's SHA-256, a
 * rerun replacing the previous report and pictures), its JSON file has a manifest naming its hash, and reading either
 * back checks it: a report, or a file of its folder, changed since it was written is refused in one line naming it.
 */
class DoctorFilesTest {
    private static final Map<String, Object> SUBJECT = Map.of("network_source", "test");

    private static DoctorReport tanh;
    private static DoctorReport zeros;

    @TempDir
    Path dir;

    @BeforeAll
    static void examine() {
        Doctor.Options steps = Doctor.Options.defaults().withSteps(3);
        tanh = Doctor.examine(DoctorNets.denseNet(WeightInit.XAVIER, Activation.TANH, 8, 3, 6, 4, 1),
                DoctorNets.data(8, 20, 3, 1), steps);
        zeros = Doctor.examine(DoctorNets.denseNet(WeightInit.ZERO, Activation.TANH, 8, 3, 6, 4, 1),
                DoctorNets.data(8, 20, 3, 1), steps);
    }

    /** Pictures that are files named {@code names}, each holding the report's verdict. */
    private static DoctorFiles.Pictures pictures(DoctorReport report, String... names) {
        return folder -> {
            for (String n : names) {
                AtomicFiles.writeString(folder.resolve(n), report.verdict());
            }
            return List.of(names);
        };
    }

    @Test
    void aFolderIsWholeAndARerunLeavesOnlyTheNewReportsFiles() throws IOException {
        Path doc = dir.resolve("doc");
        assertEquals(List.of("report.json", "a.svg", "b.svg", "manifest.json"),
                DoctorFiles.writeFolder(tanh, SUBJECT, doc, pictures(tanh, "a.svg", "b.svg")));
        List<String> named = new java.util.ArrayList<>();
        ResultFolder.verify(doc).get("files").forEach(f -> named.add(f.asText()));
        assertEquals(List.of("report.json", "a.svg", "b.svg"), named);

        assertEquals(List.of("report.json", "a.svg", "manifest.json"),
                DoctorFiles.writeFolder(zeros, SUBJECT, doc, pictures(zeros, "a.svg")));
        assertEquals(List.of("a.svg", "manifest.json", "report.json"), names(doc), "b.svg of the earlier run is gone");
        assertEquals(zeros.verdict(), Files.readString(doc.resolve("a.svg")));
        assertEquals(Json.write(zeros.toMap()), Json.write(DoctorFiles.read(doc.resolve("report.json")).toMap()));
        assertEquals(List.of("doc"), names(dir), "no lock or hidden folder beside it");
    }

    @Test
    void aFolderChangedSinceItWasWrittenIsRefusedOnReadingNamingTheFile() throws IOException {
        Path doc = dir.resolve("doc");
        DoctorFiles.writeFolder(tanh, SUBJECT, doc, pictures(tanh, "a.svg"));
        Path report = doc.resolve(DoctorFiles.REPORT);
        String written = Files.readString(report);

        Files.writeString(report, written + "\n");
        InputException changed = assertThrows(InputException.class, () -> DoctorFiles.read(report));
        assertEquals(report + ": does not match manifest.json (its SHA-256 differs: changed or damaged since InitLab "
                + "wrote it)", changed.getMessage());

        Files.writeString(report, written);
        Files.writeString(doc.resolve("a.svg"), "<svg>not the doctor's</svg>");
        InputException picture = assertThrows(InputException.class, () -> DoctorFiles.read(report));
        assertEquals(doc.resolve("a.svg") + ": does not match manifest.json (its SHA-256 differs: changed or damaged "
                + "since InitLab wrote it)", picture.getMessage(), "the whole folder is checked");

        Files.delete(doc.resolve("a.svg"));
        assertEquals(doc.resolve("a.svg") + ": missing (manifest.json names it)",
                assertThrows(InputException.class, () -> DoctorFiles.read(report)).getMessage());

        Path alone = Files.copy(report, dir.resolve("copied.json"));
        assertEquals(Json.write(tanh.toMap()), Json.write(DoctorFiles.read(alone).toMap()),
                "a report without a manifest, moved out of its folder, is read as it is");
    }

    @Test
    void aJsonReportNamesItsHashAndAChangedOneIsRefused() throws IOException {
        Path json = DoctorFiles.writeJson(zeros, SUBJECT, dir.resolve("zeros.json"));
        assertEquals(Manifest.sha256(json), Manifest.verifyBeside(json).get(Manifest.SHA256).get("zeros.json").asText());
        assertEquals("doctor", Json.read(Manifest.besides(json)).get("run").asText());
        assertEquals(Json.write(zeros.toMap()), Json.write(DoctorFiles.read(json).toMap()));

        Files.writeString(json, Files.readString(json) + " ");
        assertEquals(json + ": does not match zeros.manifest.json (its SHA-256 differs: changed or damaged since "
                + "InitLab wrote it)", assertThrows(InputException.class, () -> DoctorFiles.read(json)).getMessage());

        DoctorFiles.writeJson(tanh, SUBJECT, dir.resolve("other.json"));
        Files.copy(Manifest.besides(dir.resolve("other.json")), Manifest.besides(json),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(json + ": zeros.manifest.json is not its manifest (it does not name it)",
                assertThrows(InputException.class, () -> DoctorFiles.read(json)).getMessage());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
