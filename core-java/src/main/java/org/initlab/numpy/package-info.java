/**
 * numpy's semantics on the JVM, bit for bit: the legacy {@code RandomState} (MT19937, the 53-bit double, the polar
 * Gaussian with its cached second value, the shuffles), the pairwise sum, mean, std and histogram, Python's float
 * printing, and the C library's {@code log}, {@code sin} and {@code cos} that numpy calls. The bottom of InitLab:
 * it depends on nothing else of InitLab, nor on DL4J.
 */
package org.initlab.numpy;
