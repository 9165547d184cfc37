/**
 * Analyses of any double-precision Deeplearning4j {@code MultiLayerNetwork}, not only InitLab's own: the course's
 * gradient check (central differences against DL4J's backward pass, naming the parameter block that disagrees), and
 * what the activations look like at initialization (per layer mean, standard deviation, saturated share and
 * histogram, with numpy's semantics).
 */
package org.initlab.analysis;
