package org.initlab.dsl

import org.initlab.data.Datasets
import org.initlab.data.Split
import org.initlab.dsl.plot.AxisLimits
import java.nio.file.Path

/**
 * The data an experiment trains on: one of InitLab's data sets by name ([circles], [football], [cat], [mnist]),
 * read when the experiment runs, or a [Dataset] already in memory ([dataset]).
 */
public sealed interface Data {
    /** The data set's name, as the experiment's specification records it. */
    public val name: String

    /** The data, read (or generated) now. */
    public fun load(): Dataset

    /** The same data read once now and kept in memory, for several experiments on it (e.g. both MNIST arms). */
    public fun loaded(): Data = this as? InMemory ?: InMemory(load())

    /** A data set InitLab knows by name, read from [dir] (`null`: `datasets/` under the working directory). */
    public data class Named(override val name: String, val dir: Path? = null) : Data {
        override fun load(): Dataset = Datasets.load(name, dir)
    }

    /** A data set already in memory. */
    public class InMemory(public val dataset: Dataset) : Data {
        override val name: String get() = dataset.name()
        override fun load(): Dataset = dataset
        override fun toString(): String = "InMemory(${dataset.name()}: ${dataset.train().size()} train, " +
            "${dataset.test().size()} test)"
    }
}

/** `sklearn.datasets.make_circles` as the course draws it (E1–E3): 300 training and 100 test points in the plane. */
public fun circles(): Data = Data.Named("circles")

/** The course's 2D football data (E6–E7, `data.mat`): 211 training and 200 test points. */
public fun football(dir: Path? = null): Data = Data.Named("football", dir)

/** Cat vs non-cat (E9, `train_catvnoncat.h5`, `test_catvnoncat.h5`): 209 + 50 images of 64×64×3. */
public fun cat(dir: Path? = null): Data = Data.Named("cat", dir)

/** MNIST (E5): the first 50 000 training images and the 10 000 test images, 784 pixels in [0, 1], one-hot labels. */
public fun mnist(dir: Path? = null): Data = Data.Named("mnist", dir)

/** Your own data set. */
public fun dataset(dataset: Dataset): Data = Data.InMemory(dataset)

/**
 * Your own data set from plain arrays: one row per example, labels `0, 1, …`. Two classes give one 0/1 output
 * column (the course's sigmoid output); more classes give one-hot columns.
 */
public fun dataset(
    name: String,
    trainX: Array<DoubleArray>,
    trainLabels: IntArray,
    testX: Array<DoubleArray>,
    testLabels: IntArray,
): Data {
    val classes = maxOf(trainLabels.maxOrNull() ?: 0, testLabels.maxOrNull() ?: 0) + 1
    require(trainLabels.all { it >= 0 } && testLabels.all { it >= 0 }) { "$name: labels must be 0, 1, …" }
    fun split(x: Array<DoubleArray>, labels: IntArray): Split {
        require(x.size == labels.size) { "$name: ${x.size} examples but ${labels.size} labels" }
        val cols = if (x.isEmpty()) trainX.firstOrNull()?.size ?: 0 else x[0].size
        require(x.all { it.size == cols }) { "$name: every example needs $cols values" }
        val outputs = if (classes <= 2) 1 else classes
        val y = DoubleArray(labels.size * outputs)
        labels.forEachIndexed { i, c -> if (outputs == 1) y[i] = c.toDouble() else y[i * outputs + c] = 1.0 }
        return Split(Matrix(x.size, cols, x.flatMap { it.asList() }.toDoubleArray()), Matrix(labels.size, outputs, y))
    }
    val names = (0 until maxOf(classes, 2)).map { it.toString() }
    return Data.InMemory(Dataset(name, split(trainX, trainLabels), split(testX, testLabels), names, "given in memory"))
}

/**
 * The visible rectangle of decision-boundary pictures as the course sets it: `[-1.5, 1.5]²` for circles,
 * `x ∈ [-0.75, 0.40]`, `y ∈ [-0.75, 0.65]` for football; otherwise the training points' range widened by 1 on every
 * side (the course's `plot_decision_boundary`).
 */
public fun courseLimits(dataset: Dataset): AxisLimits = when (dataset.name()) {
    "circles" -> AxisLimits.CIRCLES
    "football" -> AxisLimits.FOOTBALL
    else -> {
        val x = dataset.train().x()
        require(x.cols() == 2) { "${dataset.name()}: a decision boundary needs 2 features, not ${x.cols()}" }
        val xs = DoubleArray(x.rows()) { x.get(it, 0) }
        val ys = DoubleArray(x.rows()) { x.get(it, 1) }
        AxisLimits((xs.minOrNull() ?: 0.0) - 1, (xs.maxOrNull() ?: 0.0) + 1, (ys.minOrNull() ?: 0.0) - 1, (ys.maxOrNull() ?: 0.0) + 1)
    }
}
