/**
 * Runs an {@link org.initlab.spec.ExperimentSpec} on data and returns a {@link org.initlab.train.RunResult}: the
 * {@link org.initlab.train.Trainer} builds the network, an {@link org.initlab.train.Engine} (DL4J's own {@code fit},
 * or the fast exact path) trains it, and {@link org.initlab.train.Accuracy} scores it as the course does.
 */
package org.initlab.train;
