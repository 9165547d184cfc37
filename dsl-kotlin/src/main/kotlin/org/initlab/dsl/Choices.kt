package org.initlab.dsl

/**
 * The fixed choices of an experiment, re-exported so that `import org.initlab.dsl.*` is all a script needs:
 * `hidden = Activation.TANH`, `output = Output.SOFTMAX`, `cost = Cost.QUADRATIC`,
 * `dropout(0.86, mode = DropoutMode.FRESH)`, `engine = EngineKind.DL4J`.
 */

/** Hidden layers' activation: `RELU` (the course), `SIGMOID` (Nielsen), `TANH`. */
public typealias Activation = org.initlab.spec.Activation

/** The output layer: `SIGMOID` (one unit per output, the course) or `SOFTMAX`. */
public typealias Output = org.initlab.spec.Output

/** The cost: `CROSS_ENTROPY` (the course) or `QUADRATIC` (Nielsen's `½‖y − a‖²`). */
public typealias Cost = org.initlab.spec.Cost

/** How dropout masks are drawn: `FAITHFUL` (the course's same masks every iteration) or `FRESH`. */
public typealias DropoutMode = org.initlab.spec.DropoutMode

/** Which engine trains: `AUTO` (the fast exact engine), `DL4J` (DL4J's own `fit`), `FAST`. */
public typealias EngineKind = org.initlab.spec.EngineKind

/** The immutable experiment specification the DSL builds (the core's [org.initlab.spec.ExperimentSpec]). */
public typealias ExperimentSpec = org.initlab.spec.ExperimentSpec

/** A data set with train and test splits (the core's [org.initlab.data.Dataset]). */
public typealias Dataset = org.initlab.data.Dataset

/** A row-major matrix, one example per row (the core's [org.initlab.data.Matrix]). */
public typealias Matrix = org.initlab.data.Matrix

/** The core's error for a bad value, carrying the message a user sees (e.g. `lr -1.0: must be a positive number`). */
public typealias InputException = org.initlab.io.InputException

/** Prints the course's lines (`Cost after iteration N: C`, accuracies, gradient-check verdicts): the core's printer. */
public typealias CoursePrinter = org.initlab.experiment.CoursePrinter
