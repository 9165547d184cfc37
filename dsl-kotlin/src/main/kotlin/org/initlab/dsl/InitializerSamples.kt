package org.initlab.dsl

import org.deeplearning4j.nn.weights.IWeightInit
import org.nd4j.linalg.api.buffer.DataType
import org.nd4j.linalg.factory.Nd4j

/**
 * The weights [init] writes into a dense layer of [nIn] inputs and [nOut] units, as DL4J calls it when it builds a
 * network: `init(nIn, nOut, [nIn, nOut], 'f', view)`. DL4J's own initializers draw from ND4J's generator, seeded here
 * with [seed]; InitLab's draw numpy's stream at their own position. For histograms and measured standard deviations.
 */
public fun weightSample(init: IWeightInit, nIn: Int, nOut: Int, seed: Long = 0): DoubleArray {
    require(nIn > 0 && nOut > 0) { "layer sizes must be positive: $nIn -> $nOut" }
    Nd4j.getRandom().setSeed(seed)
    val view = Nd4j.create(DataType.DOUBLE, 1, nIn.toLong() * nOut)
    init.init(nIn.toDouble(), nOut.toDouble(), longArrayOf(nIn.toLong(), nOut.toLong()), 'f', view)
    return view.data().asDouble()
}

/** The population standard deviation of [values]. */
public fun standardDeviation(values: DoubleArray): Double {
    require(values.isNotEmpty()) { "no values" }
    val mean = values.average()
    return kotlin.math.sqrt(values.sumOf { (it - mean) * (it - mean) } / values.size)
}
