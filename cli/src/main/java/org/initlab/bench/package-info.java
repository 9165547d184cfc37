/**
 * The speed benchmark: each experiment runs in the course's numpy code, in PyTorch, in InitLab on DL4J's own
 * {@code fit} and in InitLab's fast engine, each in a fresh process, alternately in one run on one machine. The report
 * gives the ratios of their training times, the whole processes' times, how closely InitLab's printed numbers match
 * numpy's, and each experiment's distance to the machine's measured double-precision peak. Speed is judged here, never
 * by a timed test.
 */
package org.initlab.bench;
