/**
 * Gradient checking, the course's way, for any double-precision DL4J {@code MultiLayerNetwork}: central differences
 * over the flattened parameters against DL4J's backward pass, with the blocks ({@code W}, {@code b} of each layer)
 * that disagree named. Also the course's two cases (the 1-D toy and the {@code [4, 5, 3, 1]} network) and a ReLU with
 * a deliberately wrong derivative, to show a failing check.
 */
package org.initlab.gradcheck;
