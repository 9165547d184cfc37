package org.initlab.dsl.plot.internal

/**
 * `numpy.histogram(values, bins, range)` for equal-width bins: returns `(edges, counts)`.
 * Without a range, the finite values' min and max are used (widened by ±0.5 when they coincide, as numpy does).
 */
internal fun histogram(
    values: DoubleArray,
    bins: Int,
    range: ClosedFloatingPointRange<Double>?,
): Pair<List<Double>, List<Long>> {
    require(bins >= 1) { "bins must be at least 1, got $bins" }
    var lo: Double
    var hi: Double
    if (range != null) {
        lo = range.start; hi = range.endInclusive
        require(lo.isFinite() && hi.isFinite() && lo <= hi) { "histogram range must be finite and ordered: $range" }
    } else {
        val finite = values.filter { it.isFinite() }
        lo = finite.minOrNull() ?: 0.0
        hi = finite.maxOrNull() ?: 1.0
    }
    if (lo == hi) { lo -= 0.5; hi += 0.5 }

    val width = (hi - lo) / bins
    val edges = List(bins + 1) { if (it == bins) hi else lo + it * width }
    val counts = LongArray(bins)
    for (v in values) {
        if (!v.isFinite() || v < lo || v > hi) continue
        var i = ((v - lo) / width).toInt().coerceIn(0, bins - 1)
        // Correct rounding at bin borders so that edges[i] <= v < edges[i+1] (the last bin includes hi).
        if (v < edges[i]) i -= 1 else if (i < bins - 1 && v >= edges[i + 1]) i += 1
        counts[i.coerceIn(0, bins - 1)]++
    }
    return edges to counts.toList()
}
