package org.initlab.dsl

import org.initlab.init.Constant
import org.initlab.init.DeltaOrthogonal
import org.initlab.init.Dirac
import org.initlab.init.Gain
import org.initlab.init.GlorotNormal
import org.initlab.init.GlorotUniform
import org.initlab.init.HeNormal
import org.initlab.init.HeUniform
import org.initlab.init.Identity
import org.initlab.init.InitSpecException
import org.initlab.init.KaimingNormal
import org.initlab.init.KaimingUniform
import org.initlab.init.LecunNormal
import org.initlab.init.LecunUniform
import org.initlab.init.Lsuv
import org.initlab.init.Ones
import org.initlab.init.Orthogonal
import org.initlab.init.Sparse
import org.initlab.init.TruncNormal
import org.initlab.init.Uniform
import org.initlab.init.VarianceScaling
import org.initlab.init.XavierNormal
import org.initlab.init.XavierUniform
import org.initlab.spec.InitSpec

/*
 * The catalogue of PyTorch's, Keras's and JAX's initializers and LSUV, as typed functions: each returns an
 * [Initializer] for `init = …` whose weights are those of the reference `init_catalog.py`, drawn from numpy's stream
 * seeded once with the experiment's seed (or the one given here), layer by layer. The names the command line takes
 * are in the doc of each; [initializer] parses them.
 */

/** Which fan scales the variance: `FAN_IN`, `FAN_OUT` or `FAN_AVG` (the core's [org.initlab.init.FanMode]). */
public typealias FanMode = org.initlab.init.FanMode

/** [varianceScaling]'s distribution: `NORMAL`, `TRUNCATED_NORMAL` or `UNIFORM`. */
public typealias Distribution = org.initlab.init.Distribution

/** A nonlinearity of [calculateGain] and the Kaiming initializers: `RELU`, `LEAKY_RELU`, `TANH`, `SELU`, … */
public typealias Nonlinearity = org.initlab.init.Nonlinearity

/** The parameters of LSUV fitted to a run's data, per layer: divisors and `Var(Z_l)` before and after. */
public typealias FittedLsuv = org.initlab.init.FittedLsuv

private fun catalog(make: () -> InitSpec, seed: Long?): Initializer = try {
    Initializer(make(), seed)
} catch (e: InitSpecException) {
    throw InputException("${e.text()}: ${e.problem()}", e)
}

/**
 * Keras's `VarianceScaling` (`variance-scaling:scale=S,mode=M,distribution=D`): variance `scale / max(1, fan)`,
 * `normal` as `randn · √(scale/n)`, `truncated-normal` cut at ±2 and rescaled by 0.87962566103423978, `uniform` on
 * `±√(3·scale/n)`.
 */
public fun varianceScaling(
    scale: Double = 1.0,
    mode: FanMode = FanMode.FAN_IN,
    distribution: Distribution = Distribution.TRUNCATED_NORMAL,
    seed: Long? = null,
): Initializer = catalog({ VarianceScaling(scale, mode, distribution) }, seed)

/**
 * Keras's `GlorotUniform` (`glorot-uniform`): `U(±√(6 / (fan_in + fan_out)))`; PyTorch's `xavier_uniform_` with its
 * gain is [xavierUniform].
 */
public fun glorotUniform(seed: Long? = null): Initializer = catalog({ GlorotUniform() }, seed)

/** Keras's `GlorotNormal` (`glorot-normal`): truncated normal of variance `2 / (fan_in + fan_out)`. */
public fun glorotNormal(seed: Long? = null): Initializer = catalog({ GlorotNormal() }, seed)

/** Keras's `HeUniform` (`he-uniform`): `U(±√(6 / fan_in))`. */
public fun heUniform(seed: Long? = null): Initializer = catalog({ HeUniform() }, seed)

/** Keras's `HeNormal` (`he-normal`): truncated normal of variance `2 / fan_in`. */
public fun heNormal(seed: Long? = null): Initializer = catalog({ HeNormal() }, seed)

/** Keras's `LecunUniform` (`lecun-uniform`): `U(±√(3 / fan_in))`. */
public fun lecunUniform(seed: Long? = null): Initializer = catalog({ LecunUniform() }, seed)

/** Keras's `LecunNormal` (`lecun-normal`): truncated normal of variance `1 / fan_in`. */
public fun lecunNormal(seed: Long? = null): Initializer = catalog({ LecunNormal() }, seed)

/** PyTorch's `xavier_normal_` (`xavier-normal:gain=G`): `randn · gain · √(2 / (fan_in + fan_out))`. */
public fun xavierNormal(gain: Double = 1.0, seed: Long? = null): Initializer = catalog({ XavierNormal(gain) }, seed)

/**
 * PyTorch's `xavier_uniform_` (`xavier-uniform:gain=G`): `U(±gain · √(6 / (fan_in + fan_out)))`, the bound computed as
 * PyTorch does; `xavierUniform(gain = calculateGain(Nonlinearity.TANH))` is PyTorch's classic tanh layer.
 */
public fun xavierUniform(gain: Double = 1.0, seed: Long? = null): Initializer = catalog({ XavierUniform(gain) }, seed)

/**
 * PyTorch's `kaiming_normal_` (`kaiming-normal:mode=M,nonlinearity=NL,a=A`): `randn · gain(nonlinearity, a) / √fan`,
 * [mode] `FAN_IN` or `FAN_OUT`.
 */
public fun kaimingNormal(
    mode: FanMode = FanMode.FAN_IN,
    nonlinearity: Nonlinearity = Nonlinearity.LEAKY_RELU,
    a: Double = 0.0,
    seed: Long? = null,
): Initializer = catalog({ KaimingNormal(mode, nonlinearity, a) }, seed)

/** PyTorch's `kaiming_uniform_` (`kaiming-uniform:…`): `U(±√3 · gain(nonlinearity, a) / √fan)`. */
public fun kaimingUniform(
    mode: FanMode = FanMode.FAN_IN,
    nonlinearity: Nonlinearity = Nonlinearity.LEAKY_RELU,
    a: Double = 0.0,
    seed: Long? = null,
): Initializer = catalog({ KaimingUniform(mode, nonlinearity, a) }, seed)

/** PyTorch's `orthogonal_`, Keras's `Orthogonal` (`orthogonal:gain=G`): `gain · Q` of the QR of a Gaussian matrix. */
public fun orthogonal(gain: Double = 1.0, seed: Long? = null): Initializer = catalog({ Orthogonal(gain) }, seed)

/**
 * JAX's `delta_orthogonal` (`delta-orthogonal:scale=S`): a convolution's centre taps `scale · Q`, an orthogonal
 * `(out, in)` matrix, and 0 elsewhere; on a dense layer, [orthogonal].
 */
public fun deltaOrthogonal(scale: Double = 1.0, seed: Long? = null): Initializer =
    catalog({ DeltaOrthogonal(scale) }, seed)

/** `gain · eye(n_l, n_{l-1})`, rectangular too (`identity:gain=G`); draws nothing. */
public fun identity(gain: Double = 1.0): Initializer = catalog({ Identity(gain) }, null)

/**
 * PyTorch's `dirac_` (`dirac:groups=G`): a convolution whose output channel `d` of each group copies input channel `d`
 * at the kernel's centre; on a dense layer, [identity] for one group. Draws nothing.
 */
public fun dirac(groups: Int = 1): Initializer = catalog({ Dirac(groups) }, null)

/** PyTorch's `sparse_` (`sparse:sparsity=P,std=S`): `N(0, std²)` with `⌈sparsity · n_l⌉` zeros in every column. */
public fun sparse(sparsity: Double = 0.1, std: Double = 0.01, seed: Long? = null): Initializer =
    catalog({ Sparse(sparsity, std) }, seed)

/** PyTorch's `trunc_normal_` (`trunc-normal:mean=M,std=S,a=A,b=B`): `mean + std · z` drawn again until in `[a, b]`. */
public fun truncNormal(mean: Double = 0.0, std: Double = 1.0, a: Double = -2.0, b: Double = 2.0, seed: Long? = null):
    Initializer = catalog({ TruncNormal(mean, std, a, b) }, seed)

/**
 * PyTorch's `normal_` (`normal:mean=M,std=S`): `mean + std · randn`. Both are named so that this is not the course's
 * [normal]`(sigma)`: `normal(mean = 0.0, std = 0.01)`.
 */
public fun normal(mean: Double, std: Double, seed: Long? = null): Initializer =
    catalog({ org.initlab.init.Normal(mean, std) }, seed)

/** PyTorch's `uniform_` (`uniform:a=A,b=B`): `U(a, b)`. */
public fun uniform(a: Double = 0.0, b: Double = 1.0, seed: Long? = null): Initializer = catalog({ Uniform(a, b) }, seed)

/** Every weight [value] (`constant:value=V`); draws nothing. */
public fun constant(value: Double): Initializer = catalog({ Constant(value) }, null)

/** Every weight 1 (`ones`); draws nothing. */
public fun ones(): Initializer = catalog({ Ones() }, null)

/**
 * LSUV (Mishkin and Matas 2015; `lsuv:tol=T,max-iter=K,batch=N`): the orthogonal start, then each layer's weights
 * divided by `√Var(Z_l)` on the first [batch] training examples (0: all) until the variance is within [tol] of 1, at
 * most [maxIter] times. Fitted when the run starts; the run's [Run.lsuvFit] tells what it did.
 */
public fun lsuv(tol: Double = 0.1, maxIter: Int = 10, batch: Int = 0, seed: Long? = null): Initializer =
    catalog({ Lsuv(tol, maxIter, batch) }, seed)

/** PyTorch's `calculate_gain(nonlinearity, param)`; [a] is the slope of `LEAKY_RELU` (null: PyTorch's 0.01). */
public fun calculateGain(nonlinearity: Nonlinearity, a: Double? = null): Double = Gain.calculateGain(nonlinearity, a)

/** LSUV's fit of this run (per layer: divisors, `Var(Z_l)` before and after), or null when it did not use LSUV. */
public val Run.lsuvFit: FittedLsuv? get() = spec.init() as? FittedLsuv

/**
 * `Var(Z_l)` for every layer of [spec]'s network at initialization: the variance of each layer's pre-activations on
 * [data]'s training examples (LSUV fitted to them first), as LSUV measures it.
 */
public fun preActivationVariances(spec: ExperimentSpec, data: Dataset): DoubleArray =
    org.initlab.experiment.LsuvExperiment.preActivationVariances(spec, data)

/** `Var(Z_l)` of this run's initial weights, layer by layer, on its training examples. */
public val Run.initialVariances: DoubleArray get() = preActivationVariances(spec, dataset)
