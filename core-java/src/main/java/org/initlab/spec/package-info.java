/**
 * The immutable specifications and their validation. Everything a user can ask of one run is one
 * {@link org.initlab.spec.ExperimentSpec}, and of a sweep one {@link org.initlab.spec.SweepSpec} (a base
 * specification, its axes, seeds, sample and successive halving); the command line and the DSL build them, the core
 * runs them, and a bad value is rejected here once with the message the user sees.
 */
package org.initlab.spec;
