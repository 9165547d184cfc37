package org.initlab.dsl

/**
 * Marks the DSL's builders that nest, so that inside a nested block only the innermost builder is an implicit
 * receiver: in `sweep { base { … } }` a call such as `iterations(500)` cannot reach the sweep's axis of the same name.
 */
@DslMarker
@Target(AnnotationTarget.CLASS)
public annotation class InitLabDsl
