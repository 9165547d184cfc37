package org.initlab.dsl.plot

import org.initlab.numpy.Histogram

/**
 * One panel of [layerHistograms]: a histogram given by its bin edges and counts, as `numpy.histogram`
 * returns them. Bin `i` is `[edges[i], edges[i+1])`, the last one closed on the right.
 *
 * @property title the panel's title, e.g. `"1-layer"`.
 * @property edges `counts.size + 1` increasing, finite bin edges.
 * @property counts the number of values in each bin.
 */
public class HistogramPanel(public val title: String, edges: List<Double>, counts: List<Long>) {
    /** The bin edges, increasing. */
    public val edges: List<Double> = edges.toList()

    /** The count of each bin. */
    public val counts: List<Long> = counts.toList()

    init {
        require(this.counts.isNotEmpty()) { "histogram \"$title\" has no bins" }
        require(this.edges.size == this.counts.size + 1) {
            "histogram \"$title\": ${this.counts.size} bins need ${this.counts.size + 1} edges, got ${this.edges.size}"
        }
        require(this.edges.all { it.isFinite() }) { "histogram \"$title\": edges must be finite" }
        require(this.edges.zipWithNext().all { (a, b) -> a < b }) { "histogram \"$title\": edges must increase" }
        require(this.counts.all { it >= 0 }) { "histogram \"$title\": counts must not be negative" }
    }

    /** The number of values counted. */
    public val total: Long get() = counts.sum()

    override fun toString(): String = "HistogramPanel($title, ${counts.size} bins, $total values)"

    public companion object {
        /** A panel of the core's [Histogram] (`numpy.histogram`'s edges and counts). */
        public fun of(title: String, histogram: Histogram): HistogramPanel =
            HistogramPanel(title, histogram.edges().toList(), histogram.counts().toList())

        /**
         * Bins raw [values] with the core's [Histogram], as `numpy.histogram(values, bins, range)`: [bins] bins of equal width over
         * [range] (by default from the smallest to the largest finite value), the last bin closed on the right;
         * values outside the range and non-finite values are not counted.
         * Saito's activation pictures use `bins = 30, range = 0.0..1.0` for sigmoid layers.
         */
        public fun fromValues(
            title: String,
            values: DoubleArray,
            bins: Int = 30,
            range: ClosedFloatingPointRange<Double>? = null,
        ): HistogramPanel {
            val h = if (range == null) Histogram.of(values, bins) else Histogram.of(values, bins, range.start, range.endInclusive)
            return of(title, h)
        }
    }
}
