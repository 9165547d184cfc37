package org.initlab.dsl

import org.deeplearning4j.nn.weights.IWeightInit
import org.initlab.spec.InitScheme
import org.initlab.spec.InitSpec

/**
 * A weight initializer for [ExperimentBuilder.init], optionally with the seed of the run's numpy stream
 * (`np.random.seed(seed)`, drawn once before the first layer). Without a seed the experiment's
 * [ExperimentBuilder.seed] applies.
 *
 * Build one with the course's [he], [xavier], [zeros], [random], [normal], [nielsen], [large]; with the catalogue
 * of PyTorch, Keras and JAX ([varianceScaling], [heUniform], [kaimingNormal], [orthogonal], [lsuv], … in
 * `CatalogInitializers.kt`); by name with [initializer]; or, for any DL4J [IWeightInit] of your own, [custom].
 *
 * @property spec the core's description of the initializer.
 * @property seed the seed it asks for, or `null` to keep the experiment's.
 */
public data class Initializer(val spec: InitSpec, val seed: Long? = null) {
    /** A short name, as printed and written to manifests: `he`, `normal:0.01`, or a custom initializer's name. */
    val name: String get() = spec.describe()

    override fun toString(): String = if (seed == null) name else "$name(seed = $seed)"
}

private fun course(scheme: InitScheme, seed: Long?) = Initializer(InitSpec.of(scheme), seed)

/** He et al. (2015), the course's `he`: `W = randn(n_l, n_{l-1}) · sqrt(2 / n_{l-1})`, biases 0. */
public fun he(seed: Long? = null): Initializer = course(InitScheme.HE, seed)

/** The course's "1/sqrt(n_in)" (Xavier): `W = randn(n_l, n_{l-1}) / sqrt(n_{l-1})`, biases 0. */
public fun xavier(seed: Long? = null): Initializer = course(InitScheme.XAVIER, seed)

/** All weights 0 (E1): every unit of a layer learns the same thing. */
public fun zeros(): Initializer = course(InitScheme.ZEROS, null)

/** The course's "large random" (E2): `W = randn(n_l, n_{l-1}) · 10`, biases 0. */
public fun random(seed: Long? = null): Initializer = course(InitScheme.RANDOM, seed)

/** `W = randn(n_l, n_{l-1}) · sigma`, biases 0 (for example the course's `N(0, 0.01)` with `sigma = 0.01`). */
public fun normal(sigma: Double, seed: Long? = null): Initializer = Initializer(InitSpec.Course(InitScheme.NORMAL, sigma), seed)

/** Nielsen ch. 3 (E5, "scaled"): weights `randn / sqrt(n_in)`, biases `randn`. */
public fun nielsen(seed: Long? = null): Initializer = course(InitScheme.NIELSEN, seed)

/** Nielsen ch. 1 (E5, "large"): weights and biases `randn`. */
public fun large(seed: Long? = null): Initializer = course(InitScheme.LARGE, seed)

/**
 * Your own DL4J initializer, written in Java or Kotlin, for every layer's weights (biases 0).
 *
 * DL4J calls [IWeightInit.init] once per layer, in layer order, with the layer's fan-in and fan-out and its
 * `[nIn, nOut]` weight view to fill. Draw from `Nd4j.getRandom()` (or `Nd4j.randn(view)`), which DL4J seeds with
 * the experiment's seed at `net.init()`, and the run is reproducible. The initializer is written into the saved
 * model's configuration (JSON), so give it a no-argument constructor or bean properties, and `equals`/`hashCode`.
 *
 * @param weightInit the initializer.
 * @param name how it is shown in output and manifests; by default its class's simple name.
 * @param seed the experiment's seed (DL4J's `Nd4j.getRandom()` seed at `net.init()`), or `null` to keep it.
 */
public fun custom(weightInit: IWeightInit, name: String = weightInit.javaClass.simpleName, seed: Long? = null): Initializer =
    Initializer(InitSpec.Custom(weightInit, name), seed)

/**
 * An initializer by the name `initlab --init` takes: the course's (`zeros`, `random`, `he`, `xavier`,
 * `normal:SIGMA`, `nielsen`, `large`) or the catalogue's, `NAME` or `NAME:key=value,…` (`he-uniform`,
 * `orthogonal:gain=1.4142135623730951`, `lsuv:tol=0.01`).
 *
 * @throws InputException naming [name] and what is wrong with it (`initializer("orthogonal:gian=2"): orthogonal has
 *   no key 'gian' (its key: gain)`).
 */
public fun initializer(name: String, seed: Long? = null): Initializer = try {
    Initializer(org.initlab.init.Initializers.parse(name), seed)
} catch (e: org.initlab.init.InitSpecException) {
    throw InputException("initializer(\"${e.text()}\"): ${e.problem()}", e)
}
