package org.initlab.dsl.plot

import org.initlab.sweep.SweepResult
import org.jetbrains.letsPlot.facet.facetWrap
import org.jetbrains.letsPlot.intern.OptionsMap

/**
 * A sweep's axis as the panels of a picture, each titled `axis = value`. lets-plot either sorts a facet's values or
 * leaves them in no fixed order, so the panels are sorted: an axis whose values are all numbers gets them as numbers,
 * in ascending order (`depth = 2`, `depth = 4`, `depth = 10`), and any other axis in alphabetical order.
 */
internal class FacetAxis(val column: String, texts: List<String>) {
    private val integers = texts.all { it.toLongOrNull() != null }
    private val numbers = texts.all { t -> t.toDoubleOrNull()?.isFinite() == true }

    /** The panel's value of the axis value [text], as the facet column holds it. */
    fun value(text: String): Any = when {
        integers -> text.toLong()
        numbers -> text.toDouble()
        else -> text
    }

    /** The panels of the facet column [variable], [ncol] to a row, sharing their axes unless [scales] says otherwise. */
    fun wrap(variable: String, ncol: Int, scales: String = "fixed"): OptionsMap =
        facetWrap(facets = variable, ncol = ncol, order = 1, scales = scales,
            format = "$column = " + if (integers) "{d}" else "{}")

    companion object {
        /** The panels of [result]'s axis [column], or none when [column] is null. */
        fun of(result: SweepResult, column: String?): FacetAxis? =
            column?.let { FacetAxis(it, axisValues(result, it)) }
    }
}
