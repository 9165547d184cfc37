package org.initlab.dsl

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import org.deeplearning4j.nn.weights.WeightInitNormal
import org.initlab.experiment.Experiments
import org.initlab.init.Initializers
import org.initlab.spec.InitSpec
import java.nio.file.Path

class ExperimentSpecTest : FunSpec({

    test("the He experiment written as the course calls it is the catalog's E3") {
        experimentSpec("he") {
            data = circles()
            layers(2, 10, 5, 1)
            init = he(seed = 3)
            train(lr = 0.01, iterations = 15_000, printEvery = 1_000)
        } shouldBe Experiments.get("he")
    }

    test("zeros and large random initialization build the catalog's E1 and E2") {
        experimentSpec("zeros") {
            data = circles(); layers(2, 10, 5, 1); init = zeros()
            train(lr = 0.01, iterations = 15_000, printEvery = 1_000)
        } shouldBe Experiments.get("zeros")
        experimentSpec("random") {
            data = circles(); layers(2, 10, 5, 1); init = random(seed = 3)
            train(lr = 0.01, iterations = 15_000, printEvery = 1_000)
        } shouldBe Experiments.get("random")
    }

    test("the regularization experiments build the catalog's E6 and E7") {
        val noreg = experimentSpec("noreg") {
            data = football()
            layers(2, 20, 3, 1)
            init = xavier(seed = 3)
            train(lr = 0.3, iterations = 30_000, printEvery = 10_000)
        }
        noreg shouldBe Experiments.get("noreg")
        experimentSpec("l2") {
            data = football(); layers(2, 20, 3, 1); init = xavier(seed = 3)
            train(lr = 0.3, iterations = 30_000, printEvery = 10_000)
            l2(lambda = 0.7)
        } shouldBe Experiments.get("l2")
        experimentSpec("dropout") {
            data = football(); layers(2, 20, 3, 1); init = xavier(seed = 3)
            train(lr = 0.3, iterations = 30_000, printEvery = 10_000)
            dropout(keepProb = 0.86, mode = DropoutMode.FAITHFUL)
        } shouldBe Experiments.get("dropout")
    }

    test("the deep network and both MNIST arms build the catalog's E9 and E5") {
        experimentSpec("deep-cat") {
            data = cat(); layers(12288, 20, 7, 5, 1); init = xavier(seed = 1)
            train(lr = 0.0075, iterations = 2_500, printEvery = 100)
        } shouldBe Experiments.get("deep-cat")
        for ((arm, initializer) in listOf("mnist-large" to large(seed = 0), "mnist-scaled" to nielsen(seed = 0))) {
            experimentSpec(arm) {
                data = mnist()
                layers(784, 30, 10)
                hidden = Activation.SIGMOID
                cost = Cost.QUADRATIC
                init = initializer
                train(lr = 3.0, epochs = 30, batchSize = 10, printEvery = 0)
            } shouldBe Experiments.get(arm)
        }
    }

    test("every catalog experiment, taken as the base, comes back unchanged") {
        for (name in Experiments.names()) {
            experimentSpec(from = name) shouldBe Experiments.get(name)
        }
    }

    test("an empty block is the He experiment under the default name") {
        experimentSpec() shouldBe Experiments.get("he").toBuilder().name("experiment").build()
    }

    test("a base experiment keeps what the block does not change") {
        val spec = experimentSpec("l2-strong", from = "l2") { lambda = 2.0 }
        spec shouldBe Experiments.get("l2").toBuilder().name("l2-strong").lambda(2.0).build()
    }

    test("every hyper-parameter of the course reaches the specification") {
        val dir = Path.of("some", "data")
        val spec = experimentSpec("all") {
            data = football(dir)
            layers(listOf(2, 7, 1))
            hidden = Activation.TANH
            output = Output.SIGMOID
            cost = Cost.QUADRATIC
            init = normal(sigma = 0.01)
            seed = 42
            train(lr = 0.05, epochs = 4, batchSize = 16, printEvery = 7)
            l2(0.1)
            dropout(0.9, mode = DropoutMode.FRESH)
            trainSize = 100
            folds = 3
            engine = EngineKind.DL4J
        }
        spec shouldBe org.initlab.spec.ExperimentSpec.builder()
            .name("all").dataset("football").dataDir(dir).layers(2, 7, 1)
            .hidden(Activation.TANH).output(Output.SIGMOID).cost(Cost.QUADRATIC)
            .init(InitSpec.Course(org.initlab.spec.InitScheme.NORMAL, 0.01)).seed(42)
            .learningRate(0.05).epochs(4, 16).printEvery(7).lambda(0.1).keepProb(0.9)
            .dropoutMode(DropoutMode.FRESH).trainSize(100).folds(3).engine(EngineKind.DL4J)
            .build()
    }

    test("an initializer's seed sets the experiment's seed, whatever the order of the statements") {
        experimentSpec { init = he(seed = 7) }.seed() shouldBe 7L
        experimentSpec { seed = 9; init = xavier() }.seed() shouldBe 9L
        experimentSpec { init = xavier(); seed = 9 }.seed() shouldBe 9L
        experimentSpec { seed = 7; init = he(seed = 7) }.seed() shouldBe 7L
        for (block in listOf<ExperimentBuilder.() -> Unit>({ init = he(seed = 7); seed = 9 }, { seed = 9; init = he(seed = 7) })) {
            shouldThrow<InputException> { experimentSpec(block = block) }.message shouldBe
                "seed 9: the initializer he asks for seed 7; give the seed once"
        }
    }

    test("the schedule is the same whatever the order of the statements") {
        val orders = listOf<ExperimentBuilder.() -> Unit>(
            { iterations = 10; batchSize = 0; printEvery = 5 },
            { printEvery = 5; batchSize = 0; iterations = 10 },
            { batchSize = 0; iterations = 10; printEvery = 5 },
        )
        orders.map { experimentSpec(from = "mnist-scaled", block = it) }.toSet().size shouldBe 1
        val miniBatches = listOf<ExperimentBuilder.() -> Unit>({ epochs = 3; batchSize = 32 }, { batchSize = 32; epochs = 3 })
        miniBatches.map { experimentSpec(block = it) }.toSet().size shouldBe 1
        shouldThrow<InputException> { experimentSpec { epochs = 2; iterations = 10 } }.message shouldBe
            "epochs 2: iterations 10 given too; give one of them"
    }

    test("iterations switch mini-batch epochs off and epochs switch them on") {
        val epochs = experimentSpec(from = "mnist-scaled") { iterations = 10 }
        epochs.usesEpochs() shouldBe false
        epochs.iterations() shouldBe 10
        epochs.batchSize() shouldBe 0
        val back = experimentSpec { train(epochs = 3, batchSize = 32) }
        back.epochs() shouldBe 3
        back.batchSize() shouldBe 32
    }

    test("initializers by name are the command line's") {
        initializer("normal:0.01").spec shouldBe Initializers.parse("normal:0.01")
        initializer("he", seed = 1) shouldBe he(seed = 1)
        he().name shouldBe "he"
        normal(0.5).name shouldBe "normal:0.5"
    }

    test("a Java initializer becomes a custom initializer named after its class") {
        val init = custom(WeightInitNormal())
        init.name shouldBe "WeightInitNormal"
        val spec = experimentSpec { this.init = custom(WeightInitNormal(), "lecun", seed = 5) }
        spec.init().shouldBeInstanceOf<InitSpec.Custom>().name() shouldBe "lecun"
        spec.init().shouldBeInstanceOf<InitSpec.Custom>().weightInit() shouldBe WeightInitNormal()
        spec.seed() shouldBe 5L
        spec.describe()["init"] shouldBe "lecun"
    }

    test("data in memory keeps its name and a named data set its folder") {
        val d = circles().loaded()
        d.shouldBeInstanceOf<Data.InMemory>()
        experimentSpec { data = d }.dataset() shouldBe "circles"
        experimentSpec { data = mnist(Path.of("x")) }.dataDir() shouldBe Path.of("x")
    }

    test("data from plain arrays has one 0/1 column for two classes and one-hot columns for more") {
        val two = dataset("two", arrayOf(doubleArrayOf(0.0, 1.0), doubleArrayOf(2.0, 3.0)), intArrayOf(0, 1),
            arrayOf(doubleArrayOf(4.0, 5.0)), intArrayOf(1)).load()
        two.features() shouldBe 2
        two.outputs() shouldBe 1
        two.train().labels().toList() shouldBe listOf(0, 1)
        val three = dataset("three", arrayOf(doubleArrayOf(0.0), doubleArrayOf(1.0)), intArrayOf(0, 2),
            arrayOf(doubleArrayOf(2.0)), intArrayOf(1)).load()
        three.outputs() shouldBe 3
        three.train().labels().toList() shouldBe listOf(0, 2)
        three.test().labels().toList() shouldBe listOf(1)
        shouldThrow<IllegalArgumentException> {
            dataset("bad", arrayOf(doubleArrayOf(0.0)), intArrayOf(0, 1), arrayOf(), intArrayOf())
        }
    }

    test("the course's picture limits come with the data set") {
        courseLimits(circles().load()) shouldBe org.initlab.dsl.plot.AxisLimits.CIRCLES
        val own = dataset("own", arrayOf(doubleArrayOf(0.0, -1.0), doubleArrayOf(2.0, 3.0)), intArrayOf(0, 1),
            arrayOf(doubleArrayOf(0.0, 0.0)), intArrayOf(0)).load()
        courseLimits(own) shouldBe org.initlab.dsl.plot.AxisLimits(-1.0, 3.0, -2.0, 4.0)
    }
})
