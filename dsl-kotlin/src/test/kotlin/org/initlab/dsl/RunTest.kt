package org.initlab.dsl

import com.fasterxml.jackson.databind.ObjectMapper
import io.kotest.core.spec.style.FunSpec
import io.kotest.engine.spec.tempdir
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.doubles.plusOrMinus
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith
import org.deeplearning4j.util.ModelSerializer
import org.initlab.dsl.plot.checkPicture
import org.initlab.experiment.Experiments
import org.initlab.train.Accuracy
import org.initlab.train.Trainer
import java.io.ByteArrayOutputStream
import java.io.PrintStream
import java.nio.file.Files
import kotlin.math.abs

class RunTest : FunSpec({

    /** E3's printed costs (SPEC.md), iterations 0, 1000, …, 14000. */
    val e3 = listOf(
        0.8830537463419761, 0.6879825919728063, 0.6751286264523371, 0.6526117768893807,
        0.6082958970572938, 0.5304944491717495, 0.4138645817071794, 0.3117803464844441,
        0.23696215330322562, 0.18597287209206836, 0.1501555628037182, 0.12325079292273548,
        0.09917746546525937, 0.0845705595402428, 0.07357895962677366,
    )

    val he by lazy {
        experiment("he", quiet = true) {
            data = circles()
            layers(2, 10, 5, 1)
            init = he(seed = 3)
            train(lr = 0.01, iterations = 15_000, printEvery = 1_000)
        }
    }

    test("the He experiment through the DSL gives the course's E3 costs and accuracies") {
        he.costIterations shouldBe (0L until 15_000L step 1_000L).toList()
        he.costs.size shouldBe e3.size
        for (i in e3.indices) {
            withClue("cost at ${i * 1000}") { (abs(he.costs[i] - e3[i]) / e3[i] <= 1e-12) shouldBe true }
        }
        he.trainAccuracy shouldBe (298.0 / 300)
        he.testAccuracy shouldBe 0.96
        he.testCorrectPerEpoch shouldBe emptyList()
    }

    test("a run through the DSL equals the Java core's run of the same specification, cost for cost") {
        for (engine in listOf(EngineKind.FAST, EngineKind.DL4J)) {
            val dsl = experiment("short", from = "he", quiet = true) {
                train(iterations = 300, printEvery = 50)
                this.engine = engine
            }
            val core = Trainer.run(Experiments.get("he").toBuilder().name("short").iterations(300).printEvery(50)
                .engine(engine).build())
            dsl.costTrace shouldContainExactly core.costs()
            dsl.trainAccuracy shouldBe core.trainAccuracy()
            dsl.testAccuracy shouldBe core.testAccuracy()
            dsl.engine shouldBe core.engine()
            dsl.network.params().toDoubleVector() shouldBe core.network().params().toDoubleVector()
        }
    }

    test("predictions are the network's, and the accuracies are the share of them that are right") {
        val train = he.dataset.train()
        val right = he.trainPredictions.indices.count { he.trainPredictions[it] == train.labels()[it] }
        right shouldBe 298
        he.testPredictions.size shouldBe 100
        Accuracy.of(he.output(train.x()), train.y()) shouldBe he.trainAccuracy
        he.predict(0.0, 0.0) shouldBe 1 // the inner circle
        he.predict(1.4, 1.4) shouldBe 0
    }

    test("the run prints the course's lines, numpy's numbers") {
        // What numpy_course.py's report prints after course_numpy.train(circles, [2, 10, 5, 1], "he", 0.01, 2001, 1000),
        // numpy 2.4.6 (core-java/src/test/resources/numpy/course_runs.json, e3_2001).
        val numpy = listOf(
            "Cost after iteration 0: 0.8830537463419761",
            "Cost after iteration 1000: 0.6879825919728063",
            "Cost after iteration 2000: 0.6751286264523371",
            "On the train set:",
            "Accuracy: 0.58",
            "On the test set:",
            "Accuracy: 0.62",
        )
        val bytes = ByteArrayOutputStream()
        val out = PrintStream(bytes, true, Charsets.UTF_8)
        runExperiment(experimentSpec(from = "he") { train(iterations = 2_001, printEvery = 1_000) }, out = out)
        val lines = bytes.toString(Charsets.UTF_8).lines().filter { it.isNotEmpty() }
        lines.size shouldBe numpy.size
        for (i in numpy.indices) {
            val expected = numpy[i]
            val cost = Regex("^Cost after iteration \\d+: ").find(expected)
            if (cost == null) {
                lines[i] shouldBe expected
            } else {
                lines[i] shouldStartWith cost.value
                val e = expected.substring(cost.value.length).toDouble()
                val a = lines[i].substring(cost.value.length).toDouble()
                withClue(lines[i]) { (abs(a - e) / e <= 1e-12) shouldBe true }
            }
        }
    }

    test("recordEvery adds unprinted points to costs; the printed lines and their costs stay the same") {
        val printedOnly = ByteArrayOutputStream()
        val plain = runExperiment(experimentSpec(from = "he") { train(iterations = 2_001, printEvery = 1_000) },
            out = PrintStream(printedOnly, true, Charsets.UTF_8))
        val withRecorded = ByteArrayOutputStream()
        val recorded = runExperiment(
            experimentSpec(from = "he") { train(iterations = 2_001, printEvery = 1_000, recordEvery = 250) },
            out = PrintStream(withRecorded, true, Charsets.UTF_8))
        withRecorded.toString(Charsets.UTF_8) shouldBe printedOnly.toString(Charsets.UTF_8)
        plain.costIterations shouldContainExactly listOf(0L, 1_000L, 2_000L)
        recorded.costIterations shouldContainExactly (0L..2_000L step 250).toList()
        recorded.costs.size shouldBe 9
        for (i in listOf(0L, 1_000L, 2_000L)) recorded.costAt(i) shouldBe plain.costAt(i)
        recorded.spec.recordEvery() shouldBe 250
        recorded.costSeries().x shouldContainExactly (0..2_000 step 250).map { it.toDouble() }
    }

    test("save writes the results, the model, the predictions, the pictures and a manifest naming them all") {
        val dir = tempdir().toPath().resolve("he")
        val saved = he.save(dir)
        saved.folder shouldBe dir
        saved.files shouldContainExactly listOf(
            "result.json", "costs.csv", "model.zip", "predictions.csv",
            "learning-curve.svg", "learning-curve.png", "decision-boundary.svg", "decision-boundary.png",
            "manifest.json",
        )
        for (f in saved.files) Files.exists(dir.resolve(f)) shouldBe true

        val json = ObjectMapper()
        val result = json.readTree(dir.resolve("result.json").toFile())
        result["costs"].size() shouldBe 15
        result["costs"][0][1].asDouble() shouldBe he.costs[0]
        result["train_accuracy"].asDouble() shouldBe he.trainAccuracy
        result["test_accuracy"].asDouble() shouldBe 0.96
        result["config"]["init"].asText() shouldBe "he"

        val manifest = json.readTree(saved.manifest.toFile())
        manifest["run"].asText() shouldBe "he"
        manifest["seed"].asLong() shouldBe 3L
        manifest["config"]["learning_rate"].asDouble() shouldBe 0.01
        manifest["versions"].fieldNames().asSequence().toList() shouldContainAll listOf("initlab", "dl4j", "java")
        manifest["date"].asText().isNotBlank() shouldBe true
        manifest["files"].map { it.asText() } shouldBe saved.files.dropLast(1)

        val predictions = Files.readAllLines(dir.resolve("predictions.csv"))
        predictions.first() shouldBe "split,index,label,prediction,output"
        predictions.size shouldBe 1 + 300 + 100

        val model = ModelSerializer.restoreMultiLayerNetwork(dir.resolve("model.zip").toFile(), false)
        model.params().toDoubleVector() shouldBe he.network.params().toDoubleVector()

        for (p in saved.pictures) checkPicture(p)
    }

    test("the pictures of a run are the learning curve and the decision boundary, with the course's titles") {
        he.learningCurveTitle shouldBe "Learning rate =0.01"
        he.decisionBoundaryTitle shouldBe "Model with He initialization"
        val pictures = he.writePictures(tempdir().toPath())
        pictures.map { it.png.fileName.toString() } shouldBe listOf("learning-curve.png", "decision-boundary.png")
        pictures.forEach { checkPicture(it) }
        Files.readString(pictures[1].svg).contains("Model with He initialization") shouldBe true
    }

    test("a mini-batch run reports and draws its test accuracy per epoch") {
        val run = experiment("epochs", quiet = true) {
            train(lr = 0.5, epochs = 3, batchSize = 30, printEvery = 0)
        }
        run.testCorrectPerEpoch.size shouldBe 3
        run.testAccuracyPerEpoch.last() shouldBe (run.testAccuracy plusOrMinus 0.0)
        run.costs shouldBe emptyList()
        val pictures = run.writePictures(tempdir().toPath())
        pictures.map { it.png.fileName.toString() } shouldBe listOf("decision-boundary.png", "accuracy.png")
        pictures.forEach { checkPicture(it) }
        val both = listOf(run, run).accuracyPlot(labels = listOf("a", "b"))
        checkPicture(org.initlab.dsl.plot.writePicture(both, tempdir().toPath(), "both"))
    }

    test("several runs' costs go into one picture, one line per run") {
        val short = experiment("short", from = "he", quiet = true) { train(iterations = 2_000, printEvery = 100) }
        val zeros = experiment("zeros", from = "zeros", quiet = true) { train(iterations = 2_000, printEvery = 100) }
        val files = org.initlab.dsl.plot.writePicture(listOf(short, zeros).learningCurvesPlot("two"),
            tempdir().toPath(), "two")
        checkPicture(files)
        val legend = Regex("<text class=\"legend-item\"[^>]*>\\s*([^<]*?)\\s*</text>")
            .findAll(Files.readString(files.svg)).map { it.groupValues[1] }.toList()
        legend shouldContainExactlyInAnyOrder listOf("short", "zeros")
    }

    test("cross-validation through the DSL is the core's") {
        val cv = crossValidate(folds = 3, quiet = true) { train(iterations = 200, printEvery = 0) }
        cv.folds().size shouldBe 3
        val core = org.initlab.train.CrossValidation.run(
            Experiments.get("he").toBuilder().name("experiment").iterations(200).printEvery(0).folds(3).build(),
            org.initlab.train.Progress.NONE)
        cv.mean() shouldBe core.mean()
        cv.folds() shouldBe core.folds()
    }
})

private inline fun <T> withClue(clue: String, block: () -> T): T = io.kotest.assertions.withClue(clue, block)
