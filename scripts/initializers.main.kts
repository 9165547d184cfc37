// The initializer audit: every initializer of the catalogue and DL4J's own WeightInit values sampled on one dense
// layer of 400 inputs and 200 units (80 000 weights). Prints each one's measured std · √fan beside the one it should
// have; writes its weight histogram beside its theoretical density — DL4J's wrong ones beside the density Keras
// draws — to out/initializers/ (catalogue.png, dl4j.png, each also as SVG) with the table as audit.csv and a manifest,
// whole or not at all.
//   Run: ./kotlinw scripts/initializers.main.kts
@file:DependsOn("org.initlab:initlab-dsl:0.1.0")

import org.apache.commons.math3.special.Erf
import org.deeplearning4j.nn.weights.IWeightInit
import org.deeplearning4j.nn.weights.WeightInit
import org.initlab.dsl.*
import org.initlab.dsl.plot.DensityPanel
import org.initlab.dsl.plot.densityHistograms
import org.initlab.dsl.plot.writePicture
import org.initlab.init.Catalog
import kotlin.math.PI
import kotlin.math.exp
import kotlin.math.sqrt

checkOptions(args)
val paths = scriptPaths(__FILE__)
val nIn = 400
val nOut = 200
val fans = mapOf("fan_in" to nIn.toDouble(), "fan_out" to nOut.toDouble(), "fan_avg" to (nIn + nOut) / 2.0, "-" to 1.0)
val truncStd = 0.87962566103423978

fun normalPdf(std: Double, mean: Double = 0.0) = { x: Double -> exp(-(x - mean) * (x - mean) / (2 * std * std)) / (std * sqrt(2 * PI)) }
fun uniformPdf(lo: Double, hi: Double) = { x: Double -> if (x in lo..hi) 1 / (hi - lo) else 0.0 }
fun cutPdf(std: Double, lo: Double, hi: Double, mean: Double = 0.0): (Double) -> Double {
    val mass = 0.5 * (Erf.erf((hi - mean) / (std * sqrt(2.0))) - Erf.erf((lo - mean) / (std * sqrt(2.0))))
    return { x -> if (x in lo..hi) normalPdf(std, mean)(x) / mass else 0.0 }
}
/** Keras's truncated normal of variance v: N(0, (√v / 0.8796)²) cut at two of those deviations. */
fun kerasTruncated(variance: Double): (Double) -> Double {
    val s = sqrt(variance) / truncStd
    return cutPdf(s, -2 * s, 2 * s)
}

/** One row of the audit: an initializer, the density it should draw, and the std · √fan it should have. */
class Entry(val label: String, val init: IWeightInit, val density: ((Double) -> Double)?, val densityLabel: String,
            val fan: String, val intended: Double)

fun catalog(name: String, density: ((Double) -> Double)?, densityLabel: String, fan: String, intended: Double) =
    Entry(name, Catalog.parse(name).seeded(1), density, densityLabel, fan, intended)

val avg = fans.getValue("fan_avg")
val catalogue = listOf(
    catalog("variance-scaling", kerasTruncated(1.0 / nIn), "truncated, var 1/fan_in", "fan_in", 1.0),
    catalog("glorot-uniform", uniformPdf(-sqrt(3 / avg), sqrt(3 / avg)), "U(±√(6/(fan_in+fan_out)))", "fan_avg", 1.0),
    catalog("glorot-normal", kerasTruncated(1 / avg), "truncated, var 1/fan_avg", "fan_avg", 1.0),
    catalog("he-uniform", uniformPdf(-sqrt(6.0 / nIn), sqrt(6.0 / nIn)), "U(±√(6/fan_in))", "fan_in", sqrt(2.0)),
    catalog("he-normal", kerasTruncated(2.0 / nIn), "truncated, var 2/fan_in", "fan_in", sqrt(2.0)),
    catalog("lecun-uniform", uniformPdf(-sqrt(3.0 / nIn), sqrt(3.0 / nIn)), "U(±√(3/fan_in))", "fan_in", 1.0),
    catalog("lecun-normal", kerasTruncated(1.0 / nIn), "truncated, var 1/fan_in", "fan_in", 1.0),
    catalog("xavier-normal", normalPdf(sqrt(1 / avg)), "N(0, 2/(fan_in+fan_out))", "fan_avg", 1.0),
    catalog("xavier-uniform:gain=2", uniformPdf(-2 * sqrt(3 / avg), 2 * sqrt(3 / avg)), "U(±2·√(6/(fan_in+fan_out)))",
        "fan_avg", 2.0),
    catalog("kaiming-normal", normalPdf(sqrt(2.0 / nIn)), "N(0, 2/fan_in)", "fan_in", sqrt(2.0)),
    catalog("kaiming-uniform", uniformPdf(-sqrt(6.0 / nIn), sqrt(6.0 / nIn)), "U(±√(6/fan_in))", "fan_in", sqrt(2.0)),
    catalog("orthogonal", normalPdf(sqrt(1.0 / nIn)), "≈ N(0, 1/fan_in), rows orthonormal", "fan_in", 1.0),
    catalog("sparse", { x: Double -> 0.9 * normalPdf(0.01)(x) }, "0.9·N(0, 0.01²) + 10 % zeros", "-", 0.01 * sqrt(0.9)),
    catalog("trunc-normal", cutPdf(1.0, -2.0, 2.0), "N(0, 1) cut at ±2", "-", truncStd),
    catalog("normal", normalPdf(1.0), "N(0, 1)", "-", 1.0),
    catalog("uniform", uniformPdf(0.0, 1.0), "U(0, 1)", "-", 1 / sqrt(12.0)),
    catalog("identity", null, "1 on the diagonal", "-", sqrt(nOut.toDouble() / (nIn * nOut) * (1 - 1.0 / nIn))),
    catalog("constant:value=0.25", null, "0.25", "-", 0.0),
    catalog("ones", null, "1", "-", 0.0),
    catalog("zeros", null, "0", "-", 0.0),
)

fun dl4j(value: WeightInit, density: (Double) -> Double, densityLabel: String, fan: String, intended: Double) =
    Entry("DL4J $value", value.getWeightInitFunction(), density, densityLabel, fan, intended)

val dl4jValues = listOf(
    dl4j(WeightInit.LECUN_UNIFORM, uniformPdf(-sqrt(3.0 / nIn), sqrt(3.0 / nIn)), "Keras: U(±√(3/fan_in))", "fan_in", 1.0),
    dl4j(WeightInit.VAR_SCALING_UNIFORM_FAN_IN, uniformPdf(-sqrt(3.0 / nIn), sqrt(3.0 / nIn)), "Keras: U(±√(3/fan_in))", "fan_in", 1.0),
    dl4j(WeightInit.VAR_SCALING_UNIFORM_FAN_AVG, uniformPdf(-sqrt(3 / avg), sqrt(3 / avg)), "Keras: U(±√(3/fan_avg))", "fan_avg", 1.0),
    dl4j(WeightInit.VAR_SCALING_NORMAL_FAN_IN, kerasTruncated(1.0 / nIn), "Keras: truncated, var 1/fan_in", "fan_in", 1.0),
    dl4j(WeightInit.VAR_SCALING_NORMAL_FAN_OUT, kerasTruncated(1.0 / nOut), "Keras: truncated, var 1/fan_out", "fan_out", 1.0),
    dl4j(WeightInit.VAR_SCALING_NORMAL_FAN_AVG, kerasTruncated(1 / avg), "Keras: truncated, var 1/fan_avg", "fan_avg", 1.0),
    dl4j(WeightInit.LECUN_NORMAL, kerasTruncated(1.0 / nIn), "Keras: truncated, var 1/fan_in", "fan_in", 1.0),
    dl4j(WeightInit.RELU, normalPdf(sqrt(2.0 / nIn)), "N(0, 2/fan_in)", "fan_in", sqrt(2.0)),
    dl4j(WeightInit.RELU_UNIFORM, uniformPdf(-sqrt(6.0 / nIn), sqrt(6.0 / nIn)), "U(±√(6/fan_in))", "fan_in", sqrt(2.0)),
    dl4j(WeightInit.XAVIER, normalPdf(sqrt(1 / avg)), "N(0, 2/(fan_in+fan_out))", "fan_avg", 1.0),
    dl4j(WeightInit.XAVIER_UNIFORM, uniformPdf(-sqrt(3 / avg), sqrt(3 / avg)), "U(±√(6/(fan_in+fan_out)))", "fan_avg", 1.0),
)

val rows = ArrayList<List<String>>()
println("%-34s %-8s %-22s %s".format("initializer", "fan", "measured std·√fan", "should be"))
fun audit(entries: List<Entry>): List<DensityPanel> = entries.map { e ->
    val w = weightSample(e.init, nIn, nOut, seed = 1)
    val measured = standardDeviation(w) * sqrt(fans.getValue(e.fan))
    println("%-34s %-8s %-22s %.4f".format(e.label, e.fan, "%.4f".format(measured), e.intended))
    rows += listOf(e.label, e.fan, measured.toString(), e.intended.toString())
    DensityPanel(e.label, w, e.density, e.densityLabel)
}
val cataloguePanels = audit(catalogue).filter { it.density != null }
val dl4jPanels = audit(dl4jValues)
println("lsuv is fitted to data: scripts/lsuv.main.kts shows its Var(Z_l).")

val audit = "initializer,fan,measured_std_times_sqrt_fan,intended\n" + rows.joinToString("") { it.joinToString(",") + "\n" }
val config = mapOf("experiment" to "initializers", "seed" to 1L, "n_in" to nIn, "n_out" to nOut,
    "initializers" to rows.map { it[0] })
paths.printSaved(saveResults(paths.out, "script initializers", config, mapOf("audit.csv" to audit)) { dir ->
    listOf(
        writePicture(densityHistograms(cataloguePanels, title = "InitLab's initializers on a 400 → 200 layer: weights and their density",
            panelWidth = 320),
            dir, "catalogue"),
        writePicture(densityHistograms(dl4jPanels.map { DensityPanel(it.title.removePrefix("DL4J "), it.values, it.density, it.densityLabel) },
            title = "DL4J 1.0.0-M2.1's WeightInit on a 400 → 200 layer, beside the density it should draw", panelWidth = 340),
            dir, "dl4j"),
    )
})
