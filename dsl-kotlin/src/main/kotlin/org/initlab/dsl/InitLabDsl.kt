package org.initlab.dsl

/**
 * Marks InitLab's builder receivers ([ExperimentBuilder]) so that, inside nested builder lambdas, only the
 * innermost builder's members are in scope without a qualifier.
 */
@DslMarker
@Target(AnnotationTarget.CLASS, AnnotationTarget.TYPE)
annotation class InitLabDsl
