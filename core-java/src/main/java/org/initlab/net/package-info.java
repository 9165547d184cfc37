/**
 * Turns an {@link org.initlab.spec.ExperimentSpec} into a Deeplearning4j network: the course's initializers drawing
 * numpy's stream, its cost functions and its inverted dropout, written as DL4J extension points so that a plain
 * {@code MultiLayerNetwork} computes the course's numbers. Nothing outside this package builds DL4J configurations.
 */
package org.initlab.net;
