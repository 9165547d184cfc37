/**
 * Analyses of any Deeplearning4j {@code MultiLayerNetwork}, not only InitLab's own: the course's gradient check
 * (central differences against DL4J's backward pass, naming the parameter block that disagrees), what the activations
 * look like at initialization (per layer mean, standard deviation, saturated share and histogram, with numpy's
 * semantics), and the init doctor ({@link org.initlab.analysis.Doctor}), which measures a network's activations,
 * gradients and first steps on one batch and says what is wrong with its initialization.
 */
package org.initlab.analysis;
