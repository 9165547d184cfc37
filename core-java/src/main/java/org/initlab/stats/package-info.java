/**
 * What a Deeplearning4j network's activations look like: per layer the mean, the standard deviation, the share of
 * values at an activation's flat points, and a histogram, all with numpy's semantics so that a number here equals
 * the one {@code a.mean()}, {@code a.std()} or {@code np.histogram} prints. Works on any {@code MultiLayerNetwork}
 * and input batch, not only InitLab's own networks.
 */
package org.initlab.stats;
