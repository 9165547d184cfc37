package org.initlab.dsl.internal

import org.initlab.io.InputException

/**
 * The DSL's words for the core's fields: an error about `learningRate` is shown as one about `lr` (as in
 * `train(lr = …)`), one about `dataset` as one about `data`; the other fields are the builder's properties of the same
 * name.
 */
internal object Properties {
    fun of(field: String): String = when (field) {
        "learningRate" -> "lr"
        "dataset" -> "data"
        else -> field
    }

    /** Runs [block], naming the fields of an [InputException] it throws as the DSL does. */
    inline fun <T> named(block: () -> T): T =
        try {
            block()
        } catch (e: InputException) {
            throw e.named(::of)
        }
}
