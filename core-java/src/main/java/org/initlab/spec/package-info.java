/**
 * The immutable experiment specification and its validation. Everything a user can ask for is one
 * {@link org.initlab.spec.ExperimentSpec}; the command line and the DSL build it, the core runs it, and a bad value
 * is rejected here once with the message the user sees.
 */
package org.initlab.spec;
