package org.initlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToRnnPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.RnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.initlab.testing.CliRun;
import org.initlab.testing.DamagedFiles;
import org.initlab.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code initlab doctor} on InitLab's specifications and on networks built with plain DL4J. */
class DoctorCommandTest {
    @TempDir
    Path dir;

    private static CliRun.Outcome doctor(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "doctor";
        all[1] = "--data-dir";
        all[2] = RealData.DIR.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.run(all);
    }

    private static void assertOneLine(CliRun.Outcome o, String start) {
        assertEquals(2, o.status(), o.err());
        List<String> lines = o.err().strip().lines().toList();
        assertEquals(1, lines.size(), o.err());
        assertTrue(lines.get(0).startsWith("initlab: " + start), lines.get(0));
    }

    /** A dense network the way a DL4J user writes it, with DL4J's own weight initializer. */
    private static MultiLayerConfiguration dl4jDense(WeightInit init) {
        return new NeuralNetConfiguration.Builder().seed(42).weightInit(init).updater(new Adam(1e-3)).list()
                .layer(new DenseLayer.Builder().nIn(2).nOut(16).activation(Activation.TANH).build())
                .layer(new DenseLayer.Builder().nIn(16).nOut(16).activation(Activation.TANH).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(16).nOut(1)
                        .activation(Activation.SIGMOID).build())
                .build();
    }

    /** LeNet's shape for MNIST fed flat, with DL4J's ReLU initializer. */
    private static MultiLayerConfiguration dl4jLeNet() {
        return new NeuralNetConfiguration.Builder().seed(7).weightInit(WeightInit.RELU).updater(new Sgd(0.05)).list()
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(6).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(12).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new DenseLayer.Builder().nOut(50).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10)
                        .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build())
                .setInputType(InputType.convolutionalFlat(28, 28, 1))
                .build();
    }

    private Path json(String name, MultiLayerConfiguration conf) throws IOException {
        return Files.writeString(dir.resolve(name), conf.toJson());
    }

    @Test
    void theHeExperimentHasNoInitializationFindingAndExitsZero() {
        CliRun.Outcome o = doctor("--steps", "5");
        assertEquals(0, o.status(), o.err());
        List<String> lines = o.out().lines().toList();
        assertEquals("initlab doctor: specification (layers [2, 10, 5, 1], relu, init he, seed 3) on circles (300 "
                + "training examples)", lines.get(0));
        assertEquals("network: dense 2→10 (relu), dense 10→5 (relu), output 5→1 (sigmoid); 91 parameters, DOUBLE",
                lines.get(1));
        assertEquals("initial loss 0.875 (CourseCrossEntropy, 256 examples); chance ln 2 = 0.693", lines.get(2));
        assertTrue(lines.contains("No initialization finding."), o.out());
    }

    @Test
    void zerosAreSymmetricAndExitOne() {
        CliRun.Outcome o = doctor("--init", "zeros", "--steps", "2");
        assertEquals(1, o.status(), o.err());
        assertTrue(o.out().contains("symmetric: layer 1 (dense, relu): all 10 units have identical incoming weights "
                + "(100%; threshold: more than 0%)\n"), o.out());
        assertEquals("", o.err());
    }

    @Test
    void learningRateFindingsAloneDoNotFail() {
        CliRun.Outcome o = doctor("--lr", "0.00001", "--steps", "4");
        assertEquals(0, o.status(), o.out());
        assertTrue(o.out().contains("update:data: layer 1 (dense, relu): "), o.out());
        assertTrue(o.out().contains(", below -4: at learning rate 1e-05 it learns too slowly"), o.out());
    }

    @Test
    void everyThresholdIsAnOption() {
        CliRun.Outcome strict = doctor("--max-dead", "0.1", "--steps", "2");
        assertEquals(1, strict.status());
        assertTrue(strict.out().contains("dead: layer 2 (dense, relu): 1 of 5 units (20%) are 0 on all 256 examples "
                + "(threshold: 10%)"), strict.out());
        assertOneLine(doctor("--max-dead", "2"), "--max-dead 2.0: must be a share from 0 up to (not including) 1");
        assertOneLine(doctor("--min-update-ratio", "-1"), "--max-update-ratio -2.0: must be a number above "
                + "--min-update-ratio -1.0");
        assertOneLine(doctor("--batch", "0"), "--batch 0: must be at least 1");
    }

    @Test
    void trainsOptionsOneDefinitionCatalogueInitializersLsuvAndDropout() {
        CliRun.Outcome lsuv = doctor("--init", "lsuv", "--layers", "2,20,20,20,1", "--steps", "2");
        assertEquals("", lsuv.err());
        assertTrue(lsuv.status() <= 1);
        assertTrue(lsuv.out().lines().findFirst().orElseThrow().contains(", init lsuv"), lsuv.out());
        CliRun.Outcome dropout = doctor("--dataset", "football", "--layers", "2,20,3,1", "--init", "xavier",
                "--keep-prob", "0.86", "--steps", "2");
        assertEquals("", dropout.err());
        assertTrue(dropout.out().contains("\nnote: dropout is off in the doctor's copies: "), dropout.out());
        CliRun.Outcome bad = doctor("--init", "no-such-initializer");
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("initlab: --init no-such-initializer"), bad.err());
    }

    @Test
    void aPlainDl4jConfigurationIsExaminedWithItsOwnWeightInit() throws IOException {
        Path xavier = json("xavier.json", dl4jDense(WeightInit.XAVIER));
        CliRun.Outcome o = doctor("--config", xavier.toString(), "--steps", "3");
        assertEquals(0, o.status(), o.out() + o.err());
        assertTrue(o.out().startsWith("initlab doctor: configuration " + xavier + " on circles (300 training "
                + "examples)\nnetwork: dense 2→16 (tanh), dense 16→16 (tanh), output 16→1 (sigmoid); 337 parameters, "
                + "FLOAT\n"), o.out());
        assertTrue(o.out().contains("note: the steps are plain SGD at the updater's learning rate, not the steps of "
                + "Adam (learning rate 0.001): "), o.out());
        assertTrue(o.out().contains("chance ln 2 = 0.693"), o.out());

        CliRun.Outcome zeros = doctor("--config", json("zero.json", dl4jDense(WeightInit.ZERO)).toString(),
                "--steps", "2");
        assertEquals(1, zeros.status());
        assertTrue(zeros.out().contains("symmetric: layer 1 (dense, tanh): all 16 units have identical incoming "
                + "weights"), zeros.out());
    }

    @Test
    void aConvolutionalNetworkThroughConfigAndThroughAModelZipOfModelSerializer() throws IOException {
        Path config = json("lenet.json", dl4jLeNet());
        CliRun.Outcome fromConfig = doctor("--config", config.toString(), "--dataset", "mnist", "--batch", "64",
                "--steps", "2");
        assertTrue(fromConfig.status() == 0 || fromConfig.status() == 1, fromConfig.err());
        assertEquals("", fromConfig.err());
        assertTrue(fromConfig.out().contains("network: convolution 1→6 (relu), pooling, convolution 6→12 (relu), "
                + "pooling, dense 192→50 (relu), output 50→10 (softmax)"), fromConfig.out());
        assertTrue(fromConfig.out().contains("chance ln 10 = 2.30"), fromConfig.out());

        MultiLayerNetwork net = new MultiLayerNetwork(dl4jLeNet());
        net.init();
        Path zip = dir.resolve("lenet.zip");
        ModelSerializer.writeModel(net, zip.toFile(), true);
        String before = RealData.sha256(zip);
        CliRun.Outcome fromModel = doctor("--model", zip.toString(), "--dataset", "mnist", "--batch", "64",
                "--steps", "2");
        assertEquals("", fromModel.err());
        assertEquals(fromConfig.status(), fromModel.status());
        assertEquals(fromConfig.out().lines().skip(1).toList(), fromModel.out().lines().skip(1).toList(),
                "the same network, read from its configuration (same seed) or from its zip");
        assertEquals(before, RealData.sha256(zip), "the model file is only read");
    }

    @Test
    void aLayerTheDoctorDoesNotReadIsNamedAndSkipped() throws IOException {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(3).weightInit(WeightInit.XAVIER)
                .updater(new Sgd(0.1)).list()
                .layer(0, new DenseLayer.Builder().nIn(2).nOut(6).activation(Activation.TANH).build())
                .layer(1, new LSTM.Builder().nIn(6).nOut(5).activation(Activation.TANH).build())
                .layer(2, new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(5).nOut(1)
                        .activation(Activation.SIGMOID).build())
                .inputPreProcessor(1, new FeedForwardToRnnPreProcessor())
                .inputPreProcessor(2, new RnnToFeedForwardPreProcessor())
                .build();
        CliRun.Outcome o = doctor("--config", json("lstm.json", conf).toString(), "--steps", "2");
        assertTrue(o.status() <= 1, o.err());
        assertTrue(o.out().contains("\nlayer 2 (LSTM): not examined, a recurrent layer: its activations carry a time "
                + "axis; skipped\n"), o.out());
        assertTrue(o.out().contains("\n    1  dense "), o.out());
        assertTrue(o.out().contains("\n    3  output "), o.out());
    }

    @Test
    void examplesFromACsvFile() throws IOException {
        Path csv = Files.writeString(dir.resolve("xor.csv"), "x0,x1,label\n1,1,0\n1,-1,1\n-1,1,1\n-1,-1,0\n");
        CliRun.Outcome o = doctor("--csv", csv.toString(), "--steps", "2");
        assertTrue(o.status() <= 1, o.err());
        assertTrue(o.out().startsWith("initlab doctor: specification (layers [2, 10, 5, 1], relu, init he, seed 3) on "
                + "csv " + csv + " (4 examples)\n"), o.out());
    }

    @Test
    void eachBadInputIsOneLineAndExitTwo() throws IOException {
        Path conf = json("dense.json", dl4jDense(WeightInit.XAVIER));
        MultiLayerNetwork net = new MultiLayerNetwork(dl4jDense(WeightInit.XAVIER));
        net.init();
        Path zip = dir.resolve("model.zip");
        ModelSerializer.writeModel(net, zip.toFile(), false);

        Path damaged = DamagedFiles.write(dir.resolve("damaged.zip"), DamagedFiles.head(zip, 600));
        assertOneLine(doctor("--model", damaged.toString()), damaged + ": not a readable DL4J model");

        Path foreign = dir.resolve("foreign.zip");
        try (OutputStream file = Files.newOutputStream(foreign); ZipOutputStream z = new ZipOutputStream(file)) {
            z.putNextEntry(new ZipEntry("notes.txt"));
            z.write("not a model".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertOneLine(doctor("--model", foreign.toString()), foreign + ": not a readable DL4J model");

        Path notDl4j = Files.writeString(dir.resolve("result.json"), "{\"costs\": [[0, 0.69]], \"train_accuracy\": 1}");
        assertOneLine(doctor("--config", notDl4j.toString()), notDl4j + ": not a DL4J MultiLayerConfiguration (no "
                + "layers in \"confs\")");

        Path wide = Files.writeString(dir.resolve("wide.csv"), "1,2,3,0\n4,5,6,1\n");
        assertOneLine(doctor("--config", conf.toString(), "--csv", wide.toString()),
                wide + ": 4 columns (3 features and a label), but the network takes 2 inputs (3 columns)");

        assertOneLine(doctor("--model", zip.toString(), "--layers", "2,4,1"),
                "--layers: describes an InitLab network, not one given by --model");
        assertOneLine(doctor("--model", zip.toString(), "--config", conf.toString()),
                "--model and --config: give one network, not two");
        assertOneLine(doctor("--config", conf.toString(), "--dataset", "mnist"),
                "mnist: 784 features per example, but the network takes 2 inputs");
        assertOneLine(doctor("--model", dir.resolve("absent.zip").toString()), dir.resolve("absent.zip")
                + ": no such model file");
    }

    @Test
    void outWritesTheReportItsPicturesAndAManifest() throws IOException {
        Path out = dir.resolve("doctor");
        CliRun.Outcome o = doctor("--init", "random", "--steps", "3", "--out", out.toString());
        assertEquals(1, o.status(), o.err());
        assertEquals("Report written to " + out + ": report.json, activations.svg, activations.png, "
                + "activation-gradients.svg, activation-gradients.png, update-ratios.svg, update-ratios.png, "
                + "manifest.json", o.err().strip());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals("inf", report.get("loss").get("initial").asText());
        assertFalse(report.get("healthy").asBoolean());
        assertEquals(3, report.get("layers").size());
        assertEquals("saturated", report.get("findings").get(1).get("kind").asText());
        assertEquals(3, report.get("doctor").get("seed").asInt());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("doctor", manifest.get("run").asText());
        assertTrue(manifest.get("native_math").has("log"));
        assertEquals(7, manifest.get("files").size());
        for (String picture : List.of("activations", "activation-gradients", "update-ratios")) {
            assertTrue(Files.size(out.resolve(picture + ".png")) > 1000, picture);
            assertTrue(Files.readString(out.resolve(picture + ".svg")).contains("<svg"), picture);
        }

        Path json = dir.resolve("r/he.json");
        Files.createDirectories(json.getParent());
        assertEquals(0, doctor("--steps", "2", "--json", json.toString()).status());
        assertTrue(Files.isRegularFile(dir.resolve("r/he.manifest.json")));
        assertOneLine(doctor("--no-pictures"), "--no-pictures: pictures are written only with --out");
    }

    @Test
    void theCoursesCasesDiagnosedAsTheCourseTeachesWithTheirReportsAndPictures() throws IOException {
        Path json = dir.resolve("course.json");
        Path out = dir.resolve("course");
        CliRun.Outcome o = CliRun.run("experiment", "doctor", "--data-dir", RealData.DIR.toString(),
                "--json", json.toString(), "--out", out.toString());
        assertEquals(0, o.status(), o.err());
        assertEquals("experiment doctor", org.initlab.io.Manifest.verifyBeside(json).get("run").asText());
        JsonNode manifest = org.initlab.io.ResultFolder.verify(out);
        assertEquals("experiment doctor", manifest.get("run").asText());
        assertEquals(Files.readString(json), Files.readString(out.resolve("result.json")),
                "the folder holds the report of every case, as --json does");
        for (String c : List.of("zeros", "random", "he", "sigmoid-std-1", "sigmoid-std-0.01", "sigmoid-xavier",
                "relu-std-0.01", "relu-xavier", "relu-he", "tanh-xavier")) {
            for (String picture : List.of("activations", "activation-gradients")) {
                assertTrue(Files.readString(out.resolve(c + "/" + picture + ".svg")).contains("<svg"), c);
                assertTrue(Files.size(out.resolve(c + "/" + picture + ".png")) > 1000, c);
            }
        }
        assertTrue(manifest.get(org.initlab.io.Manifest.SHA256).has("relu-he/update-ratios.png"));
        assertFalse(Files.exists(out.resolve("zeros/update-ratios.png")), "zeros has no update:data to draw");
        List<String> verdicts = o.out().lines().filter(l -> l.startsWith("  verdict: ")).toList();
        assertEquals(10, verdicts.size(), o.out());
        assertTrue(verdicts.stream().allMatch(l -> l.contains("; as the course expects (")), o.out());
        assertTrue(o.out().startsWith("zeros: E1, zeros (circles, layers [2, 10, 5, 1], zeros, seed 3)\n"), o.out());
        assertOneLine(CliRun.run("experiment", "doctor", "--seed", "1"), "--seed 1: the doctor experiment diagnoses");
        JsonNode cases = new ObjectMapper().readTree(json.toFile()).get("cases");
        assertEquals(10, cases.size());
        assertEquals("relu/std-0.01", cases.get(6).get("name").asText());
        assertEquals("vanishing", cases.get(6).get("report").get("findings").get(0).get("kind").asText());
    }
}
