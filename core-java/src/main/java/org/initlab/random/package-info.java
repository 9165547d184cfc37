/**
 * numpy's legacy {@code RandomState} on the JVM, bit for bit: MT19937, the 53-bit double, the polar Gaussian
 * with its cached second value, and the shuffles built on bounded draws. Depends on nothing else of InitLab.
 */
package org.initlab.random;
