/**
 * Turns an {@link org.initlab.spec.ExperimentSpec} into a Deeplearning4j network: dense layers with the initializers
 * of {@code init}, the course's cost functions and its inverted dropout, written as DL4J extension points so that a
 * plain {@code MultiLayerNetwork} computes the course's numbers.
 */
package org.initlab.net;
