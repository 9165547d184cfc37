package org.initlab.dsl.internal

import org.deeplearning4j.util.ModelSerializer
import org.initlab.data.Matrix
import org.initlab.dsl.plot.AxisLimits
import org.initlab.dsl.plot.BatchClassifier
import org.initlab.dsl.plot.decisionBoundary
import org.initlab.dsl.plot.internal.rasterizeSvg
import org.initlab.dsl.plot.internal.svgOf
import org.initlab.dsl.plot.learningCurve
import org.initlab.init.InitialValues
import org.initlab.net.CourseNetworks
import org.initlab.spec.EngineKind
import org.initlab.spec.ExperimentSpec
import org.initlab.train.NetworkPredictor
import java.io.OutputStream
import java.util.concurrent.atomic.AtomicBoolean

/**
 * Starts, on a second core while the fast engine trains on the first, what saving a run starts for the first time:
 * ND4J and DL4J (a network of the run's specification is built, written to nowhere and asked for one output), then
 * lets-plot, Batik and the PNG writer (a small learning curve and decision boundary drawn to nowhere). It writes
 * nothing and prints nothing, and touches no state that the run's numbers depend on: the network draws its weights
 * from its own numpy stream (a course initializer, [InitialValues]), and ND4J's generator is one per thread.
 *
 * Once per JVM, only when the JVM has two processors or more, when the training itself does not start ND4J (the fast
 * engine from a course initializer), and unless the system property `initlab.warmup` is `false`. The experiment
 * returns only when the warm-up is over ([Background.await]), so that the script's own code never starts those
 * libraries at the same time as it; when it could not start one (ND4J's native code missing), saving the run fails
 * with that error ([rethrowNetworkFailure]), as it would have without the warm-up.
 */
internal object SaveWarmup {
    private val started = AtomicBoolean()
    @Volatile private var networkFailure: Throwable? = null
    @Volatile private var picturesStarted = false

    /** Whether lets-plot, Batik and the PNG writer were started by a warm-up, so that two pictures may be drawn at once. */
    val picturesReady: Boolean get() = picturesStarted

    /**
     * Starts the warm-up for a run of [spec] on [examples] training examples, when it applies; null when not. Its
     * [Background.await] waits for its end and never throws: what it could not start is kept for
     * [rethrowNetworkFailure].
     */
    fun start(spec: ExperimentSpec, examples: Int): Background<Unit>? {
        if (spec.engine() == EngineKind.DL4J || !InitialValues.available(spec)) return null
        if (Runtime.getRuntime().availableProcessors() < 2 || System.getProperty("initlab.warmup") == "false") return null
        if (!started.compareAndSet(false, true)) return null
        return Background("initlab-warmup") {
            runCatching { warmNetwork(spec, examples) }
                .onSuccess { picturesStarted = runCatching { warmPictures() }.isSuccess }
                .onFailure { networkFailure = it }
        }
    }

    /**
     * Rethrows a failure of the warm-up to start ND4J or DL4J that the caller would otherwise see only as `Could not
     * initialize class …`: a class that could not be initialized or linked.
     */
    fun rethrowNetworkFailure() {
        val e = networkFailure
        if (e is LinkageError) throw e
    }

    private fun warmNetwork(spec: ExperimentSpec, examples: Int) {
        val net = CourseNetworks.build(spec, examples)
        ModelSerializer.writeModel(net, OutputStream.nullOutputStream(), false)
        val inputs = spec.layers()[0]
        NetworkPredictor.of(net).output(Matrix(1, inputs, DoubleArray(inputs)))
    }

    private fun warmPictures() {
        val curve = learningCurve(listOf(1.0, 0.5, 0.25), listOf(0, 1, 2), title = "warm-up")
        val boundary = decisionBoundary(
            x = doubleArrayOf(-1.0, 1.0), y = doubleArrayOf(-1.0, 1.0), labels = intArrayOf(0, 1),
            limits = AxisLimits.CIRCLES, resolution = 4, title = "warm-up",
            classifier = BatchClassifier { xs, _ -> IntArray(xs.size) { if (it % 4 < 2) 0 else 1 } },
        )
        for (plot in listOf(curve, boundary)) {
            rasterizeSvg(svgOf(plot), "file:/warm-up.svg", 0.25, OutputStream.nullOutputStream())
        }
    }
}
