/**
 * The course's experiments, each a named specification and how it is presented, not a program of its own: E1–E9 by
 * the names the tools use ({@link org.initlab.experiment.Experiments}, E4 and E4b, E8's cases, the course's cases
 * diagnosed by the init doctor), the LSUV comparison, the course's question across depth and Nielsen's claim across
 * seeds as sweeps ({@link org.initlab.experiment.DepthSweep}, {@link org.initlab.experiment.MnistSeeds}), and the
 * course's printed lines, written only by {@link org.initlab.experiment.CoursePrinter}.
 */
package org.initlab.experiment;
