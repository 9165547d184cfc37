package org.initlab.dsl.plot

/**
 * The visible rectangle `[xMin, xMax] × [yMin, yMax]` of a two-dimensional picture.
 */
public data class AxisLimits(val xMin: Double, val xMax: Double, val yMin: Double, val yMax: Double) {
    init {
        require(xMin.isFinite() && xMax.isFinite() && yMin.isFinite() && yMax.isFinite()) {
            "axis limits must be finite: $this"
        }
        require(xMin < xMax && yMin < yMax) { "axis limits must have min < max: $this" }
    }

    public companion object {
        /** The course's limits for the circles data set: `[-1.5, 1.5] × [-1.5, 1.5]`. */
        public val CIRCLES: AxisLimits = AxisLimits(-1.5, 1.5, -1.5, 1.5)

        /** The course's limits for the football 2D data set: `[-0.75, 0.40] × [-0.75, 0.65]`. */
        public val FOOTBALL: AxisLimits = AxisLimits(-0.75, 0.40, -0.75, 0.65)
    }
}
